import type { DocumentLanguage } from '../../../shared/api/exports';
import type { AgreementListItem } from '../../../shared/model';
import { tableLabels } from './labels';
import { moduleNumbersText, nameIn } from './names';
import { sheetName, type Sheet, type TableExport } from './sheet';

/** The registry as on screen: the rows agreements:list returned for the same filters, in its order. */
export const agreementsTable = (items: AgreementListItem[], language: DocumentLanguage): TableExport => {
  const l = tableLabels[language];
  const c = l.agreementColumns;
  const sheet: Sheet = {
    name: sheetName(l.sheets.agreements),
    title: l.titles.agreements,
    frozenColumns: 2,
    columns: [
      { header: c.number, kind: 'text' },
      { header: c.title, kind: 'long' },
      { header: c.kind, kind: 'text' },
      { header: c.parties, kind: 'long' },
      { header: c.signedOn, kind: 'date' },
      { header: c.validFrom, kind: 'date' },
      { header: c.validTo, kind: 'date' },
      { header: c.autoRenew, kind: 'text', centred: true },
      { header: c.noticeDays, kind: 'number' },
      { header: c.status, kind: 'text' },
      { header: c.daysToExpiry, kind: 'number' },
      { header: c.stage, kind: 'text' },
      { header: c.modules, kind: 'text' },
      { header: c.obligations, kind: 'number' },
      { header: c.overdueObligations, kind: 'number' },
    ],
    rows: items.map((a) => ({
      cells: [
        a.number,
        a.title,
        l.kinds[a.kind],
        a.parties
          .filter((p) => p.archivedAt === null)
          .map((p) => nameIn(language, p.organisationNameKk, p.organisationNameRu))
          .join('; '),
        a.signedOn,
        a.validFrom,
        a.indefinite ? l.indefinite : a.validTo,
        a.autoRenew ? l.yes : l.no,
        a.noticeDays,
        l.statuses[a.status],
        a.daysToExpiry,
        l.stages[a.stage],
        moduleNumbersText(a.moduleIds),
        a.obligationCount,
        a.overdueObligations,
      ],
      highlight: a.overdueObligations > 0,
    })),
  };
  return { baseName: l.files.agreements, sheets: [sheet], csv: sheet };
};
