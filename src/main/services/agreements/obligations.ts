import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { agreementObligations, agreementParties, agreements, organisations } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../errors';
import { recordChange } from '../history';
import { isCurrent, newerVersionOf, requireAgreement, today } from './records';
import { agreementStatus, isObligationOverdue } from '../../../shared/domain/agreementStatus';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { agreementCalls } from '../../../shared/api/agreements';
import type { ObligationListItem } from '../../../shared/model';

type ListInput = ParsedInputOf<typeof agreementCalls.obligations>;
type UpdateInput = ParsedInputOf<typeof agreementCalls.updateObligation>;

const obligationRows = (ctx: ServiceContext, where: SQL | undefined) =>
  ctx.db
    .select({
      obligation: agreementObligations,
      organisationId: agreementParties.organisationId,
      organisationNameKk: organisations.nameKk,
      organisationNameRu: organisations.nameRu,
      shortName: organisations.shortName,
      agreement: agreements,
    })
    .from(agreementObligations)
    .innerJoin(agreementParties, eq(agreementParties.id, agreementObligations.partyId))
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .innerJoin(agreements, eq(agreements.id, agreementObligations.agreementId))
    .where(where)
    .all();

type Row = ReturnType<typeof obligationRows>[number];

const toItem = ({ obligation, agreement, ...names }: Row, day: string): ObligationListItem => ({
  ...obligation,
  ...names,
  overdue: isObligationOverdue(obligation, day),
  agreementNumber: agreement.number,
  agreementTitle: agreement.title,
});

/** Overdue first, then by due date (undated last), then by agreement number and the listed order. */
const compareObligations = (a: ObligationListItem, b: ObligationListItem): number =>
  Number(b.overdue) - Number(a.overdue) ||
  (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
  a.agreementNumber.localeCompare(b.agreementNumber, 'ru', { numeric: true }) ||
  a.agreementId.localeCompare(b.agreementId) ||
  a.position - b.position;

/**
 * What the parties owe under the current agreements: not archived, not superseded by a
 * newer version (which carries its own copy of the obligations), not terminated.
 */
export const listObligations = (ctx: ServiceContext, input: ListInput): ObligationListItem[] => {
  const day = today(ctx);
  const where = and(
    isNull(agreementObligations.archivedAt),
    isNull(agreementParties.archivedAt),
    isNull(agreements.archivedAt),
    isCurrent,
    input.organisationId ? eq(agreementParties.organisationId, input.organisationId) : undefined,
    input.status ? eq(agreementObligations.status, input.status) : undefined,
  );
  return obligationRows(ctx, where)
    .filter((r) => agreementStatus(r.agreement, day).status !== 'terminated')
    .map((r) => toItem(r, day))
    .filter((o) => !input.overdueOnly || o.overdue)
    .sort(compareObligations);
};

/** Marks progress on one obligation (status, due date, wording), as the obligations view does. */
export const updateObligation = (ctx: ServiceContext, { id, patch }: UpdateInput): ObligationListItem =>
  ctx.transaction(() => {
    const before = ctx.db.select().from(agreementObligations).where(eq(agreementObligations.id, id)).get();
    if (!before) throw notFound();
    if (before.archivedAt) throw conflict('archived');
    // Progress is tracked until the agreement has actually ended: a termination set for a
    // later day leaves its obligations running until then (they stay in the list too).
    const agreement = requireAgreement(ctx, before.agreementId);
    if (agreement.archivedAt) throw conflict('archived');
    if (newerVersionOf(ctx, agreement.id)) throw conflict('superseded');
    if (agreement.terminatedOn && agreement.terminatedOn <= today(ctx)) throw conflict('agreementTerminated');
    const after = ctx.db
      .update(agreementObligations)
      .set({ ...patch, updatedAt: ctx.now().toISOString() })
      .where(eq(agreementObligations.id, id))
      .returning()
      .get();
    recordChange(ctx, { entity: 'agreement_obligation', entityId: id, action: 'update', before, after });
    const [row] = obligationRows(ctx, eq(agreementObligations.id, id));
    return toItem(row as Row, today(ctx));
  });
