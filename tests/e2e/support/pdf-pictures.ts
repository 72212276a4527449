import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser } from '@playwright/test';

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));

// A made-up origin the test routes itself: the page, pdf.js and the PDF never touch the network.
const ORIGIN = 'http://pdf-pages.test';

const viewer = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#888">
<script type="module">
  import * as pdfjs from '${ORIGIN}/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '${ORIGIN}/pdf.worker.mjs';
  const doc = await pdfjs.getDocument({ url: '${ORIGIN}/document.pdf', isEvalSupported: false }).promise;
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: window.__scale });
    const canvas = document.createElement('canvas');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    canvas.style.display = 'block';
    canvas.style.marginBottom = '8px';
    document.body.append(canvas);
    await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
  }
  document.body.dataset.pages = String(doc.numPages);
</script>`;

/**
 * Turns each page of a PDF into a PNG, drawn by pdf.js in Chromium (poppler is not on CI),
 * so that a person can look at what the export prints. Returns the files written.
 */
export const pdfPagePictures = async (
  browser: Browser,
  pdf: Buffer,
  outputPrefix: string,
  scale = 1,
): Promise<string[]> => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript((s) => ((window as unknown as { __scale: number }).__scale = s), scale);
    await page.route(`${ORIGIN}/**`, (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === '') return route.fulfill({ contentType: 'text/html', body: viewer });
      if (name === 'document.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
      if (name === 'pdf.mjs' || name === 'pdf.worker.mjs')
        return route.fulfill({
          contentType: 'text/javascript',
          body: fs.readFileSync(path.join(pdfjsDir, name)),
        });
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    await page.locator('body[data-pages]').waitFor({ timeout: 30_000 });
    const canvases = page.locator('canvas');
    const files: string[] = [];
    for (let n = 0; n < (await canvases.count()); n += 1) {
      const file = `${outputPrefix}-${n + 1}.png`;
      await canvases.nth(n).screenshot({ path: file });
      files.push(file);
    }
    return files;
  } finally {
    await context.close();
  }
};
