import { test, expect } from './support/fixtures';
import { RegistryPage, chooseByTyping, startFromAkmolaModel } from './pages/registry';

test('the Akmola model lists its 124 organisations and four ПМПК', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const registry = new RegistryPage(page);
  await registry.open();
  await expect(registry.count).toHaveText('124 ұйым');

  await registry.filterByType('ПМПК');
  await expect(registry.count).toHaveText('4 ұйым');
  await expect(registry.rows()).toHaveCount(4);
  for (const n of [1, 2, 3, 4]) {
    await expect(
      registry.table.getByText(`Психологиялық-медициналық-педагогикалық консультация №${n}`),
    ).toBeVisible();
  }
});

test('an organisation added with a Kazakh name is still there after a reload', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const registry = new RegistryPage(page);
  await registry.open();

  await page.getByRole('button', { name: 'Ұйым қосу' }).click();
  const form = page.getByRole('dialog', { name: 'Жаңа ұйым' });
  const name = 'Көкшетау қаласының «Үміт» оңалту орталығы';
  await form.getByLabel('Атауы (қазақша)').fill(name);
  await chooseByTyping(form.getByLabel('Түрі'), 'оңалту орталығы');
  await form.getByRole('button', { name: 'Сақтау' }).click();
  await expect(form).toBeHidden();
  await expect(registry.count).toHaveText('125 ұйым');

  await page.reload();
  await registry.open();
  await expect(registry.count).toHaveText('125 ұйым');
  await registry.filters.getByLabel('Ұйымдарды іздеу').fill('үміт');
  await expect(registry.rows()).toHaveCount(1);
  await expect(registry.table.getByText(name)).toBeVisible();
});

test('a required name is refused inline and nothing typed is lost', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const registry = new RegistryPage(page);
  await registry.open();
  await page.getByRole('button', { name: 'Ұйым қосу' }).click();
  const form = page.getByRole('dialog', { name: 'Жаңа ұйым' });
  await form.getByLabel('Қысқаша атауы').fill('Үміт');
  await form.getByRole('button', { name: 'Сақтау' }).click();
  await expect(form.getByText('Міндетті өріс.').first()).toBeVisible();
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Қысқаша атауы')).toHaveValue('Үміт');
});

test('switching to Russian changes the labels and keeps the choice', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const registry = new RegistryPage(page);
  await registry.open();
  await page.getByRole('radiogroup', { name: 'Тіл' }).getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('heading', { name: 'Организации', exact: true, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Добавить организацию' })).toBeVisible();
  await expect(registry.count).toHaveText('124 организации');
  await expect(page.getByRole('navigation').getByText('Настройки', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('radiogroup', { name: 'Язык' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('registry-ru.png') });
});
