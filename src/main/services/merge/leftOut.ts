import { CHANGES_IN_ROW } from '../../../../db/schema';
import type { Sqlite } from '../../store/database';
import type { MergeLeftOutKind } from '../../../shared/model';

/**
 * What stays in the district's workspace: its own profile, settings and views, its
 * change history, its sittings (agenda, attendance, decisions and their papers) and its
 * module assignments. They are the district council's business, not the region's lists.
 */
const LEFT_OUT: readonly { kind: MergeLeftOutKind; sql: string }[] = [
  { kind: 'councilProfile', sql: 'SELECT count(*) FROM council_profile' },
  { kind: 'settings', sql: 'SELECT count(*) FROM app_settings' },
  { kind: 'networkViews', sql: 'SELECT count(*) FROM network_views' },
  { kind: 'history', sql: `SELECT coalesce(sum(${CHANGES_IN_ROW}), 0) FROM change_history` },
  { kind: 'sessions', sql: 'SELECT count(*) FROM council_sessions' },
  { kind: 'agendaItems', sql: 'SELECT count(*) FROM agenda_items' },
  { kind: 'attendance', sql: 'SELECT count(*) FROM attendance' },
  { kind: 'decisions', sql: 'SELECT count(*) FROM decisions' },
  { kind: 'moduleAssignments', sql: 'SELECT count(*) FROM module_assignments' },
  { kind: 'sittingAttachments', sql: "SELECT count(*) FROM attachments WHERE owner_type <> 'agreement'" },
];

/** How many records of each left-out kind the district file holds (kinds it has none of are not listed). */
export const countLeftOut = (
  district: Sqlite,
  hubLeftOut: boolean,
): { kind: MergeLeftOutKind; count: number }[] => {
  const counts = LEFT_OUT.map(({ kind, sql }) => ({
    kind,
    count: district.prepare(sql).pluck().get() as number,
  }));
  if (hubLeftOut) counts.splice(1, 0, { kind: 'councilHub', count: 1 });
  return counts.filter((c) => c.count > 0);
};
