/**
 * The council's quarterly and annual reports (issue 5, item 8; DOMAIN.md §9.3): sittings
 * held, decisions adopted and executed, agreements signed and ending, network changes and
 * modules without a lead, all by the workspace clock. The figures are read in one go, so
 * a document shows one consistent moment of the store.
 */
import type { ServiceContext } from '../context';
import { quarterOf, requireCouncil, today } from '../sessions/records';
import { moduleCoverage } from '../modules';
import { moduleCatalogue } from '../../../shared/reference';
import type { ReportPeriodInput, ReportQuarterFigures, ReportSummary } from '../../../shared/api/reports';
import { reportPeriodOf } from './period';
import { reportSittings } from './sittings';
import { reportDecisions } from './decisions';
import { reportAgreements } from './agreements';
import { reportNetwork } from './network';

export { executionRate, statusOn } from './decisions';

const sections = (ctx: ServiceContext, input: ReportPeriodInput) => {
  const period = reportPeriodOf(input, today(ctx));
  return {
    period,
    sittings: reportSittings(ctx, period),
    decisions: reportDecisions(ctx, period),
    agreements: reportAgreements(ctx, period),
    network: reportNetwork(ctx, period),
  };
};

const quarterFigures = (ctx: ServiceContext, year: number, quarter: number): ReportQuarterFigures => {
  const s = sections(ctx, { year, quarter });
  return {
    quarter,
    sittingsHeld: s.sittings.held,
    decisionsAdopted: s.decisions.adopted,
    decisionsDone: s.decisions.done,
    executionRate: s.decisions.executionRate,
    agreementsSigned: s.agreements.signed.length,
    organisationsAdded: s.network.organisationsAdded.length,
    organisationsArchived: s.network.organisationsArchived.length,
    linksAdded: s.network.linksAdded.length,
    linksRemoved: s.network.linksRemoved.length,
  };
};

export const reportSummary = (ctx: ServiceContext, input: { period?: ReportPeriodInput }): ReportSummary =>
  // One read transaction: the sections and the quarters agree with each other.
  ctx.transaction(() => {
    const day = today(ctx);
    const period = input.period ?? { year: Number(day.slice(0, 4)), quarter: quarterOf(day) };
    const council = requireCouncil(ctx);
    const without = new Set(moduleCoverage(ctx).modulesWithoutLead);
    return {
      ...sections(ctx, period),
      today: day,
      councilNameKk: council.nameKk,
      councilNameRu: council.nameRu || council.nameKk,
      modulesWithoutLead: moduleCatalogue
        .filter((m) => without.has(m.id))
        .map((m) => ({ id: m.id, number: m.number, nameKk: m.name.kk, nameRu: m.name.ru })),
      quarters: period.quarter ? [] : [1, 2, 3, 4].map((q) => quarterFigures(ctx, period.year, q)),
    };
  });
