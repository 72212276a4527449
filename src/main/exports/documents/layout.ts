import {
  LineRuleType,
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HighlightColor,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip as mm,
  type FileChild,
} from 'docx';
import type { DocumentLanguage } from '../../../shared/api/exports';
import { BLANK } from './text';

/**
 * The typography of an official paper as councils print them: A4, Times New Roman 14 pt
 * justified with a 1.25 cm first-line indent, numbered sections, 12 pt tables, the page
 * number at the foot. Margins follow the usual office rule: 30 mm left for the binding.
 */
const FONT = 'Times New Roman';
const BODY = 28; // half-points
const SMALL = 24;
const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** The text area of a landscape page (packDocument's `landscape`), in twips. */
export const LANDSCAPE_TEXT = {
  width: A4.height - MARGIN.left - MARGIN.right,
  height: A4.width - MARGIN.top - MARGIN.bottom,
};
const INDENT = mm(12.5);

const LANGUAGE_TAG: Record<DocumentLanguage, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

interface RunStyle {
  bold?: boolean;
  size?: number;
}

/** Text split into runs so that every […] field to fill in stands out, highlighted. */
const runs = (text: string, style: RunStyle = {}): TextRun[] =>
  text
    .split(/(\[…\])/)
    .filter((part) => part !== '')
    .map(
      (part) =>
        new TextRun({
          text: part,
          bold: style.bold,
          size: style.size,
          highlight: part === BLANK ? HighlightColor.YELLOW : undefined,
        }),
    );

/** The document's name: centred capitals, kept with what follows. */
export const title = (text: string, spaceAfter = 0): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { after: spaceAfter },
    children: runs(text, { bold: true }),
  });

export const centred = (text: string, spaceAfter = 0): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { after: spaceAfter },
    children: runs(text),
  });

/** A section heading; never left alone at the foot of a page. */
export const heading = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    spacing: { before: 240, after: 120 },
    children: runs(text, { bold: true }),
  });

export const body = (text: string, options: { keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    keepNext: options.keepNext,
    children: runs(text),
  });

export const blankLine = (): Paragraph => new Paragraph({ children: [] });

/** A block in the right half of the page: the approval stamp, an annex's label. */
export const rightBlock = (
  lines: string[],
  options: { boldFirst?: boolean; spaceAfter?: number; newPage?: boolean } = {},
): Paragraph[] =>
  lines.map(
    (line, i) =>
      new Paragraph({
        pageBreakBefore: options.newPage === true && i === 0,
        indent: { left: Math.round(TEXT_WIDTH / 2) },
        spacing: { after: i === lines.length - 1 ? (options.spaceAfter ?? 240) : 0 },
        children: runs(line, { bold: options.boldFirst === true && i === 0 }),
      }),
  );

const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

const cell = (
  children: Paragraph[],
  width: number,
  options: { header?: boolean; margins?: typeof CELL_MARGINS } = {},
): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: options.margins ?? CELL_MARGINS,
    children,
  });

/** Borderless tables only place text: their outer edges line up with the body's margins. */
const flushLeft = { ...CELL_MARGINS, left: 0 };
const flushRight = { ...CELL_MARGINS, right: 0 };

/** Two texts on one line at the page's edges: the place on the left, the date on the right. */
export const placeAndDate = (place: string, date: string): Table => {
  const half = Math.floor(TEXT_WIDTH / 2);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell([new Paragraph({ children: runs(place) })], half, { margins: flushLeft }),
          cell([new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(date) })], TEXT_WIDTH - half, {
            margins: flushRight,
          }),
        ],
      }),
    ],
  });
};

export interface SignatureParty {
  name: string;
  headLabel: string;
  head: string;
  seal: string;
}

/**
 * The signature block: two parties a row, each with its name, its head, a line to sign
 * on and the place for the seal. The head's full name has a line of its own, so a long
 * Kazakh name never breaks under the signature line. A row never breaks across pages,
 * so no party's signature is parted from its name.
 */
