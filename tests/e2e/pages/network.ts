import { expect, type Locator, type Page } from '@playwright/test';

/** The network canvas, as a secretary sees it (Kazakh labels). */
export class NetworkPage {
  readonly canvas: Locator;
  readonly toolbar: Locator;
  readonly side: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.locator('.react-flow');
    this.toolbar = page.getByRole('toolbar', { name: 'Желі құралдары' });
    this.side = page.getByRole('complementary', { name: 'Таңдалғаны, сүзгілер және талдау' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Желі', { exact: true }).click();
    await expect(this.canvas).toBeVisible();
    await expect(this.nodes().first()).toBeVisible();
  }

  /** Organisation, council and block nodes (not the frames behind opened blocks). */
  nodes(): Locator {
    return this.page.locator(
      '.react-flow__node-organisation, .react-flow__node-hub, .react-flow__node-block',
    );
  }

  node(label: string): Locator {
    return this.nodes().filter({
      has: this.page.locator('.kenes-node-label').getByText(label, { exact: true }),
    });
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  async box(label: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.node(label).first().boundingBox();
    if (!box) throw new Error(`node ${label} is not on screen`);
    return box;
  }

  async undo(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Болдырмау' }).click();
  }

  async redo(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Қайта жасау' }).click();
  }

  async layout(name: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Орналастыру' }).click();
    await this.page.getByRole('menuitem', { name }).click();
  }

  async exportAs(item: string) {
    const download = this.page.waitForEvent('download');
    await this.toolbar.getByRole('button', { name: 'Экспорт' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
    return download;
  }
}
