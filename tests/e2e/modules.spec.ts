import { test, expect } from './support/fixtures';
import { startFromAkmolaModel } from './pages/registry';
import { ModulesPage, type CellRole } from './pages/modules';
import fs from 'node:fs';
import path from 'node:path';
import { moduleCatalogueSchema, organisationTaxonomySchema } from '../../src/shared/reference/schema';

// The shipped reference data, read as the app reads it (Playwright's loader cannot import JSON modules).
const reference = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../resources/reference', file), 'utf8'));
const moduleCatalogue = moduleCatalogueSchema.parse(reference('modules.json'));
const taxonomy = organisationTaxonomySchema.parse(reference('organisation-types.json'));
const sectorOfType = (code: string) => taxonomy.types.find((t) => t.code === code)?.sector;

interface Assignment {
  organisation: string;
  typeCode: string;
  module: number;
  role: CellRole;
}

const HUB = 'Үйлестіру Кеңесі';
const sectorNameKk = new Map(taxonomy.sectors.map((s) => [s.code, s.name.kk]));

/** What the coverage panel must say, worked out from the guide's catalogue and the assignments made. */
const expectedCoverage = (assignments: Assignment[]) => {
  const withoutLead = moduleCatalogue
    .filter((m) => !assignments.some((a) => a.module === m.number && a.role === 'lead'))
    .map((m) => m.number);
  const missing = new Map<number, string[]>();
  for (const m of moduleCatalogue) {
    const covered = new Set(
      assignments.filter((a) => a.module === m.number).map((a) => sectorOfType(a.typeCode)),
    );
    const lacking = m.suggestedSectors.filter((s) => !covered.has(s)).map((s) => sectorNameKk.get(s) ?? s);
    if (lacking.length) missing.set(m.number, lacking);
  }
  return { withoutLead, missing };
};

