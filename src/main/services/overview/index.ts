import type { ServiceContext } from '../context';
import { moduleCoverage } from '../modules';
import { today as todayOf } from '../sessions/records';
import { agreementsToRenew } from './agreements';
import { organisationTypeCounts } from './figure13';
import { recentChanges } from './recent';
import { currentPeriod, decisionsToChase, nextSession } from './sittings';
import type { CouncilOverview } from '../../../shared/api/overview';

/**
 * The council secretary's first screen (issue 5, item 7): what is coming, what is late,
 * what is missing, and what changed, all on the workspace clock so KENES_NOW and the tests'
 * clocks move it. Read-only: nothing here writes to the workspace.
 */
export const councilOverview = (ctx: ServiceContext): CouncilOverview => {
  const today = todayOf(ctx);
  const organisationTypes = organisationTypeCounts(ctx);
  return {
    now: ctx.now().toISOString(),
    today,
    nextSession: nextSession(ctx, today),
    currentPeriod: currentPeriod(ctx, today),
    decisions: decisionsToChase(ctx),
    agreements: agreementsToRenew(ctx),
    modulesWithoutLead: moduleCoverage(ctx).modulesWithoutLead,
    organisationTypes,
    organisationTotal: organisationTypes.reduce((sum, t) => sum + t.count, 0),
    recentChanges: recentChanges(ctx),
  };
};
