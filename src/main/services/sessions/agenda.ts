import { and, eq, isNull, max } from 'drizzle-orm';
import {
  agendaItemReferences,
  agendaItems,
  agreements,
  decisions,
  interactionModules,
  organisations,
} from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../errors';
import { recordChanges, type Change } from '../history';
import { agendaOf, getSession } from './read';
import { requireActivePerson, requireAgendaItem, requireCouncil, requireEditableSession } from './records';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { agendaCalls } from '../../../shared/api/sessions';
import type { AgendaItem, AgendaItemDetail, SessionDetail } from '../../../shared/model';

type AddInput = ParsedInputOf<typeof agendaCalls.add>;
type UpdateInput = ParsedInputOf<typeof agendaCalls.update>;
type LinkType = 'organisation' | 'agreement' | 'module';

const LINK_TABLES = {
  organisation: organisations,
  agreement: agreements,
  module: interactionModules,
} as const;

const checkLinks = (ctx: ServiceContext, type: LinkType, ids: string[]): void => {
  if (new Set(ids).size !== ids.length) throw conflict('duplicateReference');
  const table = LINK_TABLES[type];
  for (const id of ids) {
    const row = ctx.db.select({ id: table.id }).from(table).where(eq(table.id, id)).get();
    if (!row) throw notFound();
  }
};

/** Replaces the item's links of one type; rows of links kept stay as they were. */
const writeLinks = (
  ctx: ServiceContext,
  itemId: string,
  type: LinkType,
  ids: string[],
  at: string,
): Change[] => {
  checkLinks(ctx, type, ids);
  const saved = ctx.db
    .select()
    .from(agendaItemReferences)
    .where(and(eq(agendaItemReferences.agendaItemId, itemId), eq(agendaItemReferences.entityType, type)))
    .all();
  const changes: Change[] = [];
  const wanted = new Set(ids);
  for (const row of saved) {
    if (wanted.has(row.entityId)) continue;
    ctx.db.delete(agendaItemReferences).where(eq(agendaItemReferences.id, row.id)).run();
    changes.push({
      entity: 'agenda_item_reference',
      entityId: row.id,
      action: 'delete',
      before: row,
      after: null,
    });
  }
  const kept = new Set(saved.map((r) => r.entityId));
  for (const entityId of ids) {
    if (kept.has(entityId)) continue;
    const row = ctx.db
      .insert(agendaItemReferences)
      .values({ id: ctx.newId(), agendaItemId: itemId, entityType: type, entityId, createdAt: at })
      .returning()
      .get();
    changes.push({
      entity: 'agenda_item_reference',
      entityId: row.id,
      action: 'create',
      before: null,
      after: row,
    });
  }
  return changes;
};

const linkChanges = (
  ctx: ServiceContext,
  itemId: string,
  input: { organisationIds?: string[]; agreementIds?: string[]; moduleIds?: string[] },
  at: string,
): Change[] => [
  ...(input.organisationIds ? writeLinks(ctx, itemId, 'organisation', input.organisationIds, at) : []),
  ...(input.agreementIds ? writeLinks(ctx, itemId, 'agreement', input.agreementIds, at) : []),
  ...(input.moduleIds ? writeLinks(ctx, itemId, 'module', input.moduleIds, at) : []),
];

const checkRapporteur = (
  ctx: ServiceContext,
  input: { rapporteurPersonId?: string | null; rapporteurOrganisationId?: string | null },
): void => {
  if (input.rapporteurPersonId) requireActivePerson(ctx, input.rapporteurPersonId);
  if (input.rapporteurOrganisationId) {
    const org = ctx.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, input.rapporteurOrganisationId))
      .get();
    if (!org) throw notFound();
    if (org.archivedAt) throw conflict('archivedReference');
  }
};

const detailOf = (ctx: ServiceContext, item: AgendaItem): AgendaItemDetail =>
  agendaOf(ctx, item.sessionId, requireCouncil(ctx)).find((i) => i.id === item.id) as AgendaItemDetail;

/** A new item at the end of the agenda, with its links: one transaction, one batch. */
export const addAgendaItem = (
  ctx: ServiceContext,
  { sessionId, organisationIds, agreementIds, moduleIds, ...fields }: AddInput,
): AgendaItemDetail =>
  ctx.transaction(() => {
    requireEditableSession(ctx, sessionId);
    checkRapporteur(ctx, fields);
    const last =
      ctx.db
        .select({ n: max(agendaItems.position) })
        .from(agendaItems)
        .where(and(eq(agendaItems.sessionId, sessionId), isNull(agendaItems.archivedAt)))
        .get()?.n ?? 0;
    const at = ctx.now().toISOString();
    const item = ctx.db
      .insert(agendaItems)
      .values({
        id: ctx.newId(),
        sessionId,
        position: last + 1,
        kind: 'regular',
        title: fields.title,
        rapporteurPersonId: fields.rapporteurPersonId ?? null,
        rapporteurOrganisationId: fields.rapporteurOrganisationId ?? null,
        durationMinutes: fields.durationMinutes ?? null,
        heard: fields.heard ?? '',
        spoke: fields.spoke ?? '',
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'agenda_item', entityId: item.id, action: 'create', before: null, after: item },
      ...linkChanges(ctx, item.id, { organisationIds, agreementIds, moduleIds }, at),
    ]);
    return detailOf(ctx, item);
  });

