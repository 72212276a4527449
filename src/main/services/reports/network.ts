import { and, asc, gte, inArray, sql } from 'drizzle-orm';
import { historyEntries, organisations } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import type { ReportLink, ReportPeriod, ReportSummary } from '../../../shared/api/reports';
import { dayOfTimestamp } from './period';

type Snapshot = Record<string, unknown> | null;

interface Story {
  entity: 'organisation' | 'link';
  /** The record as it stood before the period, and at its end (null: did not exist). */
  before: Snapshot;
  after: Snapshot;
  touched: boolean;
}

const isActive = (s: Snapshot): boolean => s !== null && (s.archivedAt ?? null) === null;
/** A text field of a stored snapshot ('' when missing or not text). */
const field = (s: Snapshot, key: string): string => (typeof s?.[key] === 'string' ? s[key] : '');

/** Twelve hours either side covers every time zone's calendar day; the exact day is checked row by row. */
const dayBefore = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString();

/**
 * Network changes in the period, read from the change history (every change is kept there
 * with its time, undo and redo included). A record counts by where it ended up: an
 * organisation active when the period began and archived at its end was archived in the
 * period; one created and undone the same week left no trace and is not listed.
 */
const stories = (ctx: ServiceContext, period: ReportPeriod): Map<string, Story> => {
  const entities = ['organisation', 'link'];
  const touchedIds = ctx.db
    .selectDistinct({ entityId: historyEntries.entityId })
    .from(historyEntries)
    .where(and(inArray(historyEntries.entity, entities), gte(historyEntries.at, dayBefore(period.from))))
    .all()
    .map((r) => r.entityId);
  if (touchedIds.length === 0) return new Map();
  const rows = ctx.db
    .select({
      entity: historyEntries.entity,
      entityId: historyEntries.entityId,
      after: historyEntries.after,
      at: historyEntries.at,
    })
    .from(historyEntries)
    .where(
      and(
        inArray(historyEntries.entity, entities),
        sql`${historyEntries.entityId} IN (SELECT value FROM json_each(${JSON.stringify(touchedIds)}))`,
      ),
    )
    .orderBy(asc(historyEntries.seq))
    .all();
  const result = new Map<string, Story>();
  for (const row of rows) {
    const day = dayOfTimestamp(row.at);
    if (day > period.asOf) continue;
    const story = result.get(row.entityId) ?? {
      entity: row.entity as Story['entity'],
      before: null,
      after: null,
      touched: false,
    };
    const snapshot = row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>);
    if (day < period.from) story.before = snapshot;
    else story.touched = true;
    story.after = snapshot;
    result.set(row.entityId, story);
  }
  return result;
};

export const reportNetwork = (ctx: ServiceContext, period: ReportPeriod): ReportSummary['network'] => {
  const names = new Map(
    ctx.db
      .select({ id: organisations.id, nameKk: organisations.nameKk, nameRu: organisations.nameRu })
      .from(organisations)
      .all()
      .map((o) => [o.id, o]),
  );
  const nameOf = (id: string) => names.get(id) ?? { nameKk: '', nameRu: '' };
  const organisation = (id: string, s: Snapshot) => {
    const now = names.get(id);
    return {
      id,
      nameKk: now?.nameKk ?? field(s, 'nameKk'),
      nameRu: now?.nameRu || field(s, 'nameRu') || (now?.nameKk ?? field(s, 'nameKk')),
    };
  };
  const link = (id: string, s: Snapshot): ReportLink => {
    const source = nameOf(field(s, 'sourceId'));
    const target = nameOf(field(s, 'targetId'));
    return {
      id,
      kind: field(s, 'kind'),
      sourceKk: source.nameKk,
      sourceRu: source.nameRu || source.nameKk,
      targetKk: target.nameKk,
      targetRu: target.nameRu || target.nameKk,
    };
  };
  const result: ReportSummary['network'] = {
    organisationsAdded: [],
    organisationsArchived: [],
    linksAdded: [],
    linksRemoved: [],
  };
  for (const [id, story] of stories(ctx, period)) {
    if (!story.touched) continue;
    const was = isActive(story.before);
    const is = isActive(story.after);
    if (was === is) continue;
    if (story.entity === 'organisation') {
      (is ? result.organisationsAdded : result.organisationsArchived).push(
        organisation(id, story.after ?? story.before),
      );
    } else {
      (is ? result.linksAdded : result.linksRemoved).push(link(id, story.after ?? story.before));
    }
  }
  const collator = new Intl.Collator('kk');
  result.organisationsAdded.sort((a, b) => collator.compare(a.nameKk, b.nameKk));
  result.organisationsArchived.sort((a, b) => collator.compare(a.nameKk, b.nameKk));
  const linkOrder = (a: ReportLink, b: ReportLink) =>
    collator.compare(a.sourceKk, b.sourceKk) || collator.compare(a.targetKk, b.targetKk);
  result.linksAdded.sort(linkOrder);
  result.linksRemoved.sort(linkOrder);
  return result;
};
