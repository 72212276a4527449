import { PDF_FONT, createPdf, finishPdf } from '../pdf';
import type { Block, Span } from './blocks';

/**
 * A4 with the office margins of the DOCX (30 mm left for the binding, 15 mm right, 20 mm top
 * and bottom) in points. DejaVu Sans, the font with every Kazakh letter, runs wider than
 * Times New Roman, so 12 pt here sets about as much on a line as 14 pt does in the DOCX.
 */
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const SIZE = 12;
const GAP = 2; // extra points between lines
const INDENT = 12.5 * MM;
const HANG = 8 * MM;
const SPACE = 6;

type Doc = PDFKit.PDFDocument;

const width = (doc: Doc): number => doc.page.width - MARGIN.left - MARGIN.right;
const bottom = (doc: Doc): number => doc.page.height - MARGIN.bottom;

/** Starts a new page when `height` points will not fit on this one. */
const ensureRoom = (doc: Doc, height: number): void => {
  if (doc.y + height > bottom(doc)) doc.addPage();
};

const lineHeight = (doc: Doc): number => doc.currentLineHeight(true) + GAP;

/** Writes the spans as one paragraph, switching between regular and bold within it. */
const spans = (
  doc: Doc,
  parts: Span[],
  x: number,
  options: { width: number; indent?: number; align?: 'justify' | 'left' | 'center' },
): void => {
  const list = parts.filter((p) => p.text !== '');
  list.forEach((part, i) => {
    doc.font(part.bold ? PDF_FONT.bold : PDF_FONT.regular);
    const more = i < list.length - 1;
    const opts = { lineGap: GAP, continued: more, align: options.align ?? 'justify', indent: options.indent };
    if (i === 0) doc.text(part.text, x, doc.y, { ...opts, width: options.width });
    else doc.text(part.text, opts);
  });
  doc.font(PDF_FONT.regular);
};

/** The page number at the foot of each page, centred, drawn in the bottom margin. */
const numberPage = (doc: Doc, n: number): void => {
  const { x, y } = doc;
  const margin = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font(PDF_FONT.regular).fontSize(10);
  doc.text(String(n), MARGIN.left, doc.page.height - MARGIN.bottom / 2 - 5, {
    width: width(doc),
    align: 'center',
    lineBreak: false,
  });
  doc.page.margins.bottom = margin;
  doc.fontSize(SIZE);
  doc.x = x;
  doc.y = y;
};

/** Lines of space above the signatures, and from one signature to the next. */
const SIGNATURE_GAP = 2.5;
const SIGNATURE_ROW = 2.5;
const signaturesHeight = (line: number, rows: number): number =>
  (SIGNATURE_GAP + rows * SIGNATURE_ROW) * line;

const drawBlock = (doc: Doc, b: Block, next: Block | undefined): void => {
  const w = width(doc);
  const line = lineHeight(doc);
  switch (b.type) {
    case 'title': {
      doc.font(PDF_FONT.bold);
      const h = doc.heightOfString(b.text, { width: w, lineGap: GAP });
      ensureRoom(doc, h + 4 * line);
      doc.text(b.text, MARGIN.left, doc.y, { width: w, align: 'center', lineGap: GAP });
      doc.font(PDF_FONT.regular);
      doc.y += b.spaceAfter / 20;
      return;
    }
    case 'split': {
      const left = w * b.leftShare;
      const top = doc.y;
      doc.text(b.left, MARGIN.left, top, { width: left - 6, lineGap: GAP });
      const leftEnd = doc.y;
      doc.text(b.right, MARGIN.left + left + 6, top, { width: w - left - 6, align: 'right', lineGap: GAP });
      doc.y = Math.max(leftEnd, doc.y);
      return;
    }
    case 'para':
    case 'list': {
      const list = b.type === 'list';
      // List lines and what stands under them are ragged right, as in the DOCX.
      const hung = list || b.under === true;
      const x = hung ? MARGIN.left + HANG : MARGIN.left;
      const textWidth = hung ? w - HANG : w;
      const indent = b.type === 'para' && b.indent && !b.under ? INDENT : 0;
      if (b.type === 'para' && b.spaceBefore) doc.y += SPACE;
      // A label or a heading is never the last line of a page: it goes with the next lines.
      // (PDFKit breaks long paragraphs across pages itself; measuring each one first would
      // lay every line out twice.) The last paragraph goes with the signatures, whole.
      if (next?.type === 'signatures') {
        const h = doc.heightOfString(b.spans.map((p) => p.text).join(''), {
          width: textWidth,
          indent,
          lineGap: GAP,
        });
        ensureRoom(doc, h + signaturesHeight(line, next.rows.length));
      } else ensureRoom(doc, b.keepNext && next ? 3 * line : 2 * line);
      if (list) {
        const top = doc.y;
        doc.text(b.number, MARGIN.left, top, { width: HANG, lineBreak: false });
        doc.y = top;
      }
      spans(doc, b.spans, x, { width: textWidth, indent, align: hung ? 'left' : 'justify' });
      return;
    }
    case 'signatures': {
      ensureRoom(doc, signaturesHeight(line, b.rows.length));
      doc.y += SIGNATURE_GAP * line;
      for (const row of b.rows) {
        const top = doc.y;
        doc.font(PDF_FONT.bold).text(row.role, MARGIN.left, top, { width: w * 0.3, lineBreak: false });
        doc.font(PDF_FONT.regular).text('____________________', MARGIN.left + w * 0.3, top, {
          width: w * 0.35,
          align: 'center',
          lineBreak: false,
        });
        doc.font(PDF_FONT.bold).text(row.name, MARGIN.left + w * 0.65, top, {
          width: w * 0.35,
          align: 'right',
          lineBreak: false,
        });
        doc.font(PDF_FONT.regular);
        doc.x = MARGIN.left;
        doc.y = top + SIGNATURE_ROW * line;
      }
      return;
    }
    case 'heading': {
      doc.y += 2 * line;
      ensureRoom(doc, 4 * line);
      doc.font(PDF_FONT.bold).text(b.text, MARGIN.left, doc.y, { width: w, align: 'center', lineGap: GAP });
      doc.font(PDF_FONT.regular);
      doc.y += SPACE;
      return;
    }
  }
};

/** The minutes as PDF bytes: the same blocks as the DOCX, drawn with the embedded DejaVu fonts. */
export const minutesPdfBytes = (title: string, blocks: Block[]): Buffer => {
  const doc = createPdf({ title, paper: 'A4', layout: 'portrait' });
  doc.page.margins = { ...MARGIN };
  let pages = 1;
  doc.on('pageAdded', () => {
    pages += 1;
    doc.page.margins = { ...MARGIN };
    numberPage(doc, pages);
    doc.x = MARGIN.left;
    doc.y = MARGIN.top;
  });
  doc.fontSize(SIZE);
  numberPage(doc, 1);
  doc.x = MARGIN.left;
  doc.y = MARGIN.top;
  blocks.forEach((b, i) => drawBlock(doc, b, blocks[i + 1]));
  return finishPdf(doc);
};