const requireEditableItem = (ctx: ServiceContext, id: string): AgendaItem => {
  const item = requireAgendaItem(ctx, id);
  requireEditableSession(ctx, item.sessionId);
  if (item.archivedAt) throw conflict('archived');
  return item;
};

export const updateAgendaItem = (ctx: ServiceContext, { id, patch }: UpdateInput): AgendaItemDetail =>
  ctx.transaction(() => {
    const before = requireEditableItem(ctx, id);
    const { organisationIds, agreementIds, moduleIds, ...fields } = patch;
    checkRapporteur(ctx, fields);
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(agendaItems)
      .set({ ...fields, updatedAt: at })
      .where(eq(agendaItems.id, id))
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'agenda_item', entityId: id, action: 'update', before, after },
      ...linkChanges(ctx, id, { organisationIds, agreementIds, moduleIds }, at),
    ]);
    return detailOf(ctx, after);
  });

const activeItems = (ctx: ServiceContext, sessionId: string): AgendaItem[] =>
  ctx.db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.sessionId, sessionId), isNull(agendaItems.archivedAt)))
    .orderBy(agendaItems.position)
    .all();

/** Gives items the positions of their order (the execution item first), recording only the moves. */
const renumber = (ctx: ServiceContext, ordered: AgendaItem[], at: string): Change[] => {
  const changes: Change[] = [];
  ordered.forEach((before, index) => {
    if (before.position === index + 1) return;
    const after = ctx.db
      .update(agendaItems)
      .set({ position: index + 1, updatedAt: at })
      .where(eq(agendaItems.id, before.id))
      .returning()
      .get();
    changes.push({ entity: 'agenda_item', entityId: before.id, action: 'update', before, after });
  });
  return changes;
};

const executionFirst = (items: AgendaItem[]): AgendaItem[] => [
  ...items.filter((i) => i.kind === 'execution_of_decisions'),
  ...items.filter((i) => i.kind !== 'execution_of_decisions'),
];

/**
 * Puts the regular items in the given order; the execution item stays first. Every
 * regular item must be named once. Decision numbers ("2.1") follow their item.
 */
export const reorderAgenda = (
  ctx: ServiceContext,
  { sessionId, itemIds }: ParsedInputOf<typeof agendaCalls.reorder>,
): SessionDetail =>
  ctx.transaction(() => {
    requireEditableSession(ctx, sessionId);
    const items = activeItems(ctx, sessionId);
    const regular = new Map(items.filter((i) => i.kind === 'regular').map((i) => [i.id, i]));
    if (itemIds.length !== regular.size || new Set(itemIds).size !== itemIds.length) {
      throw conflict('agendaOrder');
    }
    const ordered = itemIds.map((id) => {
      const item = regular.get(id);
      if (!item) throw conflict('agendaOrder');
      return item;
    });
    const first = items.filter((i) => i.kind === 'execution_of_decisions');
    recordChanges(ctx, renumber(ctx, [...first, ...ordered], ctx.now().toISOString()));
    return getSession(ctx, sessionId);
  });

/**
 * Takes an item off the agenda; the rest close up. The execution item is part of every
 * sitting, and an item with decisions is part of the record: both stay.
 */
export const archiveAgendaItem = (ctx: ServiceContext, id: string): SessionDetail =>
  ctx.transaction(() => {
    const before = requireEditableItem(ctx, id);
    if (before.kind === 'execution_of_decisions') throw conflict('executionItem');
    const decided = ctx.db
      .select({ id: decisions.id })
      .from(decisions)
      .where(and(eq(decisions.agendaItemId, id), isNull(decisions.archivedAt)))
      .get();
    if (decided) throw conflict('agendaItemHasDecisions');
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(agendaItems)
      .set({ archivedAt: at, updatedAt: at })
      .where(eq(agendaItems.id, id))
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'agenda_item', entityId: id, action: 'archive', before, after },
      ...renumber(ctx, executionFirst(activeItems(ctx, before.sessionId)), at),
    ]);
    return getSession(ctx, before.sessionId);
  });