test('assigning modules on the Akmola model leaves exactly the expected coverage warnings', async ({
  page,
  kenes,
}, testInfo) => {
  test.setTimeout(90_000);
  await startFromAkmolaModel(page, kenes.url);
  const modules = new ModulesPage(page);
  await modules.open();

  // At the start nothing is assigned: all 12 modules lack a lead, all 124 partners are in no module.
  await expect(
    modules.coverage.getByRole('heading', { name: '12 модульге әлі жетекші қажет' }),
  ).toBeVisible();
  await expect(
    modules.coverage.getByRole('heading', { name: '124 ұйым ешбір модульге кірмеген' }),
  ).toBeVisible();
  const idleAtStart = await modules.organisationsInNoModule();
  expect(idleAtStart).toHaveLength(124);
  expect(idleAtStart).not.toContain(HUB);
  expect(await modules.missingSectors()).toEqual(expectedCoverage([]).missing);

  // The council takes the leading module 9, using the keyboard only.
  await modules.search.fill(HUB);
  await modules.cell(HUB, 9).focus();
  await page.keyboard.press('Enter');
  const editor = modules.editor(9);
  await expect(editor.getByRole('radio', { name: 'Бұл модульге кірмейді' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(editor.getByRole('radio', { name: 'Жетекші' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ведомствоаралық өзара іс-қимылды үйлестіру');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await modules.expectRole(HUB, 9, 'lead');
  await expect(modules.cell(HUB, 9)).toBeFocused();

  const assignments: Assignment[] = [
    { organisation: HUB, typeCode: 'GOV.COORDINATION_COUNCIL', module: 9, role: 'lead' },
    { organisation: 'ПМПК №1', typeCode: 'SPED.PMPK', module: 6, role: 'lead' },
    { organisation: 'ПМПК №1', typeCode: 'SPED.PMPK', module: 7, role: 'participant' },
    { organisation: 'ББ', typeCode: 'GOV.REGION_EDU', module: 1, role: 'lead' },
    { organisation: 'ОББҰ №1', typeCode: 'EDU.SCHOOL', module: 1, role: 'participant' },
    { organisation: 'ОББҰ №1', typeCode: 'EDU.SCHOOL', module: 6, role: 'participant' },
    { organisation: 'МДБҰ №2', typeCode: 'EDU.PRESCHOOL', module: 4, role: 'lead' },
  ];
  for (const a of assignments.slice(1)) {
    await modules.assign(a.organisation, a.module, a.role, {
      // "ББ" is inside many names; the regional department is found by its full name.
      search: a.organisation === 'ББ' ? 'Ақмола облысының білім басқармасы' : undefined,
      tasks: a.role === 'lead' ? `${a.module}-модульді үйлестіру` : undefined,
    });
  }
  // A participant taken out again counts for nothing.
  await modules.assign('ПМПК №1', 7, 'none');
  const final = assignments.filter((a) => !(a.organisation === 'ПМПК №1' && a.module === 7));

  const expected = expectedCoverage(final);
  await expect.poll(() => modules.modulesWithoutLead()).toEqual(expected.withoutLead);
  await expect(
    modules.coverage.getByRole('heading', {
      name: `${expected.withoutLead.length} модульге әлі жетекші қажет`,
    }),
  ).toBeVisible();
  expect(await modules.missingSectors()).toEqual(expected.missing);
  const assignedPartners = new Set(final.map((a) => a.organisation).filter((o) => o !== HUB));
  const expectedIdle = idleAtStart.filter((o) => !assignedPartners.has(o));
  expect(await modules.organisationsInNoModule()).toEqual(expectedIdle);
  await expect(
    modules.coverage.getByRole('heading', { name: `${expectedIdle.length} ұйым ешбір модульге кірмеген` }),
  ).toBeVisible();

  // Each warning leads to where it is fixed. A module without a lead: its column, first cell focused.
  await modules.search.fill('');
  await modules
    .list('Жетекшісі жоқ модульдер')
    .getByRole('button', { name: /^2-модуль: / })
    .click();
  await expect(modules.matrix.getByRole('button', { name: /^2-модуль: / })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(modules.cell(HUB, 2)).toBeFocused();

  // A missing sector nobody in the Akmola model belongs to: the matrix says to add one in the registry.
  await page.getByRole('button', { name: '2-модуль: Денсаулық сақтау', exact: true }).click();
  await expect(
    page.getByText('Тізілімде бұл саланың белсенді ұйымы әлі жоқ.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Тізілімді ашу' })).toBeVisible();

  // A sector the model has: the matrix shows only that sector with the module's column highlighted.
  await page.getByRole('button', { name: '3-модуль: Білім беру', exact: true }).click();
  await expect(modules.matrix.getByRole('button', { name: /^3-модуль: / })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(modules.cell('ОББҰ №1', 3)).toBeVisible();
  await expect(modules.cell('ПМПК №2', 3)).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAccessibleName(/ — 3-модуль: бекітілмеген$/);

  // An organisation in no module: its row, on whatever page it is.
  const farRow = expectedIdle[expectedIdle.length - 1] ?? '';
  await modules
    .list('Ешбір модульге кірмеген ұйымдар')
    .getByRole('button', { name: farRow, exact: true })
    .click();
  await expect(modules.cell(farRow, 3)).toBeFocused();

  // Screenshots in Kazakh for a human to look at: the coverage panel, then the matrix.
  await page.setViewportSize({ width: 1440, height: 1100 });
  await modules.search.fill('');
  await page.getByRole('tab', { name: 'Бекіту және қамту' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('modules-coverage-kk.png') });
  await page
    .getByRole('heading', { name: 'Бекіту матрицасы' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: testInfo.outputPath('modules-matrix-kk.png') });
  await modules.search.fill('ПМПК №1');
  await modules.cell('ПМПК №1', 6).click();
  await expect(modules.editor(6)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('modules-editor-kk.png') });
  await page.keyboard.press('Escape');
  await expect(modules.editor(6)).toBeHidden();

  // The toolbar's exports save what main made, in the UI's language (Kazakh here).
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  expect(csvText).toContain('6-модульді үйлестіру');
  expect(csvText).toContain('Ведомствоаралық өзара іс-қимылды үйлестіру');
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel (XLSX)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  // An XLSX is a ZIP: it starts with "PK".
  expect(
    fs
      .readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  // A reload reads everything back from the workspace.
  await page.reload();
  await expect(modules.matrix).toBeVisible();
  await modules.search.fill('ПМПК №1');
  await modules.expectRole('ПМПК №1', 6, 'lead');
  await modules.expectRole('ПМПК №1', 7, 'none');
  await expect(modules.cell('ПМПК №1', 6)).toHaveAttribute('title', '6-модульді үйлестіру');
  expect(await modules.modulesWithoutLead()).toEqual(expected.withoutLead);
});
