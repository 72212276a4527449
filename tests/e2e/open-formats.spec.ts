import fs from 'node:fs';
import { test, expect } from './support/fixtures';
import { startFromAkmolaModel } from './pages/registry';

test('a secretary saves the workspace as JSON and the network as GEXF and GraphML from Settings', async ({
  page,
  kenes,
}) => {
  await startFromAkmolaModel(page, kenes.url);
  await page.getByRole('link', { name: 'Баптаулар' }).first().click();
  await expect(page.getByRole('heading', { name: 'Ашық форматтар' })).toBeVisible();

  const saveAs = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const saved = await download;
    const file = test.info().outputPath(saved.suggestedFilename());
    await saved.saveAs(file);
    return { name: saved.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
  };

  const json = await saveAs('Жұмыс кеңістігі (JSON)');
  expect(json.name).toMatch(/^kenes-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(json.text) as { format: string; organisations: unknown[] };
  expect(doc.format).toBe('kenes-workspace');
  expect(doc.organisations.length).toBeGreaterThan(20);
  await expect(page.getByText(`${json.name} сақталды.`)).toBeVisible();

  const gexf = await saveAs('Желі (GEXF)');
  expect(gexf.name).toMatch(/\.gexf$/);
  expect(gexf.text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
  expect(gexf.text).toContain('Үйлестіру');

  const graphml = await saveAs('Желі (GraphML)');
  expect(graphml.name).toMatch(/\.graphml$/);
  expect(graphml.text).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
  await page.getByRole('heading', { name: 'Ашық форматтар' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('open-formats-kk.png') });
});
