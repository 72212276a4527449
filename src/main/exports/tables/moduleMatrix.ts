import type { DocumentLanguage } from '../../../shared/api/exports';
import type { ModuleRole } from '../../../shared/domain/enums';
import type { InteractionModule, Organisation } from '../../../shared/model';
import { taxonomy } from '../../../shared/reference';
import { sortKey } from '../../../shared/text/fold';
import { tableLabels } from './labels';
import { districtName, nameIn, sectorName, typeName } from './names';
import { sheetName, type CellValue, type Column, type Sheet, type TableExport } from './sheet';

export type MatrixOrganisation = Pick<
  Organisation,
  'id' | 'nameKk' | 'nameRu' | 'typeCode' | 'sector' | 'district' | 'isCouncilHub'
>;

interface Placement {
  role: ModuleRole;
  tasks: string;
}

const typeOrder = new Map(taxonomy.types.map((t, i) => [t.code, i]));

/**
 * The council's hub is not a partner to place in modules; it appears (first) only when
 * someone gave it a module, as module 9's coordinating role may be (DOMAIN.md §5).
 * Others follow the taxonomy's order of types, then their names alphabetically.
 */
const matrixOrder = (
  organisations: MatrixOrganisation[],
  placed: Map<string, Map<string, Placement>>,
  language: DocumentLanguage,
): MatrixOrganisation[] =>
  organisations
    .filter((o) => !o.isCouncilHub || placed.has(o.id))
    .map((o) => ({ o, key: sortKey(nameIn(language, o.nameKk, o.nameRu)) }))
    .sort(
      (a, b) =>
        Number(b.o.isCouncilHub) - Number(a.o.isCouncilHub) ||
        (typeOrder.get(a.o.typeCode) ?? Infinity) - (typeOrder.get(b.o.typeCode) ?? Infinity) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .map(({ o }) => o);

/**
 * Organisations × the 12 modules, each cell the organisation's role. The workbook has the
 * matrix and a second sheet with every assignment's tasks; the CSV, one table only, carries
 * the tasks as twelve more columns after the roles.
 */
export const moduleMatrixTable = (
  modules: InteractionModule[],
  organisations: MatrixOrganisation[],
  language: DocumentLanguage,
): TableExport => {
  const l = tableLabels[language];
  const c = l.matrixColumns;
  const ordered = [...modules].sort((a, b) => a.number - b.number);
  const placed = new Map<string, Map<string, Placement>>();
  for (const m of ordered) {
    for (const a of m.assignments) {
      const row = placed.get(a.organisationId) ?? new Map<string, Placement>();
      row.set(m.id, { role: a.role, tasks: a.tasks });
      placed.set(a.organisationId, row);
    }
  }
  const rows = matrixOrder(organisations, placed, language);
  const describe = (o: MatrixOrganisation): CellValue[] => [
    nameIn(language, o.nameKk, o.nameRu),
    typeName(language, o.typeCode),
    sectorName(language, o.sector),
    districtName(language, o.district),
  ];
  const organisationColumns: Column[] = [
    { header: c.organisation, kind: 'long' },
    { header: c.type, kind: 'text' },
    { header: c.sector, kind: 'text' },
    { header: c.district, kind: 'text' },
  ];
  const roleOf = (o: MatrixOrganisation, moduleId: string): string | null => {
    const p = placed.get(o.id)?.get(moduleId);
    return p ? l.roles[p.role] : null;
  };
  const leads = (o: MatrixOrganisation): boolean[] => [
    false,
    false,
    false,
    false,
    ...ordered.map((m) => placed.get(o.id)?.get(m.id)?.role === 'lead'),
  ];

  const matrix: Sheet = {
    name: sheetName(l.sheets.moduleMatrix),
    title: l.titles.moduleMatrix,
    frozenColumns: 1,
    columns: [
      ...organisationColumns,
      ...ordered.map((m): Column => ({
        header: c.module(m.number),
        kind: 'text',
        centred: true,
        note: m.name[language],
      })),
    ],
    rows: rows.map((o) => ({
      cells: [...describe(o), ...ordered.map((m) => roleOf(o, m.id))],
      strong: leads(o),
    })),
  };

  const position = new Map(rows.map((o, i) => [o.id, i]));
  const tasks: Sheet = {
    name: sheetName(l.sheets.moduleTasks),
    title: l.titles.moduleTasks,
    columns: [
      { header: c.moduleNumber, kind: 'number' },
      { header: c.moduleName, kind: 'long' },
      { header: c.organisation, kind: 'long' },
      { header: c.role, kind: 'text' },
      { header: c.tasks, kind: 'long' },
    ],
    rows: ordered.flatMap((m) =>
      rows
        .filter((o) => placed.get(o.id)?.has(m.id))
        .map((o) => ({ o, p: placed.get(o.id)!.get(m.id)! }))
        // Leads first, then the matrix's order.
        .sort(
          (a, b) =>
            Number(b.p.role === 'lead') - Number(a.p.role === 'lead') ||
            position.get(a.o.id)! - position.get(b.o.id)!,
        )
        .map(({ o, p }) => ({
          cells: [m.number, m.name[language], nameIn(language, o.nameKk, o.nameRu), l.roles[p.role], p.tasks],
          strong: [false, false, false, p.role === 'lead', false],
        })),
    ),
  };

  const csv: Sheet = {
    ...matrix,
    columns: [
      ...organisationColumns,
      ...ordered.map((m): Column => ({ header: `${c.module(m.number)}. ${m.name[language]}`, kind: 'text' })),
      ...ordered.map((m): Column => ({ header: c.moduleTasks(m.number), kind: 'long' })),
    ],
    rows: rows.map((o) => ({
      cells: [
        ...describe(o),
        ...ordered.map((m) => roleOf(o, m.id)),
        ...ordered.map((m) => placed.get(o.id)?.get(m.id)?.tasks ?? null),
      ],
    })),
  };

  return { baseName: l.files.moduleMatrix, sheets: [matrix, tasks], csv };
};
