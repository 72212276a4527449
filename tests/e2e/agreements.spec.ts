import fs from 'node:fs';
import { readDocx, unzip } from '../helpers/docx-reader';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { startKenes, type KenesServer } from './support/kenes-server';
import { startFromAkmolaModel } from './pages/registry';
import { AgreementsScreen, akmolaParties, isoFromToday } from './pages/agreements';
import { NetworkPage } from './pages/network';

const parties = akmolaParties;
const obligations = [
  'Тоқсан сайын инклюзивті білім беру бойынша кеңес отырысын ұйымдастыру',
  'Педагогтерге арналған әдістемелік семинарлар өткізу',
  'Ерекше білім беру қажеттіліктері бар балаларды тексеріп, қорытынды беру',
];
const title = 'Инклюзивті білім беруді қолдау туралы ынтымақтастық келісімі';

/** Every XML part of an Office file (XLSX, DOCX) as one string, to look for what it must hold. */
const officeXml = (file: string): string =>
  [...unzip(fs.readFileSync(file))]
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => bytes.toString('utf8'))
    .join('\n');

/** Clicks an export button and returns where the downloaded file was saved. */
const download = async (page: Page, button: Locator, name: string): Promise<string> => {
  const event = page.waitForEvent('download');
  await button.click();
  const file = test.info().outputPath(name);
  await (await event).saveAs(file);
  return file;
};

