import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { RegistryPage, chooseByTyping, startFromAkmolaModel } from './pages/registry';

const pmpk = (n: number) => `Психологиялық-медициналық-педагогикалық консультация №${n}`;
const district = 'Көкшетау қаласы';

/** Picks an option of an antd select on the history filters by its visible label. */
const choose = async (page: Page, label: string, option: string): Promise<void> => {
  await chooseByTyping(page.getByRole('combobox', { name: label }), option);
};

test('Settings › History: filter, see before and after, restore an archived organisation', async ({
  page,
  kenes,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromAkmolaModel(page, kenes.url);
  const registry = new RegistryPage(page);
  await registry.open();
  await registry.filterByType('ПМПК');
  await expect(registry.rows()).toHaveCount(4);

  // Edit ПМПК №1: its district.
  await page.getByRole('button', { name: `${pmpk(1)}: өңдеу` }).click();
  const form = page.getByRole('dialog', { name: `Ұйымды өңдеу: ${pmpk(1)}` });
  await form.getByLabel('Ауданы (қаласы)').fill(district);
  await form.getByRole('button', { name: 'Сақтау' }).click();
  await expect(form).toBeHidden();

  // Archive ПМПК №2.
  await page.getByRole('button', { name: `${pmpk(2)}: мұрағатқа жіберу` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Мұрағатқа жіберу' }).click();
  await expect(registry.rows()).toHaveCount(3);

  // Settings › History.
  await page.getByRole('navigation').getByText('Баптаулар', { exact: true }).click();
  await page.getByRole('tab', { name: 'Тарих' }).click();
  await expect(page.getByRole('heading', { name: 'Өзгерістер тарихы' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Өзгерістер тарихы' });
  const rows = table.locator('tbody tr.ant-table-row');
  // Newest first: the archiving, then the edit.
  await expect(rows.first()).toContainText('Мұрағатқа жіберілді');
  await expect(rows.first()).toContainText(pmpk(2));
  await expect(rows.nth(1)).toContainText('Өзгертілді');
  await expect(rows.nth(1)).toContainText(pmpk(1));

  await choose(page, 'Жазба түрі', 'Ұйым');
  await choose(page, 'Өзгеріс түрі', 'Өзгертілді');
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('1 өзгеріс')).toBeVisible();
  await expect(rows.first()).toContainText(pmpk(1));

  // Expand the edit: before and after side by side, the changed field marked.
  await rows.first().locator('.ant-table-row-expand-icon').click();
  const diff = table.locator('.kenes-history-diff');
  await expect(diff).toBeVisible();
  const changed = diff.locator('tr[data-changed]');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('Ауданы (қаласы)');
  await expect(changed.locator('ins')).toHaveText(district);
  await expect(diff.locator('tr:not([data-changed])').filter({ hasText: 'Атауы (қазақша)' })).toContainText(
    pmpk(1),
  );
  await page.screenshot({ path: test.info().outputPath('history-diff.png'), fullPage: true });

  // Restore the archived one from its archiving entry.
  await choose(page, 'Өзгеріс түрі', 'Мұрағатқа жіберілді');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(pmpk(2));
  await rows.first().getByRole('button', { name: 'Қалпына келтіру' }).click();
  await expect(page.getByText(`${pmpk(2)} қалпына келтірілді.`)).toBeVisible();
  // Once restored the button goes away, and the restoring shows up in the history.
  await expect(rows.first().getByRole('button', { name: 'Қалпына келтіру' })).toBeHidden();
  await page.getByRole('button', { name: 'Сүзгілерді тазалау' }).click();
  await expect(rows.first()).toContainText('Мұрағаттан қалпына келтірілді');
  await page.screenshot({ path: test.info().outputPath('history.png'), fullPage: true });

  // Back in the registry (which may keep its type filter), ПМПК №2 is an active organisation again.
  await registry.open();
  await registry.filters.getByLabel('Ұйымдарды іздеу').fill('консультация №2');
  await expect(registry.rows()).toHaveCount(1);
  await expect(registry.rows().first()).toContainText(pmpk(2));
  await expect(
    registry
      .rows()
      .first()
      .getByRole('button', { name: `${pmpk(2)}: өңдеу` }),
  ).toBeVisible();
});
