import { expect, type Locator, type Page } from '@playwright/test';
import { chooseByTyping, startFromAkmolaModel } from './registry';

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

  /** The lines drawn for an agreement, named "<number> келісім «<title>», <status>. …". */
  agreementLines(title: string, status: string): Locator {
    return this.edges().and(this.page.locator(`[aria-label*="«${title}», ${status}."]`));
  }

  async box(label: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.node(label).first().boundingBox();
    if (!box) throw new Error(`node ${label} is not on screen`);
    return box;
  }

  /** Where a node stands on the canvas itself (React Flow's translate), whatever the zoom. */
  async flowPosition(label: string): Promise<string> {
    return this.node(label).evaluate((n) => (n as HTMLElement).style.transform);
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

  /** Double-clicks an empty spot (x, y from the pane's top-left) and creates an organisation there. */
  async createAt(x: number, y: number, nameKk: string, shortName: string): Promise<void> {
    const pane = await this.page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    await this.page.mouse.dblclick(pane.x + (x < 0 ? pane.width + x : x), pane.y + y);
    const form = this.page.getByRole('dialog', { name: 'Жаңа ұйым' });
    await form.getByLabel('Атауы (қазақша)').fill(nameKk);
    await form.getByLabel('Қысқаша атауы').fill(shortName);
    await chooseByTyping(form.getByLabel('Түрі'), 'ата-аналар');
    await form.getByRole('button', { name: 'Сақтау' }).click();
    await expect(form).toBeHidden();
    await expect(this.node(shortName)).toBeVisible();
  }

  /** The whole network drawn as one picture, as it is zoomed out past reading distance. */
  picture(): Locator {
    return this.canvas.getByRole('img', { name: /^Желі алыстан, бір сурет ретінде/ });
  }

  /** Zooms out with the canvas's own control until the network becomes one picture. */
  async zoomOutToPicture(): Promise<void> {
    const zoomOut = this.canvas.getByRole('button', { name: 'Кішірейту' });
    for (let i = 0; i < 20 && !(await this.picture().isVisible()); i++) await zoomOut.click();
    await expect(this.picture()).toBeVisible();
  }

  /**
   * Where on screen the middle of a node stands, from its place on the canvas and the
   * canvas's pan and zoom: far out an organisation is part of the picture, not an element
   * with a box of its own.
   */
  async spotOf(label: string): Promise<{ x: number; y: number }> {
    const pane = await this.page.locator('.react-flow').boundingBox();
    const node = await this.node(label).evaluate((n) => {
      const e = n as HTMLElement;
      const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(e.style.transform);
      return {
        x: Number(m?.[1]),
        y: Number(m?.[2]),
        width: parseFloat(e.style.width),
        height: parseFloat(e.style.height),
      };
    });
    const view = await this.page.locator('.react-flow__viewport').evaluate((v) => {
      const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(
        (v as HTMLElement).style.transform,
      );
      return { x: Number(m?.[1]), y: Number(m?.[2]), zoom: Number(m?.[3]) };
    });
    if (!pane) throw new Error('no canvas');
    return {
      x: pane.x + view.x + (node.x + node.width / 2) * view.zoom,
      y: pane.y + view.y + (node.y + node.height / 2) * view.zoom,
    };
  }

  /** Drags from one organisation's handle onto another and picks the kind of link. */
  async connect(from: string, to: string, kind: string): Promise<void> {
    const source = this.node(from);
    await source.hover();
    const handle = await source.locator('.react-flow__handle-right').boundingBox();
    const target = await this.box(to);
    if (!handle) throw new Error(`no handle on ${from}`);
    const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    const end = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
    // As a hand does it: press, pull away from the handle, travel, settle on the target.
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 12, start.y + 6, { steps: 3 });
    await this.page.mouse.move(end.x, end.y, { steps: 15 });
    await this.page.mouse.move(end.x + 2, end.y + 2, { steps: 2 });
    await this.page.mouse.up();
    const popover = this.page.getByRole('dialog', { name: 'Жаңа байланыс' });

    await chooseByTyping(popover.getByLabel('Байланыс түрі'), kind);
    await popover.getByRole('button', { name: 'Байланыстыру' }).click();
    await expect(popover).toBeHidden();
  }

  async chooseView(name: string): Promise<void> {
    await this.toolbar.getByLabel('Сақталған көрініс').click();
    await this.page.getByRole('option', { name }).click();
  }

  async exportAs(item: string) {
    const download = this.page.waitForEvent('download');
    await this.toolbar.getByRole('button', { name: 'Экспорт' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
    return download;
  }
}

/** A fresh workspace from the Akmola model, with its network page open. */
export const openAkmolaNetwork = async (page: Page, url: string): Promise<NetworkPage> => {
  await startFromAkmolaModel(page, url);
  const network = new NetworkPage(page);
  await network.open();
  return network;
};
