import { and, eq, isNull, lte } from 'drizzle-orm';
import { councilSessions, decisions, organisations } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { decisionItems } from '../sessions/read';
import type { ReportDecision, ReportPeriod, ReportSummary } from '../../../shared/api/reports';
import type { TrackedStatus } from '../../../shared/domain/enums';
import type { DecisionItem } from '../../../shared/model';
import { dayOfTimestamp, within } from './period';

type Decided = DecisionItem & { sessionDate: string | null };

/**
 * A decision's status on `day`, from its status now and the moment it was closed: a
 * decision done after the period counts as open at the period's end. (Whether it was
 * "open" or "in progress" then is not kept; "open" stands for both.)
 */
export const statusOn = (
  d: { status: TrackedStatus; closedAt: string | null },
  day: string,
): TrackedStatus => {
  const closed = d.status === 'done' || d.status === 'cancelled';
  if (!closed) return d.status;
  return d.closedAt && dayOfTimestamp(d.closedAt) <= day ? d.status : 'open';
};

const isOpen = (status: TrackedStatus): boolean => status === 'open' || status === 'in_progress';

/**
 * Every decision of sittings held up to `asOf` (not archived), numbered and with its outcome
 * by the sessions backend: a proposal the vote rejected is not a decision to execute.
 */
const adoptedUpTo = (ctx: ServiceContext, asOf: string): Decided[] => {
  const rows = ctx.db
    .select({ decision: decisions, startsAt: councilSessions.startsAt })
    .from(decisions)
    .innerJoin(councilSessions, eq(councilSessions.id, decisions.sessionId))
    .where(
      and(
        isNull(decisions.archivedAt),
        isNull(councilSessions.archivedAt),
        // startsAt is "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM": everything on asOf sorts below asOf + "~".
        lte(councilSessions.startsAt, `${asOf}~`),
      ),
    )
    .all();
  const dates = new Map(rows.map((r) => [r.decision.id, r.startsAt ? r.startsAt.slice(0, 10) : null]));
  return decisionItems(
    ctx,
    rows.map((r) => r.decision),
  )
    .filter((d) => d.outcome === 'adopted')
    .map((d) => ({ ...d, sessionDate: dates.get(d.id) ?? null }));
};

/** Execution rate: done / (adopted − cancelled); a cancelled decision is nothing left to execute. */
export const executionRate = (adopted: number, done: number, cancelled: number): number | null => {
  const due = adopted - cancelled;
  return due > 0 ? done / due : null;
};

const byNumber = (a: Decided, b: Decided): number =>
  (a.sessionDate ?? '').localeCompare(b.sessionDate ?? '') ||
  a.number.localeCompare(b.number, 'ru', { numeric: true });

export const reportDecisions = (ctx: ServiceContext, period: ReportPeriod): ReportSummary['decisions'] => {
  const all = adoptedUpTo(ctx, period.asOf).sort(byNumber);
  const names = new Map(
    ctx.db
      .select({ id: organisations.id, nameKk: organisations.nameKk, nameRu: organisations.nameRu })
      .from(organisations)
      .all()
      .map((o) => [o.id, o]),
  );
  const toReport = (d: Decided): ReportDecision => {
    const status = statusOn(d, period.asOf);
    const responsible = d.responsibleOrganisationIds.flatMap((id) => names.get(id) ?? []);
    return {
      id: d.id,
      number: d.number,
      sessionNumber: d.sessionNumber,
      sessionDate: d.sessionDate,
      text: d.text,
      deadline: d.deadline,
      status,
      overdue: isOpen(status) && d.deadline !== null && d.deadline < period.asOf,
      responsibleNamesKk: responsible.map((o) => o.nameKk),
      responsibleNamesRu: responsible.map((o) => o.nameRu || o.nameKk),
    };
  };
  const reported = all.map(toReport);
  const adoptedItems = reported.filter((d) => within(d.sessionDate, period.from, period.to));
  const done = adoptedItems.filter((d) => d.status === 'done').length;
  const cancelled = adoptedItems.filter((d) => d.status === 'cancelled').length;
  const open = reported.filter((d) => isOpen(d.status));
  return {
    adopted: adoptedItems.length,
    done,
    cancelled,
    executionRate: executionRate(adoptedItems.length, done, cancelled),
    adoptedItems,
    openAtEnd: open.length,
    overdueAtEnd: open.filter((d) => d.overdue),
  };
};
