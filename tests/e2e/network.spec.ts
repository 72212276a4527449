import fs from 'node:fs';
import { test, expect } from './support/fixtures';
import { startKenes } from './support/kenes-server';
import { chooseByTyping } from './pages/registry';
import { openAkmolaNetwork } from './pages/network';

test('the Akmola network shows the council and every block of Figure 13 as a counted box', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);

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

test('three organisations drawn and linked on the canvas: undo, redo, reload, restart — the same graph', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);
  // The Figure 13 picture: the council, three single bodies, ten blocks, a line to each.
  const nodesBefore = 14;
  const edgesBefore = 13;
  await expect(network.nodes()).toHaveCount(nodesBefore);
  await expect(network.edges()).toHaveCount(edgesBefore);

  // The right-hand corners of the radial picture are empty.
  await network.createAt(-120, 70, '«Шұғыла» ата-аналар қауымдастығы', 'Шұғыла');
  await network.createAt(-120, 230, '«Нұр» ата-аналар кеңесі', 'Нұр');
  await network.createAt(-340, 70, '«Үміт» ата-аналар одағы', 'Үміт');
  await expect(network.nodes()).toHaveCount(nodesBefore + 3);
  await expect(network.node('Шұғыла').locator('.kenes-node-flag')).toHaveText('байланыссыз');

  await network.connect('Шұғыла', 'Нұр', 'ақпарат алмасу');
  await network.connect('Үміт', 'Шұғыла', 'бірлескен');
  await expect(network.edges()).toHaveCount(edgesBefore + 2);
  await expect(network.node('Шұғыла').locator('.kenes-node-flag')).toHaveCount(0);

  // Undo takes back the last link, redo draws it again.
  await page.keyboard.press('Control+z');
  await expect(network.edges()).toHaveCount(edgesBefore + 1);
  await network.redo();
  await expect(network.edges()).toHaveCount(edgesBefore + 2);

  // Positions and links are in the workspace: a reload draws the same graph in the same places.
  const placed = await network.flowPosition('Нұр');
  await page.reload();
  await network.open();
  await expect(network.nodes()).toHaveCount(nodesBefore + 3);
  await expect(network.edges()).toHaveCount(edgesBefore + 2);
  expect(await network.flowPosition('Нұр')).toEqual(placed);

  // Kenes is closed and started again on the same workspace: the undo stack is still there.
  await kenes.stop();
  const restarted = await startKenes(kenes.dataDir);
  try {
    await page.goto(restarted.url);
    await network.open();
    await expect(network.edges()).toHaveCount(edgesBefore + 2);
    await network.undo();
    await expect(network.edges()).toHaveCount(edgesBefore + 1);
  } finally {
    await restarted.stop();
  }
});

test('every layout applies; a district filter is kept in a saved view one can come back to', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);
  for (const layout of [
    'Деңгей бойынша',
    'Түрі бойынша',
    'Аудан бойынша',
    'Модуль бойынша',
    'Кеңесті айнала',
  ]) {
    await network.layout(layout);
    // The layered layouts run elk in a worker, which takes several seconds on a busy two-core runner.
    await expect(page.getByText(`Орналастырылды: ${layout}.`, { exact: false }).last()).toBeVisible({
      timeout: 30_000,
    });
    await expect(network.node('ПМПК – 4')).toBeVisible();
  }

  // A view is the secretary's document: save a copy first, then narrow it down.
  await network.toolbar.getByRole('button', { name: 'Жаңа көрініс ретінде сақтау' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Көрініс атауы').fill('Бурабай ауданы');
  await dialog.getByRole('button', { name: 'Сақтау' }).click();
  await expect(page.getByText('«Бурабай ауданы» көрінісі сақталды.')).toBeVisible();

  await network.side.getByRole('tab', { name: 'Сүзгілер' }).click();
  await chooseByTyping(network.side.getByLabel('Ауданы (қаласы)'), 'Бурабай');
  await page.keyboard.press('Escape');
  await expect(network.node('А(Қ)ББ – 1')).toBeVisible();
  await expect(network.node('А(Қ)ӘК – 1')).toBeVisible();
  await expect(network.node('ПМПК – 4')).toHaveCount(0);
  await expect(page.getByText('Сүзгілер 122 ұйымды жасырып тұр')).toBeVisible();

  await network.chooseView('Негізгі көрініс');
  await expect(network.node('ПМПК – 4')).toBeVisible();
  await network.chooseView('Бурабай ауданы');
  await expect(network.node('А(Қ)ББ – 1')).toBeVisible();
  await expect(network.node('ПМПК – 4')).toHaveCount(0);
});

