import fs from 'node:fs';
import { test, expect } from './support/fixtures';
import { startKenes } from './support/kenes-server';
import { chooseByTyping, startFromAkmolaModel } from './pages/registry';
import { NetworkPage } from './pages/network';

test('the Akmola network shows the council and every block of Figure 13 as a counted box', async ({
  page,
  kenes,
}) => {
  await startFromAkmolaModel(page, kenes.url);
  const network = new NetworkPage(page);
  await network.open();

  for (const box of [
    'А(Қ)ББ – 19',
    'А(Қ)ӘК – 19',
    'ОТМИ – 5',
    'ПМПК – 4',
    'ППТК – 20',
    'ТжКББҰ – 6',
    'МДБҰ – 20',
    'ОББҰ – 24',
    'ЖОО – 2',
    'Педагогикалық колледждер – 2',
  ])
    await expect(network.node(box)).toBeVisible();
  await expect(network.node('ББ')).toBeVisible();
  await expect(page.locator('.react-flow__node-hub')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('network-akmola.png') });

  // The block opens into its four organisations and folds back.
  await page.getByRole('button', { name: 'ПМПК – 4 ашу' }).click();
  for (const n of [1, 2, 3, 4]) await expect(network.node(`ПМПК №${n}`)).toBeVisible();
  await expect(network.node('ПМПК – 4')).toHaveCount(0);
  await page
    .getByRole('button', {
      name: 'Психологиялық-медициналық-педагогикалық консультациялар бір қорапқа жинау',
    })
    .click();
  await expect(network.node('ПМПК – 4')).toBeVisible();
});

test('an organisation added on the canvas can be undone and redone, and undo survives a restart', async ({
  page,
  kenes,
}) => {
  await startFromAkmolaModel(page, kenes.url);
  const network = new NetworkPage(page);
  await network.open();
  const before = await network.nodes().count();

  // Double-click on empty space opens the registry's own form.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  // The top-right corner of the radial picture is empty.
  await page.mouse.dblclick(pane.x + pane.width - 80, pane.y + 60);
  const form = page.getByRole('dialog', { name: 'Жаңа ұйым' });
  await form.getByLabel('Атауы (қазақша)').fill('«Шұғыла» ата-аналар қауымдастығы');
  await form.getByLabel('Қысқаша атауы').fill('Шұғыла');
  await chooseByTyping(form.getByLabel('Түрі'), 'ата-аналар');
  await form.getByRole('button', { name: 'Сақтау' }).click();
  await expect(form).toBeHidden();
  await expect(network.node('Шұғыла')).toBeVisible();
  await expect(network.nodes()).toHaveCount(before + 1);

  await page.keyboard.press('Control+z');
  await expect(network.node('Шұғыла')).toHaveCount(0);
  await network.redo();
  await expect(network.node('Шұғыла')).toBeVisible();

  // Kenes is closed and started again on the same workspace: the undo is still there.
  await kenes.stop();
  const again = await startKenes(kenes.dataDir);
  try {
    await page.goto(again.url);
    await network.open();
    await expect(network.node('Шұғыла')).toBeVisible();
    await network.undo();
    await expect(network.node('Шұғыла')).toHaveCount(0);
  } finally {
    await again.stop();
  }
});

test('dragging from one organisation to another links them with the chosen kind', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const network = new NetworkPage(page);
  await network.open();
  const edgesBefore = await network.edges().count();

  const from = network.node('ББ');
  await from.hover();
  const handle = await from.locator('.react-flow__handle-right').boundingBox();
  const target = await network.box('БАИ');
  if (!handle) throw new Error('no handle');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();

  const popover = page.getByRole('dialog', { name: 'Жаңа байланыс' });
  await expect(popover).toBeVisible();
  await chooseByTyping(popover.getByLabel('Байланыс түрі'), 'ақпарат алмасу');
  await popover.getByRole('button', { name: 'Байланыстыру' }).click();
  await expect(network.edges()).toHaveCount(edgesBefore + 1);

  // The new line can be selected and its kind is in the inspector.
  await page.getByRole('navigation').getByText('Ұйымдар', { exact: true }).click();
  await page.getByRole('navigation').getByText('Желі', { exact: true }).click();
  await expect(network.edges()).toHaveCount(edgesBefore + 1);
});

test('a layout moves the nodes and undo puts them back', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const network = new NetworkPage(page);
  await network.open();
  const fitted = page.getByRole('button', { name: 'Бүкіл желіні сыйғызу' });
  // Where the ПМПК box stands once the whole picture is fitted to the window, to the
  // nearest 4 px: saved positions are whole units, computed ones are not.
  const where = async () => {
    await fitted.click();
    await page.waitForTimeout(700);
    const box = await network.box('ПМПК – 4');
    return { x: Math.round(box.x / 4), y: Math.round(box.y / 4) };
  };
  const start = await where();
  await network.layout('Деңгей бойынша');
  await expect(page.getByText('Орналастырылды: Деңгей бойынша', { exact: false })).toBeVisible();
  const layered = await where();
  expect(layered).not.toEqual(start);
  await network.undo();
  await expect.poll(where).toEqual(start);
});

test('the network exports as SVG and as a Kazakh PDF with title and legend', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const network = new NetworkPage(page);
  await network.open();

  const svg = await network.exportAs('Сызба (SVG)');
  const svgText = fs.readFileSync(await svg.path(), 'utf8');
  const { DOMParser } = await import('@xmldom/xmldom');
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  expect(parsed.documentElement?.nodeName).toBe('svg');
  expect(svgText).toContain('Негізгі көрініс');
  expect(svgText).toContain('ПМПК – 4');
  expect(svgText).toContain('Саласы');
  expect(svgText).toContain('Байланыс түрі');

  const pdf = await network.exportAs('PDF, A4 альбомдық');
  const bytes = fs.readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pageOne = await doc.getPage(1);
  const [, , width, height] = pageOne.view;
  expect(width).toBeGreaterThan(height ?? 0);
  const text = (await pageOne.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  expect(text).toContain('Негізгі көрініс');
  expect(text).toMatch(/Үйлестіру кеңесі|үйлестіру кеңесі/);
  fs.copyFileSync(await pdf.path(), test.info().outputPath('network-a4.pdf'));
});

test('presentation mode hides the editing tools and Esc brings them back', async ({ page, kenes }) => {
  await startFromAkmolaModel(page, kenes.url);
  const network = new NetworkPage(page);
  await network.open();
  await network.toolbar.getByRole('button', { name: 'Көрсету' }).click();
  await expect(network.toolbar).toBeHidden();
  await expect(page.getByText('← → көріністерді ауыстыру · Esc шығу')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('network-presentation.png') });
  await page.keyboard.press('Escape');
  await expect(network.toolbar).toBeVisible();
});

test('search finds an organisation in Russian and every node has an accessible name', async ({
  page,
  kenes,
}) => {
  await startFromAkmolaModel(page, kenes.url);
  const network = new NetworkPage(page);
  await network.open();
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Желіден іздеу')).toBeFocused();
  await page.getByLabel('Желіден іздеу').fill('управление образования');
  await expect(page.locator('.kenes-node.is-match')).toHaveCount(1);
  await expect(page.getByText('1 табылды')).toBeVisible();

  const names = await network
    .nodes()
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  expect(names.every((n) => n.length > 0)).toBe(true);
});
