import { isoDay } from '../../../shared/domain/agreementStatus';
import type { ReportPeriod, ReportPeriodInput } from '../../../shared/api/reports';

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): string =>
  pad(new Date(Date.UTC(year, month, 0)).getUTCDate());

/**
 * A calendar quarter, or the whole year, and the day its figures stand at: the last day,
 * or today while the period is still running (a report made mid-quarter shows the
 * quarter so far, never states projected from the future).
 */
export const reportPeriodOf = ({ year, quarter }: ReportPeriodInput, today: string): ReportPeriod => {
  const firstMonth = quarter ? (quarter - 1) * 3 + 1 : 1;
  const lastMonth = quarter ? quarter * 3 : 12;
  const from = `${year}-${pad(firstMonth)}-01`;
  const to = `${year}-${pad(lastMonth)}-${lastDayOf(year, lastMonth)}`;
  return { year, quarter: quarter ?? null, from, to, asOf: today < to ? today : to };
};

export const within = (day: string | null | undefined, from: string, to: string): day is string =>
  typeof day === 'string' && day.slice(0, 10) >= from && day.slice(0, 10) <= to;

/**
 * The local calendar day of a stored timestamp (history rows and closing times are UTC
 * ISO strings): a change made at 01:00 in Astana on 1 April belongs to the second quarter.
 */
export const dayOfTimestamp = (iso: string): string => isoDay(new Date(iso));