test('a three-party agreement: active, expiring after the notice date, and drafted as DOCX', async ({
  page,
  kenes,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await startFromAkmolaModel(page, kenes.url);
  const screen = new AgreementsScreen(page);
  await screen.open();
  await expect(screen.count).toHaveText('0 келісім');

  const validTo = isoFromToday(200);
  const editor = await screen.startNew();
  await editor.field('Нөмірі').fill('7/2026');
  await editor.field('Атауы').fill(title);
  await editor
    .field('Келісімнің мәні')
    .fill('Ерекше білім беру қажеттіліктері бар балаларға бірлескен қолдау көрсету.');
  for (const [i, party] of parties.entries()) {
    await editor.chooseParty(i + 1, party.search);
    await editor.setRole(i + 1, party.role);
  }
  for (const [i, text] of obligations.entries()) {
    const party = parties[i]!;
    // The second obligation falls due before the moved clock below, so it is overdue then.
    await editor.addObligation(i + 1, text, party.search, isoFromToday(i === 1 ? 100 : 190));
  }
  await editor.fillDate('Қол қойылған күні', isoFromToday(-10));
  await editor.fillDate('Күшіне енген күні', isoFromToday(-10));
  await editor.fillDate('Аяқталу күні', validTo);
  await editor.field('Ескерту мерзімі, күн').fill('30');
  for (const section of ['Тараптар', 'Тараптардың міндеттемелері', 'Серіктестік кезеңі']) {
    await editor.root.getByRole('heading', { name: section, exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`agreement-editor-${section}.png`) });
  }
  await editor.save();

  // Saved, the drawer becomes the agreement's own editor, with its computed status.
  const saved = page.getByRole('dialog', { name: `№ 7/2026 · ${title}` });
  await expect(saved).toBeVisible();
  const summary = saved.getByRole('region', { name: 'Мәртебесі және әрекеттер' });
  await expect(summary.getByText('Қолданыста')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('agreement-detail-kk.png'), fullPage: true });

  // The DOCX drafted in Kazakh names the three parties and carries their obligations.
  const docx = await download(
    page,
    saved.getByRole('button', { name: 'Келісім жобасы (DOCX): қазақша' }),
    'agreement-kk.docx',
  );
  const { text } = readDocx(fs.readFileSync(docx).toString('base64'));
  for (const party of parties) expect(text).toContain(party.name);
  for (const obligation of obligations) expect(text).toContain(obligation);

  // A signed scan is kept; a "PNG" that is really text is refused, in Kazakh.
  const upload = saved.locator('input[type=file]');
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  await upload.setInputFiles({ name: 'кол-қойылған.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(saved.getByText('кол-қойылған.pdf')).toBeVisible();
  await upload.setInputFiles({
    name: 'scan.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a picture'),
  });
  await expect(
    saved.getByText('тек PDF, JPEG және PNG файлдарын тіркеуге болады', { exact: false }),
  ).toBeVisible();
  await expect(saved.getByText('scan.png')).toBeHidden();
  await saved.getByRole('heading', { name: 'Қол қойылған көшірмелер' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('agreement-attachments-kk.png') });

  await saved.getByRole('button', { name: 'Болдырмау' }).click();
  await expect(saved).toBeHidden();
  await expect(screen.count).toHaveText('1 келісім');
  const row = screen.row(title);
  await expect(row.getByText('Қолданыста')).toBeVisible();
  for (const party of ['ББ', 'ООӘК']) await expect(row.getByText(party, { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('agreements-registry-kk.png') });

  // The registry as a spreadsheet holds the agreement and its parties.
  const xlsx = officeXml(
    await download(page, page.getByRole('button', { name: 'Excel (XLSX)' }), 'agreements.xlsx'),
  );
  expect(xlsx).toContain(title);
  expect(xlsx).toContain(parties[2]!.name);

  // On the network the agreement joins its parties (ББ and ООӘК are drawn as themselves),
  // in the colour of "active"; clicking the line opens the agreement.
  const network = new NetworkPage(page);
  await network.open();
  const line = network.agreementLines(title, 'Қолданыста');
  await expect(line.first()).toBeVisible();
  await expect(line.first().locator('path').first()).toHaveCSS('stroke', 'rgb(21, 128, 61)');
  await page.screenshot({ path: test.info().outputPath('network-agreement-kk.png') });
  await line.first().click();
  await expect(page).toHaveURL(/#\/agreements\//);
  await expect(page.getByRole('dialog', { name: `№ 7/2026 · ${title}` })).toBeVisible();

  // Twenty days before the end the 30-day notice period has begun: the registry says "expiring".
  await kenes.stop();
  let later: KenesServer | undefined;
  try {
    later = await startKenes(kenes.dataDir, { now: `${isoFromToday(180)}T10:00:00` });
    await page.goto(later.url);
    await screen.open();
    await expect(screen.row(title).getByText('Мерзімі аяқталуда')).toBeVisible();
    await expect(screen.row(title).getByText('20 күн')).toBeVisible();
    // The network says so too: the line turns to "expiring".
    const laterNetwork = new NetworkPage(page);
    await laterNetwork.open();
    await expect(laterNetwork.agreementLines(title, 'Мерзімі аяқталуда').first()).toBeVisible();
    await screen.open();
    await page.screenshot({ path: test.info().outputPath('agreements-registry-expiring-kk.png') });

    // The obligations view counts the overdue one at the top and marks its row.
    await page.getByRole('button', { name: 'Міндеттемелер' }).click();
    await expect(page.getByRole('heading', { name: 'Міндеттемелер', level: 1 })).toBeVisible();
    await expect(page.getByText('3 міндеттеменің 1-інің мерзімі өтті')).toBeVisible();
    const overdueRow = page.locator('tr.kenes-row-overdue');
    await expect(overdueRow).toHaveCount(1);
    await expect(overdueRow).toContainText(obligations[1]!);
    // The table fades back in from its loading state over 0.3 s; the picture should show it settled.
    await expect(page.locator('.ant-spin-blur')).toHaveCount(0);
    await page.waitForTimeout(400);
    await page.screenshot({ path: test.info().outputPath('obligations-kk.png') });
    const csv = fs.readFileSync(
      await download(page, page.getByRole('button', { name: 'CSV' }), 'obligations.csv'),
      'utf8',
    );
    for (const obligation of obligations) expect(csv).toContain(obligation);

    // Marking the overdue one done, in place, clears the warning.
    await page.getByLabel(`«${obligations[1]}» мәртебесі`).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Орындалды' })
      .click();
    await expect(page.getByText('Мерзімі өткен міндеттеме жоқ (барлығы 3).')).toBeVisible();
    await expect(overdueRow).toHaveCount(0);

    // The council profile's documents package lists the agreement among the contracts; the regulation is missing.
    await page.getByRole('navigation').getByText('Баптаулар', { exact: true }).click();
    await page.getByRole('tab', { name: 'Кеңес туралы мәліметтер' }).click();
    const pack = page.getByRole('listitem', { name: 'Мүшелер арасындағы шарттар мен келісімдер' });
    await expect(pack.getByRole('link', { name: `№ 7/2026 · ${title}` })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Кластер туралы ереже' }).getByText('жоқ')).toBeVisible();
    await pack.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('council-documents-kk.png') });
  } finally {
    await later?.stop();
  }
});

test('one party and an end before the start are refused in words, and nothing typed is lost', async ({
  page,
  kenes,
}) => {
  await startFromAkmolaModel(page, kenes.url);
  const screen = new AgreementsScreen(page);
  await screen.open();
  const editor = await screen.startNew();
  await editor.field('Атауы').fill(title);
  await editor.chooseParty(1, parties[0]!.search);
  await editor.fillDate('Күшіне енген күні', '2026-09-01');
  await editor.fillDate('Аяқталу күні', '2026-06-30');
  await editor.save();

  await expect(
    editor.root.getByText('Келісімге кемінде екі түрлі ұйым қатысуы керек: тарап қосыңыз.'),
  ).toBeVisible();
  await expect(editor.root.getByText('Аяқталу күні басталу күнінен бұрын.')).toBeVisible();
  await expect(editor.root.getByText('Сақталмады.', { exact: false })).toBeVisible();
  await expect(editor.field('Атауы')).toHaveValue(title);
  await expect(editor.root.getByRole('group', { name: '1-тарап' })).toContainText(parties[0]!.name);
  await expect(editor.field('Аяқталу күні')).toHaveValue('30.06.2026');

  // Fixing both lets it save; nothing was written before.
  await expect(screen.count).toHaveText('0 келісім');
  await editor.chooseParty(2, parties[1]!.search);
  await editor.fillDate('Аяқталу күні', '2027-06-30');
  await editor.save();
  const saved = page.getByRole('dialog', { name: title });
  await expect(saved).toBeVisible();
  await expect(screen.count).toHaveText('1 келісім');

  // An amendment is a new version in the chain; the registry shows the earlier one only when asked.
  await saved.getByRole('button', { name: 'Өзгерту енгізу' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm.locator('.ant-modal-confirm-title')).toHaveText(
    'Өзгертілген нұсқасын жасау керек пе?',
  );
  await confirm.getByRole('button', { name: 'Өзгерту енгізу' }).click();
  const versions = saved.getByRole('region', { name: 'Нұсқалар' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('button', { name: /^1-нұсқа/ })).toBeVisible();
  await expect(versions.getByText('қазір ашық')).toBeVisible();
  await versions.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('agreement-versions-kk.png') });
  await expect(screen.count).toHaveText('1 келісім');
  await saved.getByRole('button', { name: 'Болдырмау' }).click();
  await page.getByText('Бұрынғы нұсқаларды көрсету').click();
  await expect(screen.count).toHaveText('2 келісім');
  await expect(screen.table.getByText('Бұрынғы нұсқа')).toBeVisible();

  // The same registry in Russian: the labels follow the language.
  await page.getByRole('radiogroup', { name: 'Тіл' }).getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('heading', { name: 'Соглашения', level: 1 })).toBeVisible();
  await expect(screen.count).toHaveText('2 соглашения');
  await expect(page.getByText('Прежняя редакция')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('agreements-registry-ru.png') });
});
