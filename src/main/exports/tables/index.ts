import { isNull } from 'drizzle-orm';
import { organisations } from '../../../../db/schema';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ExportedFile, exportCalls } from '../../../shared/api/exports';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { ServiceContext } from '../../services/context';
import { listAgreements, listObligations } from '../../services/agreements';
import { listModules } from '../../services/modules';
import { agreementsTable } from './agreements';
import { writeCsv } from './csv';
import { moduleMatrixTable } from './moduleMatrix';
import { obligationsTable } from './obligations';
import type { TableExport } from './sheet';
import { writeXlsx } from './xlsx';

type TableInput = ParsedInputOf<typeof exportCalls.table>;

/** "Келісімдер-2026-11-22.xlsx": no character Windows, macOS or Linux refuse; Kazakh letters kept. */
export const tableFileName = (baseName: string, day: string, format: TableInput['format']): string => {
  const base = baseName
    // eslint-disable-next-line no-control-regex -- control characters are what must go
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-');
  return `${base || 'Kenes'}-${day}.${format}`;
};

/** Reads everything the table needs synchronously, before any await: one consistent moment of the store. */
const buildTable = (ctx: ServiceContext, input: TableInput): TableExport => {
  switch (input.table) {
    case 'agreements':
      return agreementsTable(listAgreements(ctx, input.agreementFilters ?? {}), input.language);
    case 'obligations':
      return obligationsTable(listObligations(ctx, {}), input.language);
    case 'moduleMatrix':
      return moduleMatrixTable(
        listModules(ctx),
        ctx.db
          .select({
            id: organisations.id,
            nameKk: organisations.nameKk,
            nameRu: organisations.nameRu,
            typeCode: organisations.typeCode,
            sector: organisations.sector,
            district: organisations.district,
            isCouncilHub: organisations.isCouncilHub,
          })
          .from(organisations)
          .where(isNull(organisations.archivedAt))
          .all(),
        input.language,
      );
  }
};

/**
 * The agreements registry (with the filters on screen), the obligations list or the module
 * matrix as an XLSX workbook or a CSV file, with Kazakh or Russian headings.
 */
export const exportTable = async (ctx: ServiceContext, input: TableInput): Promise<ExportedFile> => {
  const now = ctx.now();
  const table = buildTable(ctx, input);
  const bytes = input.format === 'xlsx' ? await writeXlsx(table.sheets, now) : writeCsv(table.csv);
  return {
    fileName: tableFileName(table.baseName, isoDay(now), input.format),
    base64: bytes.toString('base64'),
  };
};
