import { organisations, people } from '../../../db/schema';
import type { ServiceContext } from '../services/context';
import { personCalls } from '../../shared/api/people';
import type { Language } from '../../shared/i18n/errors';
import type { ImportDuplicate, ImportRow, ImportRowProblem } from '../../shared/model';
import { problem, validateRow } from './problems';
import { foldName, resolveVocabulary } from './values';
import type { SheetRow } from './sheet';

const personCreate = personCalls.create.input;
export type ParsedPerson = ReturnType<typeof personCreate.parse>;

export interface PersonImportRow extends ImportRow {
  input: ParsedPerson | null;
  name: string;
}

const TEXT_FIELDS = ['position', 'phone', 'email', 'notes'] as const;

/** Two people are the same when they have the same full name (folded) in the same organisation. */
const personKey = (fullName: string, organisationId: string | null): string =>
  `${foldName(fullName)}\u0000${organisationId ?? ''}`;

interface OrganisationRef {
  id: string;
  nameKk: string;
  district: string;
  archived: boolean;
}

type Lookup =
  | { id: string }
  | { problem: 'importUnknownOrganisation' | 'importAmbiguousOrganisation' | 'importArchivedOrganisation' };

/** Finds the organisation a person's row names: by any of its names, narrowed by the district if given. */
const organisationFinder = (ctx: ServiceContext) => {
  const byName = new Map<string, OrganisationRef[]>();
  const rows = ctx.db
    .select({
      id: organisations.id,
      nameKk: organisations.nameKk,
      nameRu: organisations.nameRu,
      shortName: organisations.shortName,
      district: organisations.district,
      archivedAt: organisations.archivedAt,
    })
    .from(organisations)
    .all();
  for (const o of rows) {
    const ref = { id: o.id, nameKk: o.nameKk, district: o.district, archived: o.archivedAt !== null };
    for (const key of new Set([o.nameKk, o.nameRu, o.shortName].filter(Boolean).map(foldName))) {
      byName.set(key, [...(byName.get(key) ?? []), ref]);
    }
  }
  return (name: string, district: string): Lookup => {
    let found = byName.get(foldName(name)) ?? [];
    if (district) found = found.filter((o) => foldName(o.district) === foldName(district));
    const active = found.filter((o) => !o.archived);
    if (active.length === 1) return { id: active[0]!.id };
    if (active.length > 1) return { problem: 'importAmbiguousOrganisation' };
    return { problem: found.length > 0 ? 'importArchivedOrganisation' : 'importUnknownOrganisation' };
  };
};

const registryIndex = (
  ctx: ServiceContext,
): Map<string, { id: string; fullName: string; archived: boolean }> => {
  const index = new Map<string, { id: string; fullName: string; archived: boolean }>();
  const rows = ctx.db.select().from(people).all();
  rows.sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
  for (const p of rows) {
    const key = personKey(p.fullName, p.organisationId);
    if (!index.has(key)) index.set(key, { id: p.id, fullName: p.fullName, archived: p.archivedAt !== null });
  }
  return index;
};

/** Every row checked as the person form checks it, its organisation found in the registry. */
export const analysePersonRows = (
  ctx: ServiceContext,
  rows: SheetRow[],
  lang: Language,
): PersonImportRow[] => {
  const findOrganisation = organisationFinder(ctx);
  const registry = registryIndex(ctx);
  const inFile = new Map<string, number>();
  return rows.map(({ rowNumber, values }) => {
    const problems: ImportRowProblem[] = [];
    const cell = (field: keyof typeof values): string => values[field] ?? '';
    const input: Record<string, unknown> = {};
    if (cell('fullName')) input.fullName = cell('fullName');
    for (const field of TEXT_FIELDS) if (cell(field)) input[field] = cell(field);
    let organisationId: string | null = null;
    if (cell('organisation')) {
      const found = findOrganisation(cell('organisation'), cell('district'));
      if ('id' in found) organisationId = found.id;
      else
        problems.push(
          problem(lang, 'organisation', `conflict.${found.problem}`, { value: cell('organisation') }),
        );
    }
    if (organisationId) input.organisationId = organisationId;
    if (cell('councilRole')) {
      const code = resolveVocabulary('councilRole', cell('councilRole'));
      if (code) input.councilRole = code;
      else
        problems.push(
          problem(lang, 'councilRole', 'conflict.importUnknownChoice', { value: cell('councilRole') }),
        );
    }
    const parsed = validateRow(personCreate, input, lang, problems);

    let duplicate: ImportDuplicate | null = null;
    if (cell('fullName')) {
      const key = personKey(cell('fullName'), organisationId);
      const existing = registry.get(key);
      const district = cell('district');
      if (existing) {
        duplicate = {
          id: existing.id,
          name: existing.fullName,
          district,
          source: 'registry',
          ...(existing.archived ? { archived: true } : {}),
        };
      } else if (inFile.has(key)) {
        duplicate = { id: '', name: cell('fullName'), district, source: 'file', rowNumber: inFile.get(key)! };
      } else if (parsed) {
        inFile.set(key, rowNumber);
      }
    }
    return {
      rowNumber,
      values: values,
      problems,
      duplicate,
      input: parsed,
      name: cell('fullName'),
    };
  });
};
