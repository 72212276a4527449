import { and, eq, isNull, sql } from 'drizzle-orm';
import { agendaItems, councilSessions, decisions } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { requireCouncil, today } from './records';
import type { CouncilProfile, SessionListItem, SessionPeriod, SessionYear } from '../../../shared/model';

/** Months per period of each cadence (DOMAIN.md §9.3: the council sits quarterly). */
const MONTHS: Record<CouncilProfile['sessionCadence'], number> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Which period of its year a day falls in, for a cadence. */
export const periodOf = (cadence: CouncilProfile['sessionCadence'], day: string): number =>
  Math.floor((Number(day.slice(5, 7)) - 1) / MONTHS[cadence]) + 1;

/**
 * A year's sittings (not archived) in the council's cadence periods. A period with no
 * sitting in it is flagged, so the secretary is warned before the quarter slips by.
 */
export const sessionYear = (ctx: ServiceContext, requested?: number): SessionYear => {
  const council = requireCouncil(ctx);
  const day = today(ctx);
  const year = requested ?? Number(day.slice(0, 4));
  const span = MONTHS[council.sessionCadence];
  const sessions: SessionListItem[] = ctx.db
    .select({
      session: councilSessions,
      // Aliased and qualified: drizzle writes a lone table's column unqualified ("id"),
      // which inside the subquery would be the agenda item's own id and count nothing.
      agendaItemCount: sql<number>`(SELECT count(*) FROM ${agendaItems} a WHERE a.session_id = "council_sessions"."id" AND a.archived_at IS NULL)`,
      decisionCount: sql<number>`(SELECT count(*) FROM ${decisions} d WHERE d.session_id = "council_sessions"."id" AND d.archived_at IS NULL)`,
    })
    .from(councilSessions)
    .where(and(eq(councilSessions.year, year), isNull(councilSessions.archivedAt)))
    .orderBy(councilSessions.startsAt, councilSessions.number)
    .all()
    .map((r) => ({ ...r.session, agendaItemCount: r.agendaItemCount, decisionCount: r.decisionCount }));
  const periods: SessionPeriod[] = [];
  for (let period = 1; period <= 12 / span; period++) {
    const firstMonth = (period - 1) * span + 1;
    const lastMonth = period * span;
    const mine = sessions.filter(
      (s) => s.startsAt && periodOf(council.sessionCadence, s.startsAt) === period,
    );
    periods.push({
      period,
      from: `${year}-${pad(firstMonth)}-01`,
      to: `${year}-${pad(lastMonth)}-${pad(lastDayOf(year, lastMonth))}`,
      sessions: mine,
      noSessionPlanned: mine.length === 0,
    });
  }
  return { year, cadence: council.sessionCadence, numbering: council.sessionNumbering, periods, today: day };
};
