import type { ServiceContext } from '../context';
import { sessionYear } from '../sessions';
import type { ReportPeriod, ReportSummary } from '../../../shared/api/reports';
import type { SessionStatus } from '../../../shared/domain/enums';
import { within } from './period';

/** Statuses a sitting reaches once it has taken place. */
export const HELD_STATUSES: readonly SessionStatus[] = ['held', 'minutes_drafted', 'approved'];

/**
 * The sittings of the period, read through the sessions backend's year view, and the
 * periods of the council's cadence inside it where no sitting was held: the report
 * states them, as the council is expected to sit every quarter (DOMAIN.md §9.3).
 */
export const reportSittings = (ctx: ServiceContext, period: ReportPeriod): ReportSummary['sittings'] => {
  const year = sessionYear(ctx, period.year);
  const periods = year.periods.filter((p) => p.from >= period.from && p.to <= period.to);
  const items = periods
    .flatMap((p) => p.sessions)
    .filter((s) => within(s.startsAt, period.from, period.to))
    .map((s) => ({
      id: s.id,
      number: s.number,
      date: s.startsAt ? s.startsAt.slice(0, 10) : null,
      status: s.status,
      decisionCount: s.decisionCount,
    }));
  return {
    items,
    held: items.filter((s) => HELD_STATUSES.includes(s.status)).length,
    gaps: periods
      // A cadence period not begun yet is no gap: the annual report made in October
      // does not blame the council for the fourth quarter.
      .filter((p) => p.from <= period.asOf && !p.sessions.some((s) => HELD_STATUSES.includes(s.status)))
      .map((p) => ({ period: p.period, from: p.from, to: p.to, planned: p.sessions.length })),
  };
};
