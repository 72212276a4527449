import { createRequire } from 'node:module';
import path from 'node:path';
import { findShippedDir } from '../resourceDir';

/**
 * PDF documents with a font that has every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І): PDF's
 * built-in fonts cover Latin only, so every Kenes PDF (the network picture, later the
 * minutes) embeds DejaVu Sans from resources/fonts, subset to the glyphs it uses.
 */

/** Names the fonts are registered under in every document. */
export const PDF_FONT = { regular: 'Kenes', bold: 'Kenes-Bold' } as const;

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export interface PdfFonts {
  regular: string;
  bold: string;
}

/** Finds resources/fonts, shipped beside the app (see findShippedDir). */
export const resolveFontsDir = (): string =>
  findShippedDir({
    envVar: 'KENES_FONTS_DIR',
    packagedName: 'fonts',
    checkoutPath: ['resources', 'fonts'],
    marker: FONT_FILES.regular,
  });

// PDFKit takes about a quarter of a second to load: required on the first export,
// not imported, so it never slows the app's start. (Synchronously, as handlers run.)
let pdfKit: PDFKit.PDFDocument | undefined;
const loadPdfKit = (): PDFKit.PDFDocument =>
  (pdfKit ??= createRequire(import.meta.url)('pdfkit') as PDFKit.PDFDocument);

let fonts: PdfFonts | undefined;

export const pdfFonts = (): PdfFonts => {
  if (!fonts) {
    const dir = resolveFontsDir();
    fonts = { regular: path.join(dir, FONT_FILES.regular), bold: path.join(dir, FONT_FILES.bold) };
  }
  return fonts;
};

export type Paper = 'A4' | 'A3';

export interface PdfOptions {
  title: string;
  paper: Paper;
  layout: 'portrait' | 'landscape';
  /** Page margin in points (1 pt = 1/72 in); 28 pt is about a centimetre. */
  margin?: number;
}

/**
 * A new document with the Kazakh-capable fonts registered and selected, the title in
 * its metadata (shown by viewers instead of the file name) and one empty page.
 */
export const createPdf = (options: PdfOptions): PDFKit.PDFDocument => {
  const { regular, bold } = pdfFonts();
  const PDFDocument = loadPdfKit();
  const doc = new PDFDocument({
    size: options.paper,
    layout: options.layout,
    margin: options.margin ?? 28,
    // No built-in font at all (the default is Helvetica, which has no Cyrillic). Not our
    // font's path either: PDFKit would then cache it under the path, and every later
    // font('Kenes') — one per SVG text — would parse the TrueType file again.
    font: null as unknown as string,
    info: { Title: options.title, Creator: 'Kenes', Producer: 'Kenes' },
    displayTitle: true,
    pdfVersion: '1.7',
  });
  doc.registerFont(PDF_FONT.regular, regular);
  doc.registerFont(PDF_FONT.bold, bold);
  doc.font(PDF_FONT.regular);
  return doc;
};

/**
 * Ends the document and returns its bytes. Synchronous on purpose: API handlers run
 * synchronously, and PDFKit writes everything during end(). Nobody consumes the stream
 * meanwhile, so every chunk is still in its buffer and read() hands them over.
 */
export const finishPdf = (doc: PDFKit.PDFDocument): Buffer => {
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  // A PDF ends with its trailer; without it the bytes were not all there.
  if (!bytes.subarray(-16).toString('latin1').includes('%%EOF')) throw new Error('PDF output incomplete');
  return bytes;
};
