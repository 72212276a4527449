import fs from 'node:fs';
import { test, expect } from './support/fixtures';
import { startFromAkmolaModel } from './pages/registry';
import { MinutesTab, SITTING, recordApprovedSitting } from './pages/minutes';
import { readDocx } from '../helpers/docx-reader';
import { readPdfPages } from '../helpers/pdf-reader';
import { pdfPagePictures } from './support/pdf-pictures';

const pdfText = async (file: string): Promise<string[]> => readPdfPages(fs.readFileSync(file));

// The sitting is in December 2026: the workspace clock is set just after it.
test.use({ kenesNow: '2026-12-23T09:00:00' });

test('the minutes of an approved sitting: previewed, downloaded as DOCX and PDF in Kazakh and Russian, printed', async ({
  page,
  kenes,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __prints: { title: string; pages: number }[] };
    w.__prints = [];
    // Headless Chromium has no print dialog: record what would be printed.
    window.print = () => {
      w.__prints.push({
        title: document.title,
        pages: document.querySelectorAll('.kenes-minutes-print .kenes-print-pages section.kenes-docx').length,
      });
    };
  });
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromAkmolaModel(page, kenes.url);
  const session = await recordApprovedSitting(kenes);
  const minutes = new MinutesTab(page);
  await minutes.open(kenes, session.id);

  // Locked, and the amendment will be printed.
  const tab = page.getByRole('tabpanel', { name: 'Хаттама' });
  await expect(tab.getByText('Бекітілген хаттама (23.12.2026): отырыс құлыпталған.')).toBeVisible();
  await expect(
    tab.getByText('Бекітілгеннен кейін енгізілген 1 түзету қолтаңбалардан кейін басылады.'),
  ).toBeVisible();

  // The preview shows the Kazakh minutes as pages.
  await expect(minutes.pages).toContainText('ХАТТАМА № 1');
  await expect(minutes.pages).toContainText('ТЫҢДАЛДЫ:');
  await expect(minutes.pages).toContainText('ШЕШІМ ҚАБЫЛДАНДЫ:');
  await expect(minutes.pages).toContainText(SITTING.decision);
  await expect(minutes.pages).toContainText('М.У. Ибраев');
  await tab.scrollIntoViewIfNeeded();
  await tab.screenshot({ path: test.info().outputPath('minutes-tab-kk.png') });

  const docx = await minutes.download('DOCX жүктеу', test.info().outputPath('minutes-kk.docx'));
  expect(docx.name).toBe('Хаттама-№1-2026-12-15.docx');
  const doc = readDocx(fs.readFileSync(docx.file).toString('base64'));
  expect(doc.paragraphs[1]).toBe('ХАТТАМА № 1');
  expect(doc.paragraphs).toContain(`2.1. ${SITTING.decision}.`);
  expect(doc.paragraphs).toContain('Дауыс берді: жақтап — 3, қарсы — 1, қалыс — 0.');
  expect(doc.text).toContain(`Төрағалық етті: ${SITTING.chair}`);
  expect(doc.text).toContain('ХАТТАМА БЕКІТІЛГЕННЕН КЕЙІН ЕНГІЗІЛГЕН ТҮЗЕТУЛЕР');
  expect(doc.text).toContain(SITTING.amendment);

  const pdf = await minutes.download('PDF жүктеу', test.info().outputPath('minutes-kk.pdf'));
  expect(pdf.name).toBe('Хаттама-№1-2026-12-15.pdf');
  const kkPages = await pdfText(pdf.file);
  const kk = kkPages.join(' ');
  for (const expected of [
    'ХАТТАМА № 1',
    `Төрағалық етті: ${SITTING.chair}`,
    'Қатысқандар:',
    'КҮН ТӘРТІБІ:',
    'ТЫҢДАЛДЫ:',
    'ШЕШІМ ҚАБЫЛДАНДЫ:',
    SITTING.decision,
    'Кворум бар',
    'М.У. Ибраев',
    'С.Б. Нұрланова',
    SITTING.amendment,
  ])
    expect(kk).toContain(expected);
  // Look at the pages, as the issue asks: each one becomes a picture beside the test's output.
  const pictures = await pdfPagePictures(
    browser,
    fs.readFileSync(pdf.file),
    test.info().outputPath('minutes-kk-page'),
  );
  expect(pictures).toHaveLength(kkPages.length);

  // Print: only the pages go to the printer, under the file's name.
  await page.getByRole('button', { name: 'Басып шығару' }).click();
  const prints = await page.evaluate(
    () => (window as unknown as { __prints: { title: string; pages: number }[] }).__prints,
  );
  expect(prints).toHaveLength(1);
  expect(prints[0]!.title).toBe('Хаттама-№1-2026-12-15');
  expect(prints[0]!.pages).toBeGreaterThan(0);

  // The same minutes in Russian, with the interface still in Kazakh.
  await minutes.chooseLanguage('Орысша');
  await expect(minutes.pages).toContainText('ПРОТОКОЛ № 1');
  await expect(minutes.pages).toContainText('СЛУШАЛИ:');
  const ruDocx = await minutes.download('DOCX жүктеу', test.info().outputPath('minutes-ru.docx'));
  expect(ruDocx.name).toBe('Протокол-№1-2026-12-15.docx');
  const ruDoc = readDocx(fs.readFileSync(ruDocx.file).toString('base64'));
  expect(ruDoc.paragraphs).toContain('РЕШИЛИ:');
  expect(ruDoc.paragraphs).toContain('Голосовали: за — 3, против — 1, воздержались — 0.');
  const ruPdf = await minutes.download('PDF жүктеу', test.info().outputPath('minutes-ru.pdf'));
  expect(ruPdf.name).toBe('Протокол-№1-2026-12-15.pdf');
  const ru = (await pdfText(ruPdf.file)).join(' ');
  for (const expected of [
    'ПРОТОКОЛ № 1',
    'Председательствовал:',
    'ПОВЕСТКА ДНЯ:',
    'РЕШИЛИ:',
    'Председатель',
    'Секретарь',
  ])
    expect(ru).toContain(expected);

  // The interface in Russian: the tab speaks Russian, the chosen document language stays.
  await page.getByRole('radio', { name: 'Русский' }).check();
  const ruTab = page.getByRole('tabpanel', { name: 'Протокол' });
  await expect(ruTab.getByRole('button', { name: 'Скачать PDF' })).toBeVisible();
  await expect(ruTab.getByText('Утверждённый протокол (23.12.2026): заседание заблокировано.')).toBeVisible();
  await expect(
    ruTab.getByText('1 поправка, внесённая после утверждения, печатается после подписей.'),
  ).toBeVisible();
  await expect(page.getByRole('document', { name: 'Страницы протокола' })).toContainText('ПРОТОКОЛ № 1');
  await ruTab.screenshot({ path: test.info().outputPath('minutes-tab-ru-ui.png') });
});
