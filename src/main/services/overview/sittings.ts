import { and, asc, gte, isNull, sql } from 'drizzle-orm';
import { councilSessions } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { openDecisions, sessionYear } from '../sessions';
import { periodOf } from '../sessions/year';
import { requireCouncil } from '../sessions/records';
import { daysBetween } from './days';
import {
  TOP_OVERDUE,
  type CouncilOverview,
  type OverviewPeriod,
  type OverviewSession,
} from '../../../shared/api/overview';

/**
 * The next sitting on or after today, not cancelled (archived). A sitting later today
 * counts as today's, whatever its status: the secretary is about to hold it or has just.
 */
export const nextSession = (ctx: ServiceContext, today: string): OverviewSession | null => {
  const row = ctx.db
    .select()
    .from(councilSessions)
    .where(
      and(isNull(councilSessions.archivedAt), gte(sql`substr(${councilSessions.startsAt}, 1, 10)`, today)),
    )
    .orderBy(asc(councilSessions.startsAt), asc(councilSessions.number))
    .limit(1)
    .get();
  if (!row?.startsAt) return null;
  const date = row.startsAt.slice(0, 10);
  return {
    id: row.id,
    number: row.number,
    year: row.year,
    date,
    time: row.startsAt.length > 10 ? row.startsAt.slice(11, 16) : null,
    place: row.place,
    onlinePlatform: row.onlinePlatform,
    status: row.status,
    daysUntil: daysBetween(today, date),
  };
};

/** The council's cadence period that holds today, with the sessions backend's own flag. */
export const currentPeriod = (ctx: ServiceContext, today: string): OverviewPeriod => {
  const council = requireCouncil(ctx);
  const year = sessionYear(ctx, Number(today.slice(0, 4)));
  const period = periodOf(council.sessionCadence, today);
  const found = year.periods.find((p) => p.period === period);
  if (!found) throw new Error(`No period ${period} in ${year.year}`);
  return {
    year: year.year,
    cadence: year.cadence,
    period,
    from: found.from,
    to: found.to,
    noSessionPlanned: found.noSessionPlanned,
  };
};

/** Counts of the decisions still to be carried out, and the overdue ones at the top of the list. */
export const decisionsToChase = (ctx: ServiceContext): CouncilOverview['decisions'] => {
  const open = openDecisions(ctx);
  const overdue = open.filter((d) => d.overdue);
  return {
    open: open.length,
    overdue: overdue.length,
    topOverdue: overdue.slice(0, TOP_OVERDUE).map((d) => ({
      id: d.id,
      number: d.number,
      text: d.text,
      deadline: d.deadline,
      status: d.status,
      overdue: d.overdue,
      sessionId: d.sessionId,
      sessionNumber: d.sessionNumber,
      sessionYear: d.sessionYear,
      sessionDate: d.sessionStartsAt?.slice(0, 10) ?? null,
    })),
  };
};
