import { test, expect } from './support/fixtures';
import { callKenes } from './support/api';
import { NetworkPage } from './pages/network';
import type { Page } from '@playwright/test';
import type { KenesServer } from './support/kenes-server';

/** More lines than the canvas keeps as elements (LINE_PICTURE_LIMIT, 300). */
const CLUSTER = 26;
/** Each school linked to every other: 325 lines. */
const CLUSTER_LINES = (CLUSTER * (CLUSTER - 1)) / 2;

/**
 * A workspace whose network has more lines than the canvas keeps as elements: a cluster
 * of 26 schools, each linked to every other, at the top, and two bodies below it with one
 * link between them, across an empty strip, so that line can be pointed at on its own.
 */
const seedLargeNetwork = async (kenes: KenesServer): Promise<void> => {
  await callKenes(kenes, 'workspace:initialise', { template: 'empty', councilName: 'Сынақ кеңесі' });
  const school = (name: string) => ({ nameKk: name, typeCode: 'EDU.SCHOOL', level: 'organisation' });
  const names = [...Array.from({ length: CLUSTER }, (_, i) => `Мектеп ${i + 1}`), 'Сол жақ', 'Оң жақ'];
  const { ids } = await callKenes<{ ids: string[] }>(kenes, 'organisations:createMany', {
    items: names.map(school),
  });
  const links = [];
  for (let a = 0; a < CLUSTER; a++)
    for (let b = a + 1; b < CLUSTER; b++)
      links.push({ sourceId: ids[a], targetId: ids[b], kind: 'joint_actions' });
  links.push({ sourceId: ids[CLUSTER], targetId: ids[CLUSTER + 1], kind: 'information_exchange' });
  await callKenes(kenes, 'links:createMany', { items: links });

  const [view] = await callKenes<{ id: string }[]>(kenes, 'views:list');
  const positions = Object.fromEntries(
    ids.map((id, i) => [
      id,
      i < CLUSTER
        ? { x: (i % 7) * 240, y: Math.floor(i / 7) * 140 }
        : { x: i === CLUSTER ? 0 : 1440, y: 1000 },
    ]),
  );
  await callKenes(kenes, 'views:movePositions', { id: view?.id, positions });
};

/** Kenes on that workspace, on its network page. */
const openLargeNetwork = async (page: Page, kenes: KenesServer): Promise<NetworkPage> => {
  await seedLargeNetwork(kenes);
  await page.goto(kenes.url);
  const network = new NetworkPage(page);
  await network.open();
  return network;
};

test('a large network draws its lines as one picture close up: a line in it is pointed at, selected, inspected and deleted', async ({
  page,
  kenes,
}) => {
  const network = await openLargeNetwork(page, kenes);
  const picture = page.locator('.kenes-line-picture');
  await expect(picture).toHaveAttribute('data-lines', String(CLUSTER_LINES + 1));
  // Close up (not the far picture), and no line is an element.
  await expect(network.node('Мектеп 1')).toBeVisible();
  await expect(network.edges()).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('network-lines.png') });

  // The middle of the one line across the empty strip.
  const left = await network.box('Сол жақ');
  const right = await network.box('Оң жақ');
  const onLine = { x: (left.x + left.width + right.x) / 2, y: left.y + left.height / 2 };
  const wrapper = page.locator('.kenes-canvas');
  await page.mouse.move(onLine.x, onLine.y + 40);
  await expect(wrapper).not.toHaveClass(/is-over-line/);
  await page.mouse.move(onLine.x, onLine.y);
  await expect(wrapper).toHaveClass(/is-over-line/);

  // A double-click on it does not make a new organisation there.
  await page.mouse.dblclick(onLine.x, onLine.y);
  await page.mouse.click(onLine.x, onLine.y);
  const inspector = network.side.getByRole('form', { name: 'Таңдалған байланыс' });
  await expect(inspector).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(inspector.getByText('Сол жақ')).toBeVisible();
  // Selected, the line is an element again, drawn over the picture, which leaves it out.
  await expect(network.edges()).toHaveCount(1);
  await expect(network.edges()).toHaveClass(/selected/);
  await expect(picture).toHaveAttribute('data-lines', String(CLUSTER_LINES));

  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: /байланысы жойылсын ба\?$/ });
  await confirm.getByRole('button', { name: 'Жою' }).click();
  await expect(confirm).toBeHidden();
  await expect(network.edges()).toHaveCount(0);
  await page.mouse.move(onLine.x, onLine.y + 1);
  await expect(wrapper).not.toHaveClass(/is-over-line/);

  // A click on the empty pane clears a selection, and the line goes back into the picture.
  await network.undo();
  await expect(picture).toHaveAttribute('data-lines', String(CLUSTER_LINES + 1));
  await page.mouse.click(onLine.x, onLine.y);
  await expect(network.edges()).toHaveCount(1);
  await page.mouse.click(onLine.x, onLine.y + 60);
  await expect(network.edges()).toHaveCount(0);
  await expect(inspector).toBeHidden();
});

test('zoomed in on a large network only what is in view is drawn, and fitting the view frames every organisation', async ({
  page,
  kenes,
}) => {
  const network = await openLargeNetwork(page, kenes);
  await expect(network.nodes()).toHaveCount(CLUSTER + 3); // the council, the cluster and the two below
  const zoomIn = network.canvas.getByRole('button', { name: 'Үлкейту' });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  // Close up, the organisations out of view are not elements; the lines in view are still drawn.
  await expect(network.node('Оң жақ')).toHaveCount(0);
  await expect.poll(() => network.nodes().count()).toBeLessThan(CLUSTER);
  await expect
    .poll(async () => Number(await page.locator('.kenes-line-picture').getAttribute('data-drawn')))
    .toBeGreaterThan(0);

  // Organisations never drawn are framed too: their size is known without drawing them.
  await network.canvas.getByRole('button', { name: 'Бүкіл желіні сыйғызу' }).click();
  await expect(network.node('Оң жақ')).toBeInViewport();
  await expect(network.node('Сол жақ')).toBeInViewport();
  await expect(network.node('Мектеп 1')).toBeInViewport();
});
