import type { DocumentLanguage } from '../../../shared/api/exports';
import type { ObligationListItem } from '../../../shared/model';
import { tableLabels } from './labels';
import { nameIn } from './names';
import { sheetName, type Sheet, type TableExport } from './sheet';

/** Every obligation of current agreements, in the service's order (overdue first); overdue rows stand out. */
export const obligationsTable = (items: ObligationListItem[], language: DocumentLanguage): TableExport => {
  const l = tableLabels[language];
  const c = l.obligationColumns;
  const sheet: Sheet = {
    name: sheetName(l.sheets.obligations),
    title: l.titles.obligations,
    columns: [
      { header: c.agreementNumber, kind: 'text' },
      { header: c.agreementTitle, kind: 'long' },
      { header: c.organisation, kind: 'long' },
      { header: c.description, kind: 'long' },
      { header: c.dueOn, kind: 'date' },
      { header: c.status, kind: 'text' },
      { header: c.overdue, kind: 'text', centred: true },
    ],
    rows: items.map((o) => ({
      cells: [
        o.agreementNumber,
        o.agreementTitle,
        nameIn(language, o.organisationNameKk, o.organisationNameRu),
        o.description,
        o.dueOn,
        l.obligationStatuses[o.status],
        o.overdue ? l.yes : l.no,
      ],
      highlight: o.overdue,
    })),
  };
  return { baseName: l.files.obligations, sheets: [sheet], csv: sheet };
};
