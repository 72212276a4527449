import { interactionModules } from '../../../../db/schema';
import type { Row } from './kinds';
import type { KenesDb } from '../../store/database';
import type { MergeKind } from '../../../shared/model';

/** Names of records by id, from both sides (this workspace's name wins: it is the one the user knows). */
export type Names = Map<string, string>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The languages records are named in: Kazakh always, Russian where the record has it. */
export type NameLanguage = 'kk' | 'ru';

const nameOfRow = (kind: MergeKind, row: Row, lang: NameLanguage): string => {
  switch (kind) {
    case 'group':
    case 'organisation':
      return (
        (lang === 'ru' ? text(row.nameRu) : '') || text(row.nameKk) || text(row.nameRu) || text(row.shortName)
      );
    case 'person':
      return text(row.fullName);
    case 'agreement':
      return [text(row.number), text(row.title)].filter(Boolean).join(' ');
    default:
      return '';
  }
};

export const namesOf = (
  local: { db: KenesDb },
  district: { db: KenesDb },
  localRows: Map<MergeKind, Map<string, Row>>,
  theirRows: Map<MergeKind, Row[]>,
  lang: NameLanguage,
): Names => {
  const names: Names = new Map();
  for (const kind of ['group', 'organisation', 'person', 'agreement'] as const) {
    for (const row of theirRows.get(kind) ?? []) names.set(row.id, nameOfRow(kind, row, lang));
    for (const row of localRows.get(kind)?.values() ?? []) names.set(row.id, nameOfRow(kind, row, lang));
  }
  for (const db of [district.db, local.db]) {
    for (const m of db.select().from(interactionModules).all())
      names.set(m.id, `${m.number}. ${lang === 'ru' ? m.nameRu : m.nameKk}`);
  }
  return names;
};

/** What the user calls a record of the merge: the name of an organisation, "agreement — party" and so on. */
export const labelOf = (kind: MergeKind, row: Row, names: Names, lang: NameLanguage = 'kk'): string => {
  const name = (id: unknown): string => (typeof id === 'string' ? (names.get(id) ?? '') : '');
  switch (kind) {
    case 'agreement_party':
      return `${name(row.agreementId)} — ${name(row.organisationId)}`;
    case 'agreement_obligation':
      return text(row.description);
    case 'agreement_module':
      return `${name(row.agreementId)} — ${name(row.moduleId)}`;
    case 'link':
      return `${name(row.sourceId)} → ${name(row.targetId)}`;
    case 'attachment':
      return text(row.fileName);
    default:
      return nameOfRow(kind, row, lang);
  }
};
