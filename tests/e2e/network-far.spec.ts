import { test, expect } from './support/fixtures';
import { openAkmolaNetwork } from './pages/network';

test('a line is selected from the keyboard, shown in the inspector and deleted with Delete after asking', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);
  await expect(network.edges()).toHaveCount(13);
  // A line standing for one link (the blocks' lines stand for several).
  const line = network.edges().and(page.locator('[aria-label$=", 1 байланыс"]')).first();
  await line.focus();
  await page.keyboard.press('Enter');
  await expect(network.side.getByRole('form', { name: 'Таңдалған байланыс' })).toBeVisible();
  await expect(line).toHaveClass(/selected/);

  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: /байланысы жойылсын ба\?$/ });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Жою' }).click();
  await expect(confirm).toBeHidden();
  await expect(network.edges()).toHaveCount(12);
  await page.keyboard.press('Control+z');
  await expect(network.edges()).toHaveCount(13);
});

test('zoomed far out, the network is one picture: a click on a block in it selects the block, and zooming in brings the elements back', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);
  await network.zoomOutToPicture();
  await expect(network.picture()).toHaveAccessibleName(/Ұйымдар: 13, байланыстар: 13\./);
  // The blocks and organisations are in the picture, not elements; the council stays one.
  await expect(network.node('ПМПК – 4')).toBeHidden();
  await expect(page.locator('.react-flow__node-hub')).toBeVisible();
  await expect(network.edges()).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('network-far.png') });

  await page.mouse.click(...(Object.values(await network.spotOf('ПМПК – 4')) as [number, number]));
  // Selected, it is an element again (it can be dragged), and the inspector shows it.
  await expect(network.node('ПМПК – 4')).toBeVisible();
  await expect(network.node('ПМПК – 4')).toHaveClass(/selected/);
  await expect(
    network.side.getByText('Психологиялық-медициналық-педагогикалық консультациялар').first(),
  ).toBeVisible();
  // A click on the empty pane still clears the selection.
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('no canvas');
  await page.mouse.click(pane.x + pane.width - 40, pane.y + 40);
  await expect(network.node('ПМПК – 4')).toBeHidden();

  await network.canvas.getByRole('button', { name: 'Бүкіл желіні сыйғызу' }).click();
  await expect(network.picture()).toBeHidden();
  await expect(network.node('ПМПК – 4')).toBeVisible();
  await expect(network.edges()).toHaveCount(13);
});

test('zoomed far out, an organisation is only in the picture until it is clicked there: then it is a box again, to be dragged', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);
  // Its place on the canvas while its label can still be read.
  const element = page.locator(
    `.react-flow__node[data-id="${await network.node('БАИ').getAttribute('data-id')}"]`,
  );
  const centre = await element.evaluate((n) => {
    const e = n as HTMLElement;
    const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(e.style.transform);
    return {
      x: Number(m?.[1]) + parseFloat(e.style.width) / 2,
      y: Number(m?.[2]) + parseFloat(e.style.height) / 2,
    };
  });
  await network.zoomOutToPicture();
  // Drawn in the picture, its element holds nothing.
  await expect(element.locator('.kenes-node')).toHaveCount(0);

  const pane = await page.locator('.react-flow').boundingBox();
  const view = await page.locator('.react-flow__viewport').evaluate((v) => {
    const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(
      (v as HTMLElement).style.transform,
    );
    return { x: Number(m?.[1]), y: Number(m?.[2]), zoom: Number(m?.[3]) };
  });
  if (!pane) throw new Error('no canvas');
  await page.mouse.click(pane.x + view.x + centre.x * view.zoom, pane.y + view.y + centre.y * view.zoom);
  await expect(element).toHaveClass(/selected/);
  await expect(element.locator('.kenes-node-far')).toBeVisible();
});