test.describe('with animations on', () => {
  // The nodes glide to their places here, as on a machine that has not asked for less motion.
  test.use({ reducedMotion: 'no-preference' });

  test('a layout moves the nodes and undo puts them back', async ({ page, kenes }) => {
    const network = await openAkmolaNetwork(page, kenes.url);
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
});

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('the network exports as SVG, PNG and a Kazakh PDF: the whole graph, every organisation named', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);
  // Zoomed in on one corner: the export must still hold everything.
  await page.getByRole('button', { name: 'Үлкейту' }).click();
  await page.getByRole('button', { name: 'Үлкейту' }).click();

  const svg = await network.exportAs('Сызба (SVG)');
  const svgText = fs.readFileSync(await svg.path(), 'utf8');
  const { DOMParser } = await import('@xmldom/xmldom');
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = parsed.documentElement;
  expect(root?.nodeName).toBe('svg');
  const words = Array.from(parsed.getElementsByTagName('text'))
    .map((t) => t.textContent ?? '')
    .join(' ');
  expect(words).toContain('Негізгі көрініс');
  expect(words).toContain('ПМПК – 4');
  expect(words).toContain('Саласы');
  expect(words).toContain('Байланыс түрі');
  // Every organisation of the workspace is named, the ones inside folded blocks included.
  const organisations = await page.evaluate(async () => {
    const response = await fetch('/api/network:load', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem('kenes.token') ?? ''}`,
      },
      body: '{}',
    });
    const result = (await response.json()) as {
      value: { organisations: { shortName: string; nameKk: string }[] };
    };
    return result.value.organisations;
  });
  expect(organisations).toHaveLength(125);
  for (const o of organisations) expect(words, o.nameKk).toContain(o.shortName || o.nameKk);

  // The PNG is the same whole picture, rasterised: same proportions, at least full size.
  const png = await network.exportAs('Сурет (PNG)');
  const pngBytes = fs.readFileSync(await png.path());
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  const size = pngSize(pngBytes);
  const svgWidth = Number(root?.getAttribute('width'));
  const svgHeight = Number(root?.getAttribute('height'));
  expect(size.width).toBeGreaterThanOrEqual(svgWidth);
  expect(Math.abs(size.width / size.height - svgWidth / svgHeight)).toBeLessThan(0.01);
  fs.copyFileSync(await png.path(), test.info().outputPath('network.png'));

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

test('presentation mode on a 1920×1080 projector: the picture alone, Esc brings the tools back', async ({
  page,
  kenes,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const network = await openAkmolaNetwork(page, kenes.url);
  await network.toolbar.getByRole('button', { name: 'Көрсету' }).click();
  await expect(network.toolbar).toBeHidden();
  await expect(page.getByText('← → көріністерді ауыстыру · Esc шығу')).toBeVisible();
  await expect(page.locator('.kenes-handle').first()).toBeHidden();
  await expect(network.node('ПМПК – 4')).toBeVisible();
  await page.waitForTimeout(900); // the fit to the full window glides in
  await page.screenshot({ path: test.info().outputPath('network-presentation-1920.png') });
  await page.keyboard.press('Escape');
  await expect(network.toolbar).toBeVisible();
});

test('search finds an organisation in Russian and every node has an accessible name', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);
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

test('from the keyboard: arrows nudge the selection, Delete asks first and undo brings it back', async ({
  page,
  kenes,
}) => {
  const network = await openAkmolaNetwork(page, kenes.url);

  await network.node('БАИ').click();
  const before = await network.flowPosition('БАИ');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => network.flowPosition('БАИ')).not.toBe(before);
  // The nudges are saved as one step once the keys rest: one undo puts the node back.
  await expect(network.toolbar.getByRole('button', { name: 'Болдырмау' })).toBeEnabled();
  await network.undo();
  await expect.poll(() => network.flowPosition('БАИ')).toBe(before);
  await expect(network.toolbar.getByRole('button', { name: 'Болдырмау' })).toBeDisabled();

  await network.node('БАИ').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: '«БАИ» желіден жойылсын ба?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByText('1 байланыс, ол да суреттен кетеді')).toBeVisible();
  await confirm.getByRole('button', { name: 'Жою' }).click();
  await expect(confirm).toBeHidden();
  await expect(network.node('БАИ')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(network.node('БАИ')).toBeVisible();
});
