import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it } from 'vitest';
import { renderNetworkSvg } from '../../../src/shared/network-export';
import type { NetworkPdf } from '../../../src/shared/api/exports';
import { pdfFileName } from '../../../src/main/exports/network-pdf';
import { resolveFontsDir } from '../../../src/main/exports/pdf';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transport/http';
import { readSettings } from '../../../src/main/services/settings';
import { openTestWorkspace, tempDir } from '../../helpers/workspace';
import { akmolaScene, KAZAKH_LETTERS, largeScene } from '../../helpers/export-scene';

const POINTS = { A4: [841.89, 595.28], A3: [1190.55, 841.89] } as const;

const open = (pdf: NetworkPdf): Promise<PDFDocumentProxy> =>
  getDocument({
    data: new Uint8Array(Buffer.from(pdf.base64, 'base64')),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;

/** The page's text as a reader would copy it: runs joined, line ends as spaces. */
const pageText = async (doc: PDFDocumentProxy): Promise<string> => {
  const content = await (await doc.getPage(1)).getTextContent();
  return content.items
    .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
    .join('')
    .replace(/\s+/g, ' ');
};

const svgOfAkmola = () => renderNetworkSvg(akmolaScene()).svg;

/** A real 1×1 PNG, so PDFKit would happily embed it if it were allowed to read it. */
const writePng = (file: string): void => {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(8 + data.length + 4);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bits per sample
  header[9] = 2; // RGB
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
};

describe('exports:networkPdf', () => {
  it.each(['A4', 'A3'] as const)(
    'puts the picture on one landscape %s page, Kazakh letters intact',
    async (paper) => {
      const t = openTestWorkspace();
      const scene = akmolaScene();
      const result = t.api.exports.networkPdf({ svg: svgOfAkmola(), paper, title: scene.title });
      const doc = await open(result);
      expect(doc.numPages).toBe(1);
      const page = await doc.getPage(1);
      const [, , width, height] = page.view;
      expect(width).toBeCloseTo(POINTS[paper][0], 1);
      expect(height).toBeCloseTo(POINTS[paper][1], 1);
      const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
      expect(info.Title).toBe(scene.title);
      const text = await pageText(doc);
      expect(text).toContain(scene.title);
      expect(text).toContain(KAZAKH_LETTERS);
      expect(text).toContain('ПМПК – 4');
      expect(text).toContain('Ақмола облысы');
      for (const section of scene.legend) {
        expect(text).toContain(section.title);
        for (const item of section.items) expect(text).toContain(item.label);
      }
      expect(result.fileName).toBe(`${scene.title}.pdf`);
      await doc.destroy();
    },
  );

  it('embeds DejaVu Sans rather than relying on a viewer font', () => {
    const t = openTestWorkspace();
    const result = t.api.exports.networkPdf({ svg: svgOfAkmola(), paper: 'A4', title: 'Желі' });
    const bytes = Buffer.from(result.base64, 'base64').toString('latin1');
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(bytes).toContain('/FontFile2');
    expect(bytes).not.toContain('/Helvetica');
  });

  it('refuses what is not an SVG picture, in the user’s language', () => {
    const t = openTestWorkspace();
    expect(t.fail('exports:networkPdf', { svg: '<html></html>', paper: 'A4', title: 'Желі' }).code).toBe(
      'validation',
    );
    expect(t.fail('exports:networkPdf', { svg: svgOfAkmola(), paper: 'Letter', title: 'Желі' }).code).toBe(
      'validation',
    );
    expect(t.fail('exports:networkPdf', { svg: svgOfAkmola(), paper: 'A4', title: '  ' }).code).toBe(
      'validation',
    );
    const broken = t.fail('exports:networkPdf', {
      svg: '<svg><g><text>Ақмола</svg>',
      paper: 'A4',
      title: 'Желі',
    });
    expect(broken.code).toBe('validation');
    expect(broken.message).toBe('Пішімі дұрыс емес.');
    expect(t.internalErrors).toEqual([]);
  });

  it('never reads a file from disk that the SVG names', async () => {
    const t = openTestWorkspace();
    const png = path.join(tempDir(), 'secret.png');
    writePng(png);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><image href="${png}" x="0" y="0" width="100" height="100"/><use href="${png}#x"/></svg>`;
    const doc = await open(t.api.exports.networkPdf({ svg, paper: 'A4', title: 'Желі' }));
    const operators = await (await doc.getPage(1)).getOperatorList();
    expect(operators.fnArray).not.toContain(OPS.paintImageXObject);
    await doc.destroy();
  });

  it('names the file after the title without characters file systems refuse', () => {
    expect(pdfFileName('Ақмола: кеңес / желі?')).toBe('Ақмола кеңес желі.pdf');
    expect(pdfFileName('a\u0000b<>|*"c...')).toBe('a b c.pdf');
    expect(pdfFileName('???')).toBe('Kenes.pdf');
  });

  it('finds the fonts in resources/fonts', () => {
    const dir = resolveFontsDir();
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE-DejaVu.txt'])
      expect(fs.existsSync(path.join(dir, file)), file).toBe(true);
  });
});

describe('a 2,000-organisation network through the browser-mode transport', () => {
  let server: HttpTransport | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('fits the default request limit and comes back as a PDF', { timeout: 120_000 }, async () => {
    const t = openTestWorkspace();
    // The transport's own defaults: this is the limit a user meets.
    server = await startHttpTransport({
      dispatch: t.dispatch,
      language: () => readSettings(t.ctx.db).language,
    });
    const { svg } = renderNetworkSvg(largeScene(2000));
    const body = JSON.stringify({ svg, paper: 'A3', title: 'Ақмола облысы — желі' });
    const reply = await fetch(`http://127.0.0.1:${server.port}/api/exports:networkPdf`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body,
    });
    expect(reply.status).toBe(200);
    const result = (await reply.json()) as { ok: true; value: NetworkPdf };
    const doc = await open(result.value);
    const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
    expect(info.Title).toBe('Ақмола облысы — желі');
    // Checked without toContain: a failure would print the whole page's text.
    const text = await pageText(doc);
    expect(text.includes('Көкшетау қаласы №2000 жалпы білім беретін')).toBe(true);
    expect(text.includes('Байланыс түрлері')).toBe(true);
    await doc.destroy();
  });
});
