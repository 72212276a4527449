import type { ServiceContext } from '../context';
import { listAgreements } from '../agreements';
import { agreementStatus } from '../../../shared/domain/agreementStatus';
import type { ReportAgreement, ReportPeriod, ReportSummary } from '../../../shared/api/reports';
import type { AgreementListItem } from '../../../shared/model';
import { within } from './period';

const toReport = (a: AgreementListItem, asOf: string): ReportAgreement => {
  const info = agreementStatus(a, asOf);
  return {
    id: a.id,
    number: a.number,
    title: a.title,
    signedOn: a.signedOn,
    termEnd: info.termEnd ?? a.terminatedOn,
    status: info.status,
    partiesKk: a.parties.map((p) => p.organisationNameKk),
    partiesRu: a.parties.map((p) => p.organisationNameRu || p.organisationNameKk),
  };
};

/**
 * Whether the agreement's term, as it stood when the period began, ends inside the period:
 * it expired (or will at the period's end) or was terminated then. An automatically
 * renewed agreement rolls over instead of ending; a version replaced by an amendment or
 * renewal is followed by its successor, so only current versions count.
 */
const endsWithin = (a: AgreementListItem, period: ReportPeriod): boolean => {
  if (a.supersededById) return false;
  if (within(a.terminatedOn, period.from, period.to)) return true;
  const atStart = agreementStatus(a, period.from);
  if (atStart.status !== 'active' && atStart.status !== 'expiring') return false;
  return !a.autoRenew && within(atStart.termEnd, period.from, period.to);
};

/**
 * Agreements signed in the period (every version: a renewal signed is a signing) and those
 * whose term ends in it, with their status computed for the report's day by the shared rule.
 */
export const reportAgreements = (ctx: ServiceContext, period: ReportPeriod): ReportSummary['agreements'] => {
  const all = listAgreements(ctx, { includeSuperseded: true });
  const bySigning = (a: ReportAgreement, b: ReportAgreement) =>
    (a.signedOn ?? '').localeCompare(b.signedOn ?? '') || a.number.localeCompare(b.number, 'ru');
  const byEnd = (a: ReportAgreement, b: ReportAgreement) =>
    (a.termEnd ?? '').localeCompare(b.termEnd ?? '') || a.number.localeCompare(b.number, 'ru');
  return {
    signed: all
      .filter((a) => within(a.signedOn, period.from, period.asOf))
      .map((a) => toReport(a, period.asOf))
      .sort(bySigning),
    ending: all
      .filter((a) => endsWithin(a, period))
      .map((a) => toReport(a, period.asOf))
      .sort(byEnd),
  };
};
