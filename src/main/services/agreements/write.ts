import { eq } from 'drizzle-orm';
import { agreements } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { recordChanges, type Change } from '../history';
import { requireEditableAgreement } from './records';
import { getAgreement } from './read';
import {
  activeParties,
  checkDates,
  checkModules,
  checkObligations,
  checkParties,
  checkStage,
} from './validate';
import {
  activeObligations,
  archiveObligationsOfParties,
  writeModules,
  writeObligations,
  writeParties,
} from './lists';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { agreementCalls } from '../../../shared/api/agreements';
import type { AgreementDetail } from '../../../shared/model';

type CreateInput = ParsedInputOf<typeof agreementCalls.create>;
type UpdateInput = ParsedInputOf<typeof agreementCalls.update>;

/** An indefinite agreement has no end date: one kept from before would only mislead. */
const validToOf = (indefinite: boolean, validTo: string | null): string | null =>
  indefinite ? null : validTo;

/** The agreement with its parties, obligations and modules: one transaction, one batch of history. */
export const createAgreement = (
  ctx: ServiceContext,
  { parties, obligations = [], moduleIds = [], ...fields }: CreateInput,
): AgreementDetail =>
  ctx.transaction(() => {
    checkStage(fields.stage);
    const indefinite = fields.indefinite ?? false;
    const term = {
      validFrom: fields.validFrom ?? null,
      validTo: validToOf(indefinite, fields.validTo ?? null),
    };
    checkDates(term);
    checkParties(ctx, parties);
    checkObligations(obligations, new Set(parties.map((p) => p.organisationId)));
    const modules = checkModules(ctx, moduleIds);

    const at = ctx.now().toISOString();
    const created = ctx.db
      .insert(agreements)
      .values({
        id: ctx.newId(),
        number: fields.number ?? '',
        title: fields.title,
        kind: fields.kind,
        subject: fields.subject ?? '',
        signedOn: fields.signedOn ?? null,
        ...term,
        indefinite,
        autoRenew: fields.autoRenew ?? false,
        noticeDays: fields.noticeDays ?? 30,
        terminatedOn: null,
        stage: fields.stage ?? 'problem_stated',
        previousVersionId: null,
        versionReason: null,
        notes: fields.notes ?? '',
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    const written = writeParties(ctx, created.id, parties, new Map(), at);
    recordChanges(ctx, [
      { entity: 'agreement', entityId: created.id, action: 'create', before: null, after: created },
      ...written.changes,
      ...writeObligations(ctx, created.id, obligations, new Map(), written.partyIdByOrg, at),
      ...writeModules(ctx, created.id, modules, at),
    ]);
    return getAgreement(ctx, created.id);
  });

/**
 * Changes the agreement; `parties`, `obligations` and `moduleIds`, when given, replace the
 * saved lists (see lists.ts). Everything is checked on the record as it will be saved.
 */
export const updateAgreement = (ctx: ServiceContext, { id, patch }: UpdateInput): AgreementDetail =>
  ctx.transaction(() => {
    const before = requireEditableAgreement(ctx, id);
    const { parties, obligations, moduleIds, ...fields } = patch;
    checkStage(fields.stage);
    const indefinite = fields.indefinite ?? before.indefinite;
    const term = {
      validFrom: fields.validFrom === undefined ? before.validFrom : fields.validFrom,
      validTo: validToOf(indefinite, fields.validTo === undefined ? before.validTo : fields.validTo),
    };
    checkDates(term);

    const savedParties = activeParties(ctx, id);
    if (parties) checkParties(ctx, parties, savedParties);
    const partyOrgIds = parties
      ? new Set(parties.map((p) => p.organisationId))
      : new Set([...savedParties.values()].map((p) => p.organisationId));
    if (obligations) checkObligations(obligations, partyOrgIds);
    const modules = moduleIds ? checkModules(ctx, moduleIds) : undefined;

    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(agreements)
      .set({ ...fields, ...term, indefinite, updatedAt: at })
      .where(eq(agreements.id, id))
      .returning()
      .get();
    const changes: Change[] = [{ entity: 'agreement', entityId: id, action: 'update', before, after }];
    const savedObligations = activeObligations(ctx, id);
    let partyIdByOrg = new Map([...savedParties.values()].map((p) => [p.organisationId, p.id]));
    if (parties) {
      const written = writeParties(ctx, id, parties, savedParties, at);
      changes.push(...written.changes);
      partyIdByOrg = written.partyIdByOrg;
      if (!obligations)
        changes.push(...archiveObligationsOfParties(ctx, savedObligations, written.removedIds, at));
    }
    if (obligations) {
      changes.push(...writeObligations(ctx, id, obligations, savedObligations, partyIdByOrg, at));
    }
    if (modules) changes.push(...writeModules(ctx, id, modules, at));
    recordChanges(ctx, changes);
    return getAgreement(ctx, id);
  });
