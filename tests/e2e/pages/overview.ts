import { expect, type Locator, type Page } from '@playwright/test';

/** The overview, the first screen (Kazakh labels). */
export class OverviewScreen {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Шолу', level: 1 });
  }

  /** Opens it from the navigation, which also reads it afresh. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Шолу', { exact: true }).click();
    await expect(this.heading).toBeVisible();
  }

  /** A card by its heading. */
  card(title: string): Locator {
    return this.page
      .locator('.kenes-overview-card')
      .filter({ has: this.page.getByRole('heading', { name: title, level: 2 }) });
  }

  /** The organisations-by-type list as [label, count] rows, in the order shown. */
  async typeCounts(): Promise<[string, number][]> {
    const rows = this.card('Ұйымдар түрлері бойынша').locator('.kenes-overview-bar');
    await expect(rows.first()).toBeVisible();
    const names = await rows.locator('.kenes-overview-bar-name').allInnerTexts();
    const counts = await rows.locator('.kenes-overview-bar-count').allInnerTexts();
    return names.map((name, i) => [name, Number(counts[i])]);
  }
}
