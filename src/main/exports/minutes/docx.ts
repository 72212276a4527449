import {
  AlignmentType,
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
import { TEXT_WIDTH } from '../documents/layout';
import type { Block, Span } from './blocks';

/** The body's first-line indent and the hanging indent of list lines, as in the agreement drafts. */
const INDENT = mm(12.5);
const HANG = mm(8);
const SPACE = 120; // twips before a labelled section

const runs = (spans: Span[]): TextRun[] => spans.map((s) => new TextRun({ text: s.text, bold: s.bold }));

/**
 * The signatures: role on the left, a line to sign on, the name (initials and surname) on
 * the right; the rows are kept together and with the last words above them.
 */
const signatures = (rows: { role: string; name: string }[]): FileChild[] => {
  const widths = [Math.round(TEXT_WIDTH * 0.3), Math.round(TEXT_WIDTH * 0.35)];
  widths.push(TEXT_WIDTH - widths[0]! - widths[1]!);
  const cell = (
    text: string,
    width: number,
    alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
    keepNext: boolean,
    bold = false,
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.BOTTOM,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      children: [new Paragraph({ alignment, keepNext, children: [new TextRun({ text, bold })] })],
    });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: [] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: rows.map((r, i) => {
        // Rows hold to each other; the last one lets go, or the table would drag what follows
        // (the amendments) along with it and leave the page above half empty.
        const keep = i < rows.length - 1;
        return new TableRow({
          cantSplit: true,
          height: { value: i === 0 ? 400 : 900, rule: 'atLeast' },
          children: [
            cell(r.role, widths[0]!, AlignmentType.LEFT, keep, true),
            cell('____________________', widths[1]!, AlignmentType.CENTER, keep),
            cell(r.name, widths[2]!, AlignmentType.RIGHT, keep, true),
          ],
        });
      }),
    }),
  ];
};

/** The day on the left and the place on the right, each in its own cell so neither pushes the other. */
const split = (left: string, right: string, leftShare: number): Table => {
  const widths = [Math.round(TEXT_WIDTH * leftShare)];
  widths.push(TEXT_WIDTH - widths[0]!);
  const side = (text: string, i: number) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: i === 0 ? 0 : 120, right: i === 0 ? 120 : 0 },
      children: [
        new Paragraph({
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
          children: [new TextRun(text)],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [side(left, 0), side(right, 1)] })],
  });
};

/** The blocks as WordprocessingML; the page, font and page numbers come from packDocument. */
export const minutesDocxChildren = (blocks: Block[]): FileChild[] =>
  blocks.flatMap((b): FileChild[] => {
    switch (b.type) {
      case 'title':
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { after: b.spaceAfter },
            children: [new TextRun({ text: b.text, bold: true })],
          }),
        ];
      case 'split':
        return [split(b.left, b.right, b.leftShare)];
      case 'para':
        return [
          new Paragraph({
            // Set under a list line, ragged like it: names and organisations justify badly.
            alignment: b.under ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
            indent: b.under ? { left: HANG } : b.indent ? { firstLine: INDENT } : undefined,
            keepNext: b.keepNext,
            spacing: b.spaceBefore ? { before: SPACE } : undefined,
            children: runs(b.spans),
          }),
        ];
      case 'list':
        return [
          new Paragraph({
            // Ragged right: a line of a long name and organisation justified opens wide gaps.
            alignment: AlignmentType.LEFT,
            indent: { left: HANG, hanging: HANG },
            keepNext: b.keepNext,
            // With a hanging indent Word and LibreOffice stop the tab at the text's edge.
            children: [new TextRun({ text: `${b.number}\t` }), ...runs(b.spans)],
          }),
        ];
      case 'signatures':
        return signatures(b.rows);
      case 'heading':
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 720, after: 120 },
            children: [new TextRun({ text: b.text, bold: true })],
          }),
        ];
    }
  });
