import type { DocumentLanguage } from '../../../shared/api/exports';
import type { ReportDecision, ReportSummary } from '../../../shared/api/reports';
import { linkClassification } from '../../../shared/reference';
import { tableLabels } from '../tables/labels';
import type { CellValue, Column } from '../tables/sheet';
import { reportText } from './text';

/**
 * The report's tables as both writers see them: the DOCX prints them (dates written out
 * dd.mm.yyyy), the XLSX gives each its sheet (dates as dates). One model, so a column
 * added to a section appears in both files.
 */
export interface ReportTable {
  columns: Column[];
  rows: CellValue[][];
  /** DOCX: how the text width is shared between the columns. */
  weights: number[];
}

const kindNames = new Map(linkClassification.kinds.map((k) => [k.code, k.name]));

export const reportTables = (summary: ReportSummary, language: DocumentLanguage) => {
  const t = reportText[language];
  const l = tableLabels[language];
  const ru = language === 'ru';
  const list = (kk: string[], rus: string[]) => (ru ? rus : kk).join('; ');
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase(language) + s.slice(1);
  const kindName = (code: string) => capital(kindNames.get(code)?.[language] ?? code);
  const d = t.decisions;

  const decisionTable = (items: ReportDecision[]): ReportTable => ({
    columns: [
      { header: d.number, kind: 'text', centred: true },
      { header: d.session, kind: 'text' },
      { header: d.text, kind: 'long' },
      { header: d.deadline, kind: 'date' },
      { header: d.responsible, kind: 'long' },
      { header: d.status, kind: 'text' },
    ],
    rows: items.map((x) => [
      x.number,
      // Two lines in the DOCX (its cells break at \n), as the number and the date read in the minutes.
      x.sessionDate
        ? `№${x.sessionNumber}\n${x.sessionDate.split('-').reverse().join('.')}`
        : `№${x.sessionNumber}`,
      x.text,
      x.deadline,
      list(x.responsibleNamesKk, x.responsibleNamesRu),
      l.obligationStatuses[x.status],
    ]),
    weights: [6, 14, 26, 15, 18, 21],
  });

  const a = t.agreements;
  const agreementTable = (
    items: ReportSummary['agreements']['signed'],
    dateHeader: string,
    date: (x: ReportSummary['agreements']['signed'][number]) => string | null,
  ): ReportTable => ({
    columns: [
      { header: a.number, kind: 'text' },
      { header: a.title, kind: 'long' },
      { header: a.parties, kind: 'long' },
      { header: dateHeader, kind: 'date' },
      { header: a.status, kind: 'text' },
    ],
    rows: items.map((x) => [
      x.number,
      x.title,
      list(x.partiesKk, x.partiesRu),
      date(x),
      l.statuses[x.status],
    ]),
    weights: [10, 30, 29, 15, 16],
  });

  const n = t.network;
  const organisationTable = (items: ReportSummary['network']['organisationsAdded']): ReportTable => ({
    columns: [{ header: n.organisation, kind: 'long' }],
    rows: items.map((o) => [ru ? o.nameRu || o.nameKk : o.nameKk]),
    weights: [1],
  });
  const linkTable = (items: ReportSummary['network']['linksAdded']): ReportTable => ({
    columns: [
      { header: n.source, kind: 'long' },
      { header: n.target, kind: 'long' },
      { header: n.kind, kind: 'text' },
    ],
    rows: items.map((x) => [ru ? x.sourceRu : x.sourceKk, ru ? x.targetRu : x.targetKk, kindName(x.kind)]),
    weights: [38, 38, 24],
  });

  const s = t.sittings;
  const q = t.quarters;
  return {
    sittings: {
      columns: [
        { header: s.number, kind: 'number' },
        { header: s.date, kind: 'date' },
        { header: s.status, kind: 'text' },
        { header: s.decisions, kind: 'number' },
      ],
      rows: summary.sittings.items.map((x) => [
        x.number,
        x.date,
        t.sessionStatuses[x.status],
        x.decisionCount,
      ]),
      weights: [10, 25, 40, 25],
    } satisfies ReportTable,
    figures: {
      columns: [
        { header: d.indicator, kind: 'long' },
        { header: d.value, kind: 'text', centred: true },
      ],
      rows: [
        [d.adopted, summary.decisions.adopted],
        [d.done, summary.decisions.done],
        [d.cancelled, summary.decisions.cancelled],
        [d.rate, t.percent(summary.decisions.executionRate)],
        [d.openAtEnd, summary.decisions.openAtEnd],
        [d.overdueAtEnd, summary.decisions.overdueAtEnd.length],
      ],
      weights: [75, 25],
    } satisfies ReportTable,
    adopted: decisionTable(summary.decisions.adoptedItems),
    overdue: decisionTable(summary.decisions.overdueAtEnd),
    signed: agreementTable(summary.agreements.signed, a.signedOn, (x) => x.signedOn),
    ending: agreementTable(summary.agreements.ending, a.termEnd, (x) => x.termEnd),
    organisationsAdded: organisationTable(summary.network.organisationsAdded),
    organisationsArchived: organisationTable(summary.network.organisationsArchived),
    linksAdded: linkTable(summary.network.linksAdded),
    linksRemoved: linkTable(summary.network.linksRemoved),
    modules: {
      columns: [
        { header: t.modules.number, kind: 'number' },
        { header: t.modules.name, kind: 'long' },
      ],
      rows: summary.modulesWithoutLead.map((m) => [m.number, ru ? m.nameRu : m.nameKk]),
      weights: [10, 90],
    } satisfies ReportTable,
    // Indicators down, quarters across: five narrow columns of figures read better than
    // eight columns of long headings.
    quarters: {
      columns: [
        { header: d.indicator, kind: 'long' },
        ...summary.quarters.map((x): Column => ({ header: t.quarterName(x.quarter), kind: 'number' })),
      ],
      rows: [
        [q.sittings, ...summary.quarters.map((x) => x.sittingsHeld)],
        [q.adopted, ...summary.quarters.map((x) => x.decisionsAdopted)],
        [q.done, ...summary.quarters.map((x) => x.decisionsDone)],
        [q.rate, ...summary.quarters.map((x) => t.percent(x.executionRate))],
        [q.agreements, ...summary.quarters.map((x) => x.agreementsSigned)],
        [q.organisationsAdded, ...summary.quarters.map((x) => x.organisationsAdded)],
        [q.organisationsArchived, ...summary.quarters.map((x) => x.organisationsArchived)],
        [q.linksAdded, ...summary.quarters.map((x) => x.linksAdded)],
        [q.linksRemoved, ...summary.quarters.map((x) => x.linksRemoved)],
      ],
      weights: [40, ...summary.quarters.map(() => 15)],
    } satisfies ReportTable,
  };
};

export type ReportTables = ReturnType<typeof reportTables>;
