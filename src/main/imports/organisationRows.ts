import { isNull } from 'drizzle-orm';
import { organisationGroups, organisations } from '../../../db/schema';
import type { ServiceContext } from '../services/context';
import { organisationCreate, type OrganisationCreate } from '../../shared/api/organisations';
import type { Language } from '../../shared/i18n/errors';
import type { ImportDuplicate, ImportRow, ImportRowProblem } from '../../shared/model';
import { problem, validateRow } from './problems';
import { foldName, resolveType, resolveVocabulary } from './values';
import type { SheetRow } from './sheet';

export type ParsedOrganisation = ReturnType<typeof organisationCreate.parse>;

export interface OrganisationImportRow extends ImportRow {
  /** The valid create input, or null when the row has problems. */
  input: ParsedOrganisation | null;
  /** The Kazakh name was empty and the Russian one stands in for it (an update must not copy it over). */
  nameKkFromRu: boolean;
  name: string;
}

const TEXT_FIELDS = [
  'nameRu',
  'shortName',
  'district',
  'legalForm',
  'address',
  'headName',
  'phone',
  'email',
  'website',
  'notes',
] as const;

/** The key two organisations share when they are the same: a name and the district, folded. */
export const organisationKey = (name: string, district: string): string =>
  `${foldName(name)}\u0000${foldName(district)}`;

interface Existing {
  id: string;
  nameKk: string;
  nameRu: string;
  district: string;
  archivedAt: string | null;
}

/** Every organisation by each of its names in its district, archived ones included. */
const registryIndex = (ctx: ServiceContext): Map<string, Existing> => {
  const index = new Map<string, Existing>();
  const rows = ctx.db
    .select({
      id: organisations.id,
      nameKk: organisations.nameKk,
      nameRu: organisations.nameRu,
      district: organisations.district,
      archivedAt: organisations.archivedAt,
    })
    .from(organisations)
    .all();
  // Active records first, so a name held by an active and an archived one points at the active one.
  rows.sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
  for (const org of rows) {
    for (const name of [org.nameKk, org.nameRu]) {
      if (!name) continue;
      const key = organisationKey(name, org.district);
      if (!index.has(key)) index.set(key, org);
    }
  }
  return index;
};

/** Active groups by their short, Kazakh and Russian names. */
const groupIndex = (ctx: ServiceContext): Map<string, string> => {
  const index = new Map<string, string>();
  for (const g of ctx.db
    .select()
    .from(organisationGroups)
    .where(isNull(organisationGroups.archivedAt))
    .all()) {
    for (const name of [g.shortName, g.nameKk, g.nameRu]) {
      const key = foldName(name);
      if (key && !index.has(key)) index.set(key, g.id);
    }
  }
  return index;
};

/**
 * Every row checked as the organisation form checks it, with label cells turned into
 * codes and duplicates found among the registry (archived records too) and the rows
 * above it in the file.
 */
export const analyseOrganisationRows = (
  ctx: ServiceContext,
  rows: SheetRow[],
  lang: Language,
): OrganisationImportRow[] => {
  const registry = registryIndex(ctx);
  const groups = groupIndex(ctx);
  const inFile = new Map<string, { rowNumber: number; name: string; district: string }>();
  return rows.map(({ rowNumber, values }) => {
    const problems: ImportRowProblem[] = [];
    const cell = (field: keyof typeof values): string => values[field] ?? '';
    const input: Record<string, unknown> = {};
    const nameKkFromRu = cell('nameKk') === '' && cell('nameRu') !== '';
    if (cell('nameKk') || cell('nameRu')) input.nameKk = cell('nameKk') || cell('nameRu');
    for (const field of TEXT_FIELDS) if (cell(field)) input[field] = cell(field);
    if (cell('type')) {
      const code = resolveType(cell('type'));
      if (code) input.typeCode = code;
      else problems.push(problem(lang, 'type', 'conflict.importUnknownType', { value: cell('type') }));
    }
    for (const field of ['level', 'membership', 'clusterRole'] as const) {
      if (!cell(field)) continue;
      const code = resolveVocabulary(field, cell(field));
      if (code) input[field] = code;
      else problems.push(problem(lang, field, 'conflict.importUnknownChoice', { value: cell(field) }));
    }
    if (cell('group')) {
      const id = groups.get(foldName(cell('group')));
      if (id) input.groupId = id;
      else problems.push(problem(lang, 'group', 'conflict.importUnknownGroup', { value: cell('group') }));
    }
    const parsed = validateRow(organisationCreate, input, lang, problems);

    const names = [cell('nameKk'), cell('nameRu')].filter(Boolean);
    const keys = names.map((n) => organisationKey(n, cell('district')));
    let duplicate: ImportDuplicate | null = null;
    const existing = keys.map((k) => registry.get(k)).find(Boolean);
    if (existing) {
      duplicate = {
        id: existing.id,
        name: existing.nameKk,
        district: existing.district,
        source: 'registry',
        ...(existing.archivedAt ? { archived: true } : {}),
      };
    } else {
      const earlier = keys.map((k) => inFile.get(k)).find(Boolean);
      if (earlier) {
        duplicate = {
          id: '',
          name: earlier.name,
          district: earlier.district,
          source: 'file',
          rowNumber: earlier.rowNumber,
        };
      } else if (parsed) {
        // Only rows that will be imported can be repeated by a later one.
        for (const k of keys) inFile.set(k, { rowNumber, name: names[0]!, district: cell('district') });
      }
    }
    return {
      rowNumber,
      values: values,
      problems,
      duplicate,
      input: parsed,
      nameKkFromRu,
      name: names[0] ?? '',
    };
  });
};

export type { OrganisationCreate };
