import { and, eq, inArray, isNull } from 'drizzle-orm';
import { agreementModules, agreementObligations, agreementParties } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import type { Change } from '../history';
import type { ObligationInput, PartyInput } from './validate';
import type { AgreementObligation, AgreementParty } from '../../../shared/model';

/**
 * Saving an agreement's parties, obligations or modules replaces the saved list: a row
 * named by id is updated (and recorded only if something changed), a row no longer
 * listed is archived — minutes and history still refer to it — and the rest are created.
 * Changes come back in the order written: undo reverts a batch newest first, so a party
 * is always removed after the obligations that point at it.
 */

const differs = <T extends object>(before: T, values: Partial<T>): boolean =>
  (Object.keys(values) as (keyof T)[]).some((k) => before[k] !== values[k]);

export const activeObligations = (
  ctx: ServiceContext,
  agreementId: string,
): Map<string, AgreementObligation> =>
  new Map(
    ctx.db
      .select()
      .from(agreementObligations)
      .where(and(eq(agreementObligations.agreementId, agreementId), isNull(agreementObligations.archivedAt)))
      .all()
      .map((o) => [o.id, o]),
  );

export const writeParties = (
  ctx: ServiceContext,
  agreementId: string,
  inputs: PartyInput[],
  saved: Map<string, AgreementParty>,
  at: string,
): { changes: Change[]; partyIdByOrg: Map<string, string>; removedIds: string[] } => {
  const changes: Change[] = [];
  const partyIdByOrg = new Map<string, string>();
  inputs.forEach((p, position) => {
    const kept = p.id ? saved.get(p.id) : undefined;
    if (kept) {
      const values = {
        organisationId: p.organisationId,
        role: p.role ?? kept.role,
        signatoryPersonId: p.signatoryPersonId === undefined ? kept.signatoryPersonId : p.signatoryPersonId,
        position,
      };
      if (differs(kept, values)) {
        const after = ctx.db
          .update(agreementParties)
          .set({ ...values, updatedAt: at })
          .where(eq(agreementParties.id, kept.id))
          .returning()
          .get();
        changes.push({ entity: 'agreement_party', entityId: kept.id, action: 'update', before: kept, after });
      }
      partyIdByOrg.set(p.organisationId, kept.id);
      return;
    }
    const created = ctx.db
      .insert(agreementParties)
      .values({
        id: ctx.newId(),
        agreementId,
        organisationId: p.organisationId,
        role: p.role ?? '',
        signatoryPersonId: p.signatoryPersonId ?? null,
        position,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    changes.push({
      entity: 'agreement_party',
      entityId: created.id,
      action: 'create',
      before: null,
      after: created,
    });
    partyIdByOrg.set(p.organisationId, created.id);
  });
  const keptIds = new Set(partyIdByOrg.values());
  const removed = [...saved.values()].filter((p) => !keptIds.has(p.id));
  changes.push(...archiveRows(ctx, 'agreement_party', removed, at));
  return { changes, partyIdByOrg, removedIds: removed.map((p) => p.id) };
};

export const writeObligations = (
  ctx: ServiceContext,
  agreementId: string,
  inputs: ObligationInput[],
  saved: Map<string, AgreementObligation>,
  partyIdByOrg: Map<string, string>,
  at: string,
): Change[] => {
  for (const o of inputs) if (o.id && !saved.has(o.id)) throw notFound();
  const changes: Change[] = [];
  const keptIds = new Set<string>();
  inputs.forEach((o, position) => {
    // The caller checked that every obligation names a party's organisation.
    const partyId = partyIdByOrg.get(o.organisationId) as string;
    const kept = o.id ? saved.get(o.id) : undefined;
    if (kept) {
      keptIds.add(kept.id);
      const values = {
        partyId,
        description: o.description,
        dueOn: o.dueOn === undefined ? kept.dueOn : o.dueOn,
        status: o.status ?? kept.status,
        position,
      };
      if (!differs(kept, values)) return;
      const after = ctx.db
        .update(agreementObligations)
        .set({ ...values, updatedAt: at })
        .where(eq(agreementObligations.id, kept.id))
        .returning()
        .get();
      changes.push({
        entity: 'agreement_obligation',
        entityId: kept.id,
        action: 'update',
        before: kept,
        after,
      });
      return;
    }
    const created = ctx.db
      .insert(agreementObligations)
      .values({
        id: ctx.newId(),
        agreementId,
        partyId,
        description: o.description,
        dueOn: o.dueOn ?? null,
        status: o.status ?? 'open',
        position,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    changes.push({
      entity: 'agreement_obligation',
      entityId: created.id,
      action: 'create',
      before: null,
      after: created,
    });
  });
  const removed = [...saved.values()].filter((o) => !keptIds.has(o.id));
  return [...changes, ...archiveRows(ctx, 'agreement_obligation', removed, at)];
};

/** A party taken off the agreement takes its obligations with it. */
export const archiveObligationsOfParties = (
  ctx: ServiceContext,
  saved: Map<string, AgreementObligation>,
  partyIds: string[],
  at: string,
): Change[] => {
  const gone = new Set(partyIds);
  return archiveRows(
    ctx,
    'agreement_obligation',
    [...saved.values()].filter((o) => gone.has(o.partyId)),
    at,
  );
};

export const activeModuleIds = (ctx: ServiceContext, agreementId: string): string[] =>
  ctx.db
    .select({ moduleId: agreementModules.moduleId })
    .from(agreementModules)
    .where(and(eq(agreementModules.agreementId, agreementId), isNull(agreementModules.archivedAt)))
    .all()
    .map((m) => m.moduleId);

/**
 * The modules the agreement serves. One row per pair, ever (a unique index): a module
 * taken off is archived, and put back it is that row restored.
 */
export const writeModules = (
  ctx: ServiceContext,
  agreementId: string,
  moduleIds: string[],
  at: string,
): Change[] => {
  const rows = new Map(
    ctx.db
      .select()
      .from(agreementModules)
      .where(eq(agreementModules.agreementId, agreementId))
      .all()
      .map((m) => [m.moduleId, m]),
  );
  const changes: Change[] = [];
  for (const moduleId of moduleIds) {
    const row = rows.get(moduleId);
    if (row && row.archivedAt === null) continue;
    if (row) {
      const after = ctx.db
        .update(agreementModules)
        .set({ archivedAt: null, updatedAt: at })
        .where(eq(agreementModules.id, row.id))
        .returning()
        .get();
      changes.push({ entity: 'agreement_module', entityId: row.id, action: 'restore', before: row, after });
      continue;
    }
    const created = ctx.db
      .insert(agreementModules)
      .values({ id: ctx.newId(), agreementId, moduleId, archivedAt: null, createdAt: at, updatedAt: at })
      .returning()
      .get();
    changes.push({
      entity: 'agreement_module',
      entityId: created.id,
      action: 'create',
      before: null,
      after: created,
    });
  }
  const wanted = new Set(moduleIds);
  const removed = [...rows.values()].filter((m) => m.archivedAt === null && !wanted.has(m.moduleId));
  return [...changes, ...archiveRows(ctx, 'agreement_module', removed, at)];
};

const tables = {
  agreement_party: agreementParties,
  agreement_obligation: agreementObligations,
  agreement_module: agreementModules,
} as const;

const archiveRows = (
  ctx: ServiceContext,
  entity: keyof typeof tables,
  rows: { id: string }[],
  at: string,
): Change[] => {
  if (rows.length === 0) return [];
  const table = tables[entity];
  const after = new Map(
    ctx.db
      .update(table)
      .set({ archivedAt: at, updatedAt: at })
      .where(
        inArray(
          table.id,
          rows.map((r) => r.id),
        ),
      )
      .returning()
      .all()
      .map((r) => [r.id, r]),
  );
  return rows.map((before) => ({
    entity,
    entityId: before.id,
    action: 'archive',
    before,
    after: after.get(before.id) ?? null,
  }));
};
