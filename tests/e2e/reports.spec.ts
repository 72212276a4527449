import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { KenesServer } from './support/kenes-server';
import { startFromAkmolaModel } from './pages/registry';
import { callKenes } from './support/api';
import { readDocx } from '../helpers/docx-reader';

// 20 June 2026: the second quarter is under way, so the screen opens on it.
test.use({ kenesNow: '2026-06-20T10:00:00' });

const firstOfType = async (kenes: KenesServer, typeCode: string): Promise<string> => {
  const page = await callKenes<{ items: { id: string }[] }>(kenes, 'organisations:list', {
    typeCodes: [typeCode],
    pageSize: 1,
  });
  return page.items[0]!.id;
};

/**
 * What the Sessions and Agreements screens would have recorded by now, through the HTTP
 * API: the April sitting held with three decisions (one done, one overdue, one not yet due)
 * and an agreement signed in May.
 */
const secondQuarter = async (kenes: KenesServer) => {
  const april = await callKenes<{ id: string; attendance: { personId: string; councilRole: string }[] }>(
    kenes,
    'sessions:create',
    { date: '2026-04-10', time: '10:00', place: 'Көкшетау қ., Абай к-сі, 96' },
  );
  const chair = april.attendance.find((a) => a.councilRole === 'chair')!;
  await callKenes(kenes, 'sessions:setAttendance', {
    sessionId: april.id,
    members: [{ personId: chair.personId, status: 'present' }],
    guests: [],
  });
  await callKenes(kenes, 'sessions:setStatus', { id: april.id, status: 'held' });
  const item = await callKenes<{ id: string }>(kenes, 'agenda:add', {
    sessionId: april.id,
    title: 'ПМПК-ның қашықтан кеңес беруі туралы',
  });
  const decide = (text: string, deadline: string) =>
    callKenes<{ id: string }>(kenes, 'decisions:create', { agendaItemId: item.id, text, deadline });
  const done = await decide('Аудандық ПМПК мамандарына семинар өткізу', '2026-06-01');
  await decide('ПМПК-ның қашықтан кеңес беру тәртібін әзірлеу', '2026-05-15');
  await decide('Ата-аналарға арналған жадынама шығару', '2026-09-01');
  await callKenes(kenes, 'decisions:setStatus', { id: done.id, status: 'done' });
  await callKenes(kenes, 'agreements:create', {
    number: 'К-7',
    title: 'Ерекше білім беру қажеттілігі бар балаларды қолдау туралы келісім',
    kind: 'cooperation',
    signedOn: '2026-05-05',
    validFrom: '2026-05-05',
    validTo: '2027-05-04',
    noticeDays: 30,
    parties: [
      { organisationId: await firstOfType(kenes, 'SPED.PMPK'), role: 'Консультация' },
      { organisationId: await firstOfType(kenes, 'EDU.SCHOOL'), role: 'Мектеп' },
    ],
  });
};

/** A statistic card's value, found by its title. */
const statistic = (page: Page, title: string) =>
  page
    .locator('.ant-statistic')
    .filter({ has: page.getByText(title, { exact: true }) })
    .locator('.ant-statistic-content');

test('the quarterly report in Kazakh: figures on screen, DOCX saved in steps with the network picture inside', async ({
  page,
  kenes,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromAkmolaModel(page, kenes.url);
  await secondQuarter(kenes);

  await page.getByRole('link', { name: 'Есептер' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Есептер' })).toBeVisible();
  // The current quarter by the workspace clock, as far as it has gone.
  await expect(
    page.getByText('Кезең: 01.04.2026 – 30.06.2026 · Деректер 20.06.2026 жағдай бойынша'),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Тоқсан' })).toBeVisible();
  await expect(statistic(page, 'Өткізілген отырыстар')).toHaveText('1');
  await expect(statistic(page, 'Қабылданған шешімдер')).toHaveText('3');
  await expect(statistic(page, 'Орындалғаны')).toHaveText('1');
  await expect(statistic(page, 'Орындалу деңгейі')).toHaveText('33%');
  await expect(statistic(page, 'Кезең соңында мерзімі өткен')).toHaveText('1');
  await expect(statistic(page, 'Қол қойылған келісімдер')).toHaveText('1');
  await expect(
    page.getByRole('cell', { name: 'ПМПК-ның қашықтан кеңес беру тәртібін әзірлеу' }).first(),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('reports-kk.png'), fullPage: true });

  // The annual view adds the quarters; back to the quarter for the document.
  await page.getByText('Жылдық', { exact: true }).click();
  await expect(page.getByText('Тоқсандар бойынша', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Тоқсан' })).toBeHidden();
  await page.getByText('Тоқсандық', { exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Тоқсан' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'DOCX' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Есеп дайындалуда')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Есеп-2026-II-тоқсан.docx');
  await expect(dialog.getByText('Есеп сақталды: Есеп-2026-II-тоқсан.docx')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Жабу' }).click();
  await expect(dialog).toBeHidden();

  const file = test.info().outputPath('report-kk.docx');
  await saved.saveAs(file);
  const doc = readDocx(fs.readFileSync(file).toString('base64'));
  expect(doc.paragraphs).toContain('2026 ЖЫЛҒЫ II ТОҚСАНДАҒЫ ЖҰМЫС ТУРАЛЫ ЕСЕП');
  expect(doc.paragraphs).toContain('Деректер 2026 жылғы 20 маусымдағы жағдай бойынша келтірілген.');
  expect(doc.paragraphs).toContain('2. Шешімдердің орындалуы');
  const figures = doc.tables.find((table) => table[0]?.[0] === 'Көрсеткіш');
  expect(figures?.slice(1, 5)).toEqual([
    ['Кезеңде қабылданған шешімдер', '3'],
    ['оның ішінде орындалғаны', '1'],
    ['оның ішінде күші жойылғаны', '0'],
    ['Орындалу деңгейі', '33%'],
  ]);
  expect(doc.text).toContain('ПМПК-ның қашықтан кеңес беру тәртібін әзірлеу');
  expect(doc.text).toContain('К-7');
  // The network picture the page drew: a real PNG of some size, on its landscape page.
  const media = [...doc.files.entries()].filter(([name]) => /^word\/media\/.+\.png$/.test(name));
  expect(media).toHaveLength(1);
  const png = media[0]![1];
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.readUInt32BE(16)).toBeGreaterThan(800);
  expect(png.length).toBeGreaterThan(20_000);
  expect(doc.xml('word/document.xml')).toContain('w:orient="landscape"');
  expect(doc.paragraphs).toContain('7. Кеңестің өзара іс-қимыл желісі');

  // The same quarter as a workbook: a sheet per section and the picture on its own sheet.
  const workbookDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'XLSX' }).click();
  const savedWorkbook = await workbookDownload;
  expect(savedWorkbook.suggestedFilename()).toBe('Есеп-2026-II-тоқсан-2026-06-20.xlsx');
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Жабу' }).click();
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.readFile(await savedWorkbook.path());
  expect(workbook.worksheets.map((w) => w.name)).toContain('Шешімдер');
  expect(workbook.getWorksheet('Отырыстар')?.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 3, 10)));
  expect(workbook.getWorksheet('Желі суреті')?.getImages()).toHaveLength(1);
});
