import type { ServiceContext } from '../context';
import { listAgreements } from '../agreements';
import {
  RECENTLY_EXPIRED_DAYS,
  type CouncilOverview,
  type OverviewAgreement,
} from '../../../shared/api/overview';
import type { AgreementListItem } from '../../../shared/model';

const brief = (a: AgreementListItem): OverviewAgreement => ({
  id: a.id,
  number: a.number,
  title: a.title,
  status: a.status,
  termEnd: a.termEnd,
  daysToExpiry: a.daysToExpiry,
  parties: a.parties.map((p) => p.shortName || p.organisationNameKk),
});

const byTermEnd = (a: OverviewAgreement, b: OverviewAgreement): number =>
  (a.termEnd ?? '').localeCompare(b.termEnd ?? '') ||
  a.number.localeCompare(b.number, 'ru', { numeric: true });

/**
 * Agreements to act on: those in their notice period (status "expiring", computed by the
 * registry from the dates and today) and those that ran out lately without a renewal
 * (a renewed agreement is superseded by its new version and not listed).
 */
export const agreementsToRenew = (ctx: ServiceContext): CouncilOverview['agreements'] => {
  const current = listAgreements(ctx, {});
  return {
    expiring: current
      .filter((a) => a.status === 'expiring')
      .map(brief)
      .sort(byTermEnd),
    recentlyExpired: current
      .filter((a) => a.status === 'expired' && (a.daysToExpiry ?? 0) >= -RECENTLY_EXPIRED_DAYS)
      .map(brief)
      .sort((a, b) => byTermEnd(b, a)),
  };
};
