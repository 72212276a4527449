import { eq } from 'drizzle-orm';
import { agreements } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict } from '../errors';
import { recordChange, recordChanges, type Change } from '../history';
import { requireAgreement, requireEditableAgreement, today } from './records';
import { getAgreement, obligationsOf, partiesOf } from './read';
import { activeModuleIds, writeModules, writeObligations, writeParties } from './lists';
import { agreementStatus, nextTerm } from '../../../shared/domain/agreementStatus';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { agreementCalls } from '../../../shared/api/agreements';
import type { Agreement, AgreementDetail } from '../../../shared/model';

type TerminateInput = ParsedInputOf<typeof agreementCalls.terminate>;
type NewVersionInput = ParsedInputOf<typeof agreementCalls.newVersion>;

/** Ends the agreement on `on`; from that day its status is "terminated", and it can no longer be edited. */
export const terminateAgreement = (ctx: ServiceContext, { id, on }: TerminateInput): AgreementDetail =>
  ctx.transaction(() => {
    const before = requireEditableAgreement(ctx, id);
    if (before.signedOn && on < before.signedOn) throw conflict('terminatedBeforeSigned');
    const after = ctx.db
      .update(agreements)
      .set({ terminatedOn: on, stage: 'terminated', updatedAt: ctx.now().toISOString() })
      .where(eq(agreements.id, id))
      .returning()
      .get();
    recordChange(ctx, { entity: 'agreement', entityId: id, action: 'update', before, after });
    return getAgreement(ctx, id);
  });

/**
 * The term of the new version. An amendment keeps the dates; a renewal starts the day
 * after the current term ends (for an automatically renewed agreement, the term running
 * today) and runs as long.
 */
const versionTerm = (
  ctx: ServiceContext,
  old: Agreement,
  reason: NewVersionInput['reason'],
): Pick<Agreement, 'validFrom' | 'validTo'> => {
  if (reason === 'amendment') return { validFrom: old.validFrom, validTo: old.validTo };
  if (!old.validFrom || !old.validTo || old.indefinite) throw conflict('renewalNeedsTerm');
  const { renewals } = agreementStatus(old, today(ctx));
  return nextTerm(old.validFrom, old.validTo, renewals);
};

/**
 * An amendment or renewal (DOMAIN.md §8.2 item 5): a new version that copies the
 * agreement with its parties, obligations and modules and points at it; the old one is
 * superseded and leaves the registry. Attachments stay with the version they document.
 * The new version keeps the signing date unless one is given, so the agreement stays in
 * force in the registry while the amendment is being signed.
 */
export const newAgreementVersion = (
  ctx: ServiceContext,
  { id, reason, signedOn }: NewVersionInput,
): AgreementDetail =>
  ctx.transaction(() => {
    const old = requireEditableAgreement(ctx, id);
    const term = versionTerm(ctx, old, reason);
    const at = ctx.now().toISOString();
    const created = ctx.db
      .insert(agreements)
      .values({
        ...old,
        ...term,
        id: ctx.newId(),
        signedOn: signedOn === undefined ? old.signedOn : signedOn,
        terminatedOn: null,
        previousVersionId: old.id,
        versionReason: reason,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    // Copies, not checks: the parties were valid when agreed, even if one has been archived since.
    const parties = partiesOf(ctx, [id]).map((p) => ({
      organisationId: p.organisationId,
      role: p.role,
      signatoryPersonId: p.signatoryPersonId,
    }));
    const written = writeParties(ctx, created.id, parties, new Map(), at);
    const obligations = obligationsOf(ctx, id).map((o) => ({
      organisationId: o.organisationId,
      description: o.description,
      dueOn: o.dueOn,
      status: o.status,
    }));
    // The new version first, so undo and the history name the step "create".
    const changes: Change[] = [
      { entity: 'agreement', entityId: created.id, action: 'create', before: null, after: created },
      ...written.changes,
      ...writeObligations(ctx, created.id, obligations, new Map(), written.partyIdByOrg, at),
      ...writeModules(ctx, created.id, activeModuleIds(ctx, id), at),
    ];
    if (reason === 'amendment') {
      const amended = ctx.db
        .update(agreements)
        .set({ stage: 'amended', updatedAt: at })
        .where(eq(agreements.id, id))
        .returning()
        .get();
      changes.push({ entity: 'agreement', entityId: id, action: 'update', before: old, after: amended });
    }
    recordChanges(ctx, changes);
    return getAgreement(ctx, created.id);
  });

const setArchived = (ctx: ServiceContext, id: string, archive: boolean): AgreementDetail =>
  ctx.transaction(() => {
    const before = requireAgreement(ctx, id);
    if (archive === (before.archivedAt !== null)) throw conflict(archive ? 'archived' : 'notArchived');
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(agreements)
      .set({ archivedAt: archive ? at : null, updatedAt: at })
      .where(eq(agreements.id, id))
      .returning()
      .get();
    recordChange(ctx, {
      entity: 'agreement',
      entityId: id,
      action: archive ? 'archive' : 'restore',
      before,
      after,
    });
    return getAgreement(ctx, id);
  });

/** Archiving hides the agreement with its parties and obligations; they stay as they were, for restoring. */
export const archiveAgreement = (ctx: ServiceContext, id: string): AgreementDetail =>
  setArchived(ctx, id, true);
export const restoreAgreement = (ctx: ServiceContext, id: string): AgreementDetail =>
  setArchived(ctx, id, false);
