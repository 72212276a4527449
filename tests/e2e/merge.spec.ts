import path from 'node:path';
import { test, expect } from './support/fixtures';
import { callKenes } from './support/api';
import { startKenes } from './support/kenes-server';
import { RegistryPage, startFromAkmolaModel } from './pages/registry';
import { MergePage, copyWorkspace, saveKenesFile } from './pages/merge';

const pmpk1 = 'Психологиялық-медициналық-педагогикалық консультация №1';
const newSchool = 'Бурабай ауданының №2 жалпы білім беретін мектебі';
const newPmpk = 'Бурабай ауданының психологиялық-медициналық-педагогикалық консультациясы';

interface Listed {
  items: { id: string; nameKk: string }[];
}

test('the regional secretary merges a district council’s file', async ({ page, kenes }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromAkmolaModel(page, kenes.url);
  const found = await callKenes<Listed>(kenes, 'organisations:list', { search: pmpk1 });
  const target = found.items.find((o) => o.nameKk === pmpk1);
  if (!target) throw new Error('the Akmola model has no ПМПК №1');

  // The district began as a copy of the region's workspace, and both went on working.
  const districtDir = copyWorkspace(kenes.dataDir);
  const district = await startKenes(districtDir);
  try {
    await callKenes(district, 'organisations:update', {
      id: target.id,
      patch: { phone: '+7 716 36 4 12 12', address: 'Щучинск қ., Абылай хан к-сі, 32' },
    });
    for (const [nameKk, typeCode] of [
      [newSchool, 'EDU.SCHOOL'],
      [newPmpk, 'SPED.PMPK'],
    ]) {
      await callKenes(district, 'organisations:create', {
        nameKk,
        typeCode,
        level: 'organisation',
        district: 'Бурабай ауданы',
      });
    }
  } finally {
    await district.stop();
  }
  await callKenes(kenes, 'organisations:update', { id: target.id, patch: { phone: '+7 716 22 5 00 01' } });
  const file = saveKenesFile(districtDir, 'Бурабай.kenes');

  const merge = new MergePage(page);
  await merge.open();
  await merge.pick(file);

  // The preview: whose file, how many records of each kind, what stays out.
  const council = await callKenes<{ nameKk: string }>(kenes, 'council:get', {});
  await expect(page.getByTestId('merge-council')).toHaveText(council.nameKk);
  await expect(page.getByText(path.basename(file))).toBeVisible();
  const organisations = merge.counts().getByRole('row', { name: /Ұйымдар/ });
  await expect(organisations.getByRole('cell')).toHaveText(['Ұйымдар', '2', /\d{3}/, '1', '0']);
  await expect(page.getByText('Біріктірілмейді (аудандық кеңестің өз ісі)')).toBeVisible();
  await expect(page.getByText(/Өзгерістер тарихының жазбалары: \d+/)).toBeVisible();

  // The conflict, side by side: ours and the district's, only the fields that differ.
  const conflict = merge.conflict(pmpk1);
  await expect(conflict).toHaveCount(1);
  // The region changed its phone after the copy too: the card says both sides moved.
  await expect(conflict).toContainText('Екі жақта да өзгерген');
  const header = conflict.getByRole('columnheader');
  await expect(header).toHaveText(['Өріс', 'Біздің нұсқа', 'Аудандық']);
  await expect(conflict.getByRole('row', { name: /Телефоны/ }).getByRole('cell')).toHaveText([
    '+7 716 22 5 00 01',
    '+7 716 36 4 12 12',
  ]);
  await expect(conflict.getByRole('row', { name: /Мекенжайы/ }).getByRole('cell')).toHaveText([
    'бос',
    'Щучинск қ., Абылай хан к-сі, 32',
  ]);
  await expect(merge.mergeButton()).toBeDisabled();
  await expect(page.getByText('Алдымен тағы 1 жазбаның нұсқасын таңдаңыз.')).toBeVisible();
  await conflict.getByText('Аудандықты алу').click();
  await conflict.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('merge-conflict.png'), fullPage: true });
  await expect(merge.mergeButton()).toBeEnabled();
  await expect(header).toHaveText(['Өріс', 'Біздің нұсқа', 'АудандықТаңдалды']);
  await expect(
    page.getByText('2 жазба қосылады; 1 жазба аудандық нұсқамен ауыстырылады, 0 жазба біздікі болып қалады.'),
  ).toBeVisible();

  // The confirmation says a backup comes first.
  await merge.mergeButton().click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('сақтық көшірме');
  await confirm.getByRole('button', { name: 'Біріктіру' }).click();

  const report = page.getByTestId('merge-report');
  await expect(page.getByText('Аудандық файл біріктірілді')).toBeVisible();
  await expect(report).toContainText('Қосылды: 2');
  await expect(report).toContainText('Аудандық нұсқамен ауыстырылды: 1');
  await expect(report).toContainText(/Біріктіру алдындағы сақтық көшірме: .+/);

  // The district's organisations are in the registry now.
  const registry = new RegistryPage(page);
  await registry.open();
  for (const name of [newSchool, newPmpk]) {
    await page.getByLabel('Ұйымдарды іздеу').fill(name);
    await expect(registry.rows()).toHaveCount(1);
    await expect(registry.rows().first()).toContainText(name);
  }
});
