import { expect, type Locator, type Page } from '@playwright/test';

/** The organisations registry, as a secretary sees it (Kazakh labels unless stated). */
export class RegistryPage {
  readonly filters: Locator;
  readonly table: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByRole('region', { name: 'Сүзгілер' });
    this.table = page.getByRole('table');
    this.count = page.locator('.kenes-result-count');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Ұйымдар', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Ұйымдар', exact: true, level: 1 })).toBeVisible();
  }

  /** Picks a type in the type filter by typing its abbreviation and pressing Enter, as a keyboard user would. */
  async filterByType(abbreviation: string): Promise<void> {
    await chooseByTyping(this.filters.getByLabel('Түрі'), abbreviation);
    await this.page.keyboard.press('Escape');
  }

  rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row');
  }
}

/** Types into an antd select and takes the first match with Enter. */
export const chooseByTyping = async (combobox: Locator, text: string): Promise<void> => {
  await combobox.click();
  await combobox.fill(text);
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await combobox.press('Enter');
};

export const startFromAkmolaModel = async (page: Page, url: string): Promise<void> => {
  await page.goto(url);
  await page.getByRole('button', { name: 'Ақмола үлгісінен бастау' }).click();
  await expect(page.getByRole('button', { name: 'Ақмола үлгісінен бастау' })).toBeHidden();
};
