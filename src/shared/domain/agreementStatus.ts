import type { AgreementStatus } from './enums';

/** The dates of an agreement that decide its status. Dates are calendar days, YYYY-MM-DD. */
export interface AgreementTerm {
  signedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
  indefinite: boolean;
  autoRenew: boolean;
  noticeDays: number;
  terminatedOn: string | null;
}

export interface AgreementStatusInfo {
  status: AgreementStatus;
  /**
   * The last day of the current term: validTo, or for an automatically renewed agreement
   * the end of the renewal period that contains today. Null when indefinite or not set.
   */
  termEnd: string | null;
  /** Days from today to termEnd (negative once expired); null without a term end. */
  daysToExpiry: number | null;
  /** The first day on which notice must be given (termEnd − notice period); null without a term end. */
  noticeFrom: string | null;
  /** How many times an automatic renewal has rolled the term over by today. */
  renewals: number;
}

const DAY = 86_400_000;
const toDay = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Today as the person at the computer sees it: the local calendar day, not UTC's (Astana is UTC+5). */
export const isoDay = (now: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** Adds calendar months the way a contract term does: 31 Jan + 1 month = 28/29 Feb. */
const addMonths = (iso: string, months: number): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
};

/** Whole calendar months from one day to another, ignoring the days of the month. */
const monthsBetween = (from: string, to: string): number => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
};

/**
 * The end of each successive term of an agreement: term 0 ends on validTo, term k on the
 * day before the k-th renewal would end. A term of whole calendar months (1 Jan–31 Dec,
 * 31 Jan–27 Feb) renews by months counted from validFrom, so a month-end start keeps
 * ending at month ends (31 Jan → 27 Feb, 30 Mar, 29 Apr …) instead of drifting to the
 * 28th; any other term renews by its number of days; without a start date, by a year.
 */
const termEnds = (
  validFrom: string | null,
  validTo: string,
): { end: (k: number) => string; maxDays: number } => {
  const dayAfter = fromDay(toDay(validTo) + 1);
  if (!validFrom) {
    return { end: (k) => fromDay(toDay(addMonths(dayAfter, 12 * k)) - 1), maxDays: 366 };
  }
  const months = monthsBetween(validFrom, dayAfter);
  if (months >= 1 && addMonths(validFrom, months) === dayAfter) {
    return { end: (k) => fromDay(toDay(addMonths(validFrom, months * (k + 1))) - 1), maxDays: months * 31 };
  }
  const days = Math.max(1, toDay(dayAfter) - toDay(validFrom));
  return { end: (k) => fromDay(toDay(validTo) + days * k), maxDays: days };
};

/** The term that contains `today` for an automatically renewed agreement: its end and how many renewals led there. */
const currentTerm = (validFrom: string | null, validTo: string, today: string) => {
  const { end, maxDays } = termEnds(validFrom, validTo);
  // Jump close with arithmetic, then step: a 1-month term renewed for decades stays cheap.
  let renewals = Math.max(0, Math.floor((toDay(today) - toDay(validTo)) / maxDays));
  while (end(renewals) < today) renewals += 1;
  return { termEnd: end(renewals), renewals };
};

/**
 * The next term of an agreement whose `renewals`-th term (0: the term as written) is
 * ending: it starts the day after and runs as long (DOMAIN.md §8.2 item 5, renewal).
 */
export const nextTerm = (
  validFrom: string,
  validTo: string,
  renewals = 0,
): { validFrom: string; validTo: string } => {
  const { end } = termEnds(validFrom, validTo);
  return { validFrom: fromDay(toDay(end(renewals)) + 1), validTo: end(renewals + 1) };
};

/**
 * The status of an agreement on `today`, from its dates alone (the issue: "status computed
 * from the dates and the clock"):
 * - terminated once the termination date has come;
 * - draft until it is signed;
 * - expired after the term end; an automatically renewed agreement never expires, its term
 *   rolls over by its own length (a year when it has no start date);
 * - expiring from the first day of the notice period to the term end;
 * - otherwise active (also when indefinite, or when no end date is set).
 */
export const agreementStatus = (term: AgreementTerm, today: string): AgreementStatusInfo => {
  const none = { termEnd: null, daysToExpiry: null, noticeFrom: null, renewals: 0 };
  if (term.terminatedOn && term.terminatedOn <= today) return { status: 'terminated', ...none };
  if (!term.signedOn) return { status: 'draft', ...none };
  if (term.indefinite || !term.validTo) return { status: 'active', ...none };

  let termEnd = term.validTo;
  let renewals = 0;
  if (term.autoRenew && termEnd < today)
    ({ termEnd, renewals } = currentTerm(term.validFrom, term.validTo, today));
  if (term.terminatedOn && term.terminatedOn < termEnd) termEnd = term.terminatedOn;
  const daysToExpiry = toDay(termEnd) - toDay(today);
  const noticeFrom = fromDay(toDay(termEnd) - Math.max(0, term.noticeDays));
  const status: AgreementStatus = daysToExpiry < 0 ? 'expired' : today >= noticeFrom ? 'expiring' : 'active';
  return { status, termEnd, daysToExpiry, noticeFrom, renewals };
};

/** An obligation is overdue when its due date has passed and it is neither done nor cancelled. */
export const isObligationOverdue = (
  obligation: { dueOn: string | null; status: string },
  today: string,
): boolean =>
  obligation.dueOn !== null &&
  obligation.dueOn < today &&
  (obligation.status === 'open' || obligation.status === 'in_progress');
