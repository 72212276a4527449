import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect } from './support/fixtures';
import { startFromAkmolaModel } from './pages/registry';
import {
  AgreementEditor,
  AgreementsScreen,
  akmolaParties,
  fillAgreement,
  isoFromToday,
  type AgreementDraft,
} from './pages/agreements';

const parties = akmolaParties;
/** The letters of Kazakh that Russian lacks: the draft must show every one. */
const KAZAKH_LETTERS = ['Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'];
/** Between them, with the parties and the headings, they hold every one of those letters. */
const obligations = [
  'Тоқсан сайын инклюзивті білім беру бойынша кеңес отырысын ұйымдастыру',
  'Педагогтерге арналған әдістемелік семинарлар өткізу, ғылыми-әдістемелік көмек көрсету',
  'Ерекше білім беру қажеттіліктері бар балаларды тексеріп, Көкшетау шаһарындағы отбасыларға қорытынды беру',
];
const title = 'Инклюзивті білім беруді қолдау туралы ынтымақтастық келісімі';

const draft: AgreementDraft = {
  number: '7/2026',
  title,
  subject: 'Ерекше білім беру қажеттіліктері бар балаларға бірлескен қолдау көрсету.',
  parties,
  obligations: obligations.map((text, party) => ({ text, party, dueIso: isoFromToday(190) })),
  signedIso: isoFromToday(-10),
  fromIso: isoFromToday(-10),
  toIso: isoFromToday(200),
};

/** The text of each page of a PDF, by pdftotext (poppler), pages split at form feeds. */
interface PrintedPage {
  text: string;
  /** The lowest line on the sheet: where the page number belongs. */
  lastLine: string;
  width: number;
  height: number;
}

/** Each printed sheet's text, its lowest line and its size in points, read with pdf.js. */
const pdfPages = async (file: string): Promise<PrintedPage[]> => {
  const doc = await getDocument({
    data: new Uint8Array(fs.readFileSync(file)),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    // Runs as a reader copies them: a letter drawn from a fallback font is its own run.
    const items = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item ? [{ str: item.str + (item.hasEOL ? ' ' : ''), y: item.transform[5] as number }] : [],
    );
    const lowest = Math.min(...items.filter((i) => i.str.trim()).map((i) => i.y));
    const [, , width = 0, height = 0] = page.view;
    pages.push({
      text: items.map((i) => i.str).join(''),
      lastLine: items
        .filter((i) => Math.abs(i.y - lowest) < 1)
        .map((i) => i.str)
        .join('')
        .trim(),
      width,
      height,
    });
  }
  return pages;
};

interface Recorded {
  prints: { title: string; pagesText: number }[];
  cspViolations: string[];
}

