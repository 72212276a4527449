import type { HistoryEntry } from '../../../../shared/model';
import type { Names } from '../Organisations/OrganisationHistory';

/** Archived records whose contract has a restore call; the history offers "Restore" for these. */
export const restorableEntities = ['organisation', 'group', 'link', 'agreement'] as const;
export type RestorableEntity = (typeof restorableEntities)[number];

export const isRestorable = (entity: string): entity is RestorableEntity =>
  (restorableEntities as readonly string[]).includes(entity);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * What the user calls the record: its name as it was after the change (or before, if
 * it was deleted), in the interface language where the record has both.
 */
export const recordName = (
  entry: HistoryEntry,
  names: Names,
  localName: (kk: string, ru: string) => string,
): string => {
  const s = entry.after ?? entry.before ?? {};
  if (typeof s.nameKk === 'string' || typeof s.nameRu === 'string')
    return localName(text(s.nameKk), text(s.nameRu));
  if (entry.entity === 'link' && typeof s.sourceId === 'string' && typeof s.targetId === 'string')
    return `${names.organisation(s.sourceId)} → ${names.organisation(s.targetId)}`;
  const named = text(s.fullName) || text(s.title) || text(s.text) || text(s.label);
  if (named) return text(s.number) ? `${text(s.number)} ${named}` : named;
  if (typeof s.number === 'number') return `№${s.number}`;
  if (typeof s.organisationId === 'string') return names.organisation(s.organisationId);
  return '';
};
