import { AlignmentType, ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { DocumentLanguage } from '../../../shared/api/exports';
import type { ReportSummary } from '../../../shared/api/reports';
import { blankLine, body, centred, gridTable, LANDSCAPE_TEXT, Outline, title } from '../documents/layout';
import { displayDay } from '../tables/sheet';
import { reportTables, type ReportTable } from './sections';
import { fitInto, pngSize } from './png';
import { reportText } from './text';

/** docx sizes pictures in pixels at 96 dpi; a twip is 1/1440 inch, so 15 twips a pixel. */
const TWIPS_PER_PIXEL = 15;
/** Room on the landscape page for the section heading above the picture and the caption under it. */
const HEADING_AND_CAPTION = 90;

const cellText = (value: string | number | null, column: ReportTable['columns'][number]): string => {
  if (value === null) return '';
  if (column.kind === 'date' && typeof value === 'string') return displayDay(value);
  return String(value);
};

const grid = (table: ReportTable) =>
  gridTable(
    table.columns.map((c) => c.header),
    table.rows.map((row) => row.map((value, i) => cellText(value, table.columns[i]!))),
    table.weights,
    table.columns.map((c) => c.centred === true || c.kind === 'number' || c.kind === 'date'),
  );

/** A sub-heading inside a section: bold, left, kept with its table. */
const subheading = (text: string): Paragraph =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 200, after: 80 },
    children: [new TextRun({ text, bold: true })],
  });

/** The picture on a landscape page of its own, as large as the text area allows. */
const picture = (png: Buffer, caption: string): FileChild[] => {
  const size = fitInto(
    pngSize(png),
    Math.floor(LANDSCAPE_TEXT.width / TWIPS_PER_PIXEL),
    Math.floor(LANDSCAPE_TEXT.height / TWIPS_PER_PIXEL) - HEADING_AND_CAPTION,
  );
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: size,
          altText: { name: caption, description: caption, title: caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [new TextRun({ text: caption, size: 24 })],
    }),
  ];
};

/**
 * The report's body: the council and the period on top, then numbered sections, each a
 * sentence with the figures and a ruled table; the network picture closes it.
 */
export const reportBody = (
  summary: ReportSummary,
  language: DocumentLanguage,
  networkPng: Buffer | null,
): { heading: string; children: FileChild[]; landscape?: FileChild[] } => {
  const t = reportText[language];
  const tables = reportTables(summary, language);
  const { period } = summary;
  const heading = t.title(period.year, period.quarter);
  const doc = new Outline();
  doc.add(
    title(
      (language === 'ru' ? summary.councilNameRu : summary.councilNameKk).toLocaleUpperCase(language),
      120,
    ),
    title(heading, 120),
    centred(t.span(period.from, period.to)),
    centred(t.asOf(period.asOf), 240),
  );

  doc.heading(t.sections.sittings);
  doc.plain(t.sittings.held(summary.sittings.held));
  if (summary.sittings.items.length > 0) doc.add(grid(tables.sittings));
  const gaps = summary.sittings.gaps;
  if (gaps.length === 0) doc.plain(t.sittings.noGaps);
  for (const g of gaps) doc.plain(t.sittings.gap(g.period, g.from, g.to, g.planned));

  doc.heading(t.sections.decisions);
  doc.add(grid(tables.figures));
  doc.add(blankLine());
  doc.plain(t.decisions.rule);
  doc.add(subheading(t.decisions.adoptedList));
  if (summary.decisions.adoptedItems.length > 0) doc.add(grid(tables.adopted));
  else doc.plain(t.decisions.noneAdopted);

  doc.heading(t.sections.overdue);
  if (summary.decisions.overdueAtEnd.length > 0) doc.add(grid(tables.overdue));
  else doc.plain(t.decisions.noneOverdue);

  doc.heading(t.sections.agreements);
  doc.add(subheading(t.agreements.signed));
  if (summary.agreements.signed.length > 0) doc.add(grid(tables.signed));
  else doc.plain(t.agreements.noneSigned);
  doc.add(subheading(t.agreements.ending));
  if (summary.agreements.ending.length > 0) doc.add(grid(tables.ending));
  else doc.plain(t.agreements.noneEnding);

  doc.heading(t.sections.network);
  doc.plain(t.network.rule);
  const net = summary.network;
  const changes: [string, ReportTable, number][] = [
    [t.network.organisationsAdded, tables.organisationsAdded, net.organisationsAdded.length],
    [t.network.organisationsArchived, tables.organisationsArchived, net.organisationsArchived.length],
    [t.network.linksAdded, tables.linksAdded, net.linksAdded.length],
    [t.network.linksRemoved, tables.linksRemoved, net.linksRemoved.length],
  ];
  if (changes.every(([, , count]) => count === 0)) doc.plain(t.network.noChanges);
  for (const [label, table, count] of changes) {
    if (count === 0) continue;
    doc.add(subheading(`${label}: ${count}`), grid(table));
  }

  doc.heading(t.sections.modules);
  if (summary.modulesWithoutLead.length === 0) doc.plain(t.modules.allLed);
  else doc.add(body(t.modules.intro, { keepNext: true }), grid(tables.modules));

  if (summary.quarters.length > 0) {
    doc.heading(t.sections.quarters);
    doc.add(grid(tables.quarters));
  }

  if (!networkPng) return { heading, children: doc.children };
  // The picture's section is numbered with the others but printed on a landscape page:
  // its heading is taken from the outline and moved there.
  doc.heading(t.sections.picture);
  const pictureHeading = doc.children.pop() as FileChild;
  return {
    heading,
    children: doc.children,
    landscape: [pictureHeading, ...picture(networkPng, t.picture.caption)],
  };
};