test('the drafted agreement is previewed as pages in Kenes and printed from there', async ({
  page,
  kenes,
}) => {
  test.setTimeout(120_000);
  // Headless Chromium cannot show the system print dialog: record each call instead, with
  // what was on screen for it. Record any Content-Security-Policy refusal too.
  await page.addInitScript(() => {
    const w = window as unknown as { __kenes: Recorded };
    w.__kenes = { prints: [], cspViolations: [] };
    window.print = () => {
      w.__kenes.prints.push({
        title: document.title,
        pagesText: document.querySelector('.kenes-print-pages')?.textContent?.length ?? 0,
      });
    };
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__kenes.cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const recorded = () => page.evaluate(() => (window as unknown as { __kenes: Recorded }).__kenes);

  await page.setViewportSize({ width: 1366, height: 768 });
  await startFromAkmolaModel(page, kenes.url);
  const screen = new AgreementsScreen(page);
  await screen.open();
  await fillAgreement(await screen.startNew(), draft);
  await page.getByRole('dialog', { name: 'Жаңа келісім' }).getByRole('button', { name: 'Сақтау' }).click();
  const saved = new AgreementEditor(page, page.getByRole('dialog', { name: `№ 7/2026 · ${title}` }));
  await expect(saved.root).toBeVisible();
  const summary = saved.root.getByRole('region', { name: 'Мәртебесі және әрекеттер' });
  await expect(summary.getByRole('button', { name: 'Басып шығару: қазақша' })).toBeVisible();
  await expect(summary.getByRole('button', { name: 'Басып шығару: орысша' })).toBeVisible();
  await summary.screenshot({ path: test.info().outputPath('agreement-summary-kk.png') });

  // The Kazakh draft, as pages: the parties by name and each one's obligations.
  // zod probes once whether eval is allowed (new Function, caught); the CSP reports that
  // refusal when the app starts. Count only what happens from the preview on.
  await page.evaluate(() => ((window as unknown as { __kenes: Recorded }).__kenes.cspViolations = []));
  const preview = await saved.openPrintPreview('қазақша');
  for (const party of parties) await expect(preview.pages).toContainText(party.name);
  for (const obligation of obligations) await expect(preview.pages).toContainText(obligation);
  await expect(preview.pages).toContainText('ТАРАПТАРДЫҢ МІНДЕТТЕМЕЛЕРІ');
  const kazakh = (await preview.pages.textContent()) ?? '';
  for (const letter of KAZAKH_LETTERS) expect(kazakh.toLocaleUpperCase('kk')).toContain(letter);
  await page.screenshot({ path: test.info().outputPath('print-preview-kk.png') });
  await preview.pages.getByText(obligations[2]!, { exact: false }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('print-preview-kk-obligations.png') });

  // Print opens the system dialog (here: the recorder), with the document's name as title.
  await preview.printButton.click();
  const afterPrint = await recorded();
  expect(afterPrint.prints).toHaveLength(1);
  expect(afterPrint.prints[0]!.title).toContain('7-2026');
  expect(afterPrint.prints[0]!.pagesText).toBeGreaterThan(1000);

  // On paper only the pages go: no menu, no drawer, no preview buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(preview.printButton).toBeHidden();
  await expect(saved.root.getByRole('button', { name: 'Сақтау' })).toBeHidden();
  await expect(preview.pages).toBeVisible();
  const pdf = test.info().outputPath('agreement-kk-printed.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
  const sheets = await pdfPages(pdf);
  // The draft sets a space after "№" in running text ("№ 1"); the names are compared without it.
  const printed = sheets
    .map((s) => s.text)
    .join('\n')
    .replace(/\s+/g, ' ')
    .replace(/№ /g, '№');
  for (const party of parties) expect(printed).toContain(party.name);
  expect(printed).toContain(obligations[0]);
  // The app's name and menu, the drawer's buttons and the preview's own title stay off paper.
  for (const shell of ['Kenes', 'Шолу', 'Болдырмау', 'Келісім жобасы (DOCX)', 'алдын ала қарау']) {
    expect(printed).not.toContain(shell);
  }
  // Every sheet carries text and its number: no blank page before, between or after.
  expect(sheets.length).toBeGreaterThan(1);
  sheets.forEach((sheet, i) => {
    expect(sheet.text.trim().length, `page ${i + 1} carries text`).toBeGreaterThan(40);
    expect(sheet.lastLine, `page ${i + 1} is numbered`).toBe(String(i + 1));
    // A4 portrait: 595.3 × 841.9 points, give or take the rounding of twips to pixels.
    expect(Math.abs(sheet.width - 595.3)).toBeLessThan(1);
    expect(Math.abs(sheet.height - 841.9)).toBeLessThan(1);
  });

  // Closing returns to the agreement; the Russian draft previews the same way.
  await preview.close();
  await expect(saved.root).toBeVisible();
  const russian = await saved.openPrintPreview('орысша');
  await expect(russian.pages).toContainText('ОБЯЗАТЕЛЬСТВА СТОРОН');
  for (const obligation of obligations) await expect(russian.pages).toContainText(obligation);
  await page.screenshot({ path: test.info().outputPath('print-preview-ru.png') });
  await russian.printButton.click();
  expect((await recorded()).prints).toHaveLength(2);
  // Esc closes the preview alone: the agreement stays open beneath it.
  await page.keyboard.press('Escape');
  await expect(russian.root).toBeHidden();
  await expect(saved.root).toBeVisible();

  // Nothing the preview did (load docx-preview, its styles, the pages) was refused by the CSP.
  expect((await recorded()).cspViolations).toEqual([]);
  expect(consoleErrors.filter((e) => /Content.Security.Policy|Refused/i.test(e))).toEqual([]);
});