export const signatureTable = (parties: SignatureParty[]): Table => {
  const half = Math.floor(TEXT_WIDTH / 2);
  const widths = [half, TEXT_WIDTH - half];
  const block = (p: SignatureParty | undefined, width: number, margins: typeof CELL_MARGINS): TableCell =>
    cell(
      p
        ? [
            new Paragraph({ keepNext: true, children: runs(p.name, { bold: true }) }),
            new Paragraph({ keepNext: true, spacing: { before: 120 }, children: runs(p.headLabel) }),
            new Paragraph({ keepNext: true, children: runs(p.head || BLANK) }),
            new Paragraph({
              keepNext: true,
              spacing: { before: 360 },
              children: [new TextRun('______________________')],
            }),
            new Paragraph({ spacing: { before: 120, after: 360 }, children: runs(p.seal) }),
          ]
        : [new Paragraph({ children: [] })],
      width,
      { margins },
    );
  const rows: TableRow[] = [];
  for (let i = 0; i < parties.length; i += 2) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          block(parties[i], widths[0]!, { ...flushLeft, right: 240 }),
          block(parties[i + 1], widths[1]!, { ...CELL_MARGINS, left: 240 }),
        ],
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });
};

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A ruled table in 12 pt: the header row repeats on every page. `weights` share the
 * text width between the columns; `centre` marks columns of numbers.
 */
export const gridTable = (
  header: string[],
  rows: string[][],
  weights: number[],
  centre: boolean[] = [],
): Table => {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const line = (values: string[], isHeader: boolean): TableRow =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: values.map((value, i) =>
        cell(
          value.split('\n').map(
            (text) =>
              new Paragraph({
                alignment: isHeader || centre[i] ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: runs(text, { bold: isHeader, size: SMALL }),
              }),
          ),
          widths[i]!,
          { header: isHeader },
        ),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [line(header, true), ...rows.map((r) => line(r, false))],
  });
};

/**
 * Numbers the paragraphs of a legal text: "3." for sections, "3.2." for clauses and
 * "3.2.1." for the items under a clause, so the builders only say what comes next.
 */
export class Outline {
  readonly children: FileChild[] = [];
  private section = 0;
  private clauseNo = 0;
  private itemNo = 0;

  heading(text: string): void {
    this.section += 1;
    this.clauseNo = 0;
    this.children.push(heading(`${this.section}. ${text}`));
  }

  clause(text: string, options: { keepNext?: boolean } = {}): void {
    this.clauseNo += 1;
    this.itemNo = 0;
    this.children.push(body(`${this.section}.${this.clauseNo}. ${text}`, options));
  }

  item(text: string): void {
    this.itemNo += 1;
    this.children.push(body(`${this.section}.${this.clauseNo}.${this.itemNo}. ${text}`));
  }

  /** A paragraph without a number: list lines, continuations of a clause. */
  plain(text: string): void {
    this.children.push(body(text));
  }

  add(...children: FileChild[]): void {
    this.children.push(...children);
  }
}

/** The finished file as base64: A4, the language tagged for spelling, page numbers at the foot. */
export const packDocument = (options: {
  title: string;
  language: DocumentLanguage;
  children: FileChild[];
  /** Pages turned landscape after the body, for a wide picture (a report's network picture). */
  landscape?: FileChild[];
}): Promise<string> => {
  const footers = {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SMALL })],
        }),
      ],
    }),
  };
  const page = { size: A4, margin: { ...MARGIN, header: mm(10), footer: mm(10) } };
  const document = new Document({
    creator: 'Kenes',
    title: options.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY, language: { value: LANGUAGE_TAG[options.language] } },
          // Single spacing, with its rule written out: readers other than Word (the in-app
          // print preview among them) take a bare 240 as an exact 12 pt and squeeze 14 pt text.
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      { properties: { page }, footers, children: options.children },
      ...(options.landscape
        ? [
            {
              // docx takes the portrait size and swaps it for a landscape page.
              properties: { page: { ...page, size: { ...A4, orientation: PageOrientation.LANDSCAPE } } },
              footers,
              children: options.landscape,
            },
          ]
        : []),
    ],
  });
  return Packer.toBase64String(document);
};
