import type { DocumentLanguage } from '../../../shared/api/exports';
import type { ReportSummary } from '../../../shared/api/reports';
import { sheetName, type CellValue, type Column, type Sheet } from '../tables/sheet';
import { addSheet } from '../tables/xlsx';
import { reportTables, type ReportTable } from './sections';
import { fitInto, pngSize } from './png';
import { reportText } from './text';

/** The picture on its sheet: about a landscape A4 page on screen at 100 %. */
const PICTURE_BOX = { width: 1100, height: 780 };

const sheetOf = (name: string, title: string, table: Pick<ReportTable, 'columns' | 'rows'>): Sheet => ({
  name: sheetName(name),
  title,
  columns: table.columns,
  rows: table.rows.map((cells) => ({ cells })),
});

/** The sheets of the report: a summary of the figures, then one sheet per section. */
export const reportSheets = (summary: ReportSummary, language: DocumentLanguage): Sheet[] => {
  const t = reportText[language];
  const tables = reportTables(summary, language);
  const { period } = summary;
  const span = t.span(period.from, period.to);
  const titled = (section: string) => `${section}. ${span}`;
  const d = t.decisions;
  const net = summary.network;
  const council = language === 'ru' ? summary.councilNameRu : summary.councilNameKk;

  const figures: CellValue[][] = [
    [span, null],
    [t.asOf(period.asOf), null],
    [t.quarters.sittings, summary.sittings.held],
    ...summary.sittings.gaps.map((g): CellValue[] => [
      t.sittings.gap(g.period, g.from, g.to, g.planned),
      null,
    ]),
    ...tables.figures.rows,
    [d.rule, null],
    [t.agreements.signed, summary.agreements.signed.length],
    [t.agreements.ending, summary.agreements.ending.length],
    [t.network.organisationsAdded, net.organisationsAdded.length],
    [t.network.organisationsArchived, net.organisationsArchived.length],
    [t.network.linksAdded, net.linksAdded.length],
    [t.network.linksRemoved, net.linksRemoved.length],
    [t.sections.modules, summary.modulesWithoutLead.length],
  ];
  const summaryColumns: Column[] = [
    { header: d.indicator, kind: 'long' },
    { header: d.value, kind: 'number' },
  ];

  const n = t.network;
  const networkRows: CellValue[][] = [
    ...tables.organisationsAdded.rows.map((r) => [n.organisationsAdded, r[0] ?? null, null, null]),
    ...tables.organisationsArchived.rows.map((r) => [n.organisationsArchived, r[0] ?? null, null, null]),
    ...tables.linksAdded.rows.map((r) => [n.linksAdded, ...r]),
    ...tables.linksRemoved.rows.map((r) => [n.linksRemoved, ...r]),
  ];

  const sheets: Sheet[] = [
    sheetOf(t.sheets.summary, `${council}. ${t.title(period.year, period.quarter)}`, {
      columns: summaryColumns,
      rows: figures,
    }),
    sheetOf(t.sheets.sittings, titled(t.sections.sittings), tables.sittings),
    sheetOf(t.sheets.decisions, titled(d.adoptedList), tables.adopted),
    sheetOf(t.sheets.overdue, titled(t.sections.overdue), tables.overdue),
    sheetOf(t.agreements.signed, titled(t.agreements.signed), tables.signed),
    sheetOf(t.agreements.ending, titled(t.agreements.ending), tables.ending),
    sheetOf(t.sheets.network, titled(t.sections.network), {
      columns: [
        { header: t.section, kind: 'text' },
        { header: n.source, kind: 'long' },
        { header: n.target, kind: 'long' },
        { header: n.kind, kind: 'text' },
      ],
      rows: networkRows,
    }),
    sheetOf(t.sheets.modules, titled(t.sections.modules), tables.modules),
  ];
  if (summary.quarters.length > 0)
    sheets.push(sheetOf(t.sheets.quarters, titled(t.sections.quarters), tables.quarters));
  return sheets;
};

/** The workbook, with the network picture on a sheet of its own when one is given. */
export const writeReportXlsx = async (
  summary: ReportSummary,
  language: DocumentLanguage,
  networkPng: Buffer | null,
  now: Date,
): Promise<Buffer> => {
  // Loaded on first export, as for the other tables: exceljs is slow to load.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Kenes';
  workbook.created = now;
  workbook.modified = now;
  for (const sheet of reportSheets(summary, language)) addSheet(workbook, sheet);
  if (networkPng) {
    const t = reportText[language];
    const ws = workbook.addWorksheet(sheetName(t.sheets.picture), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
    });
    const title = ws.getCell('A1');
    title.value = t.picture.caption;
    title.font = { name: 'Calibri', size: 14, bold: true };
    ws.getRow(1).height = 24;
    const image = workbook.addImage({ buffer: networkPng as unknown as ArrayBuffer, extension: 'png' });
    ws.addImage(image, {
      tl: { col: 0, row: 2 },
      ext: fitInto(pngSize(networkPng), PICTURE_BOX.width, PICTURE_BOX.height),
      editAs: 'oneCell',
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
