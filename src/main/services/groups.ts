import { eq, isNull, sql } from 'drizzle-orm';
import { organisationGroups, organisations } from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import { recordChange } from './history';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { groupCalls } from '../../shared/api/groups';
import type { GroupWithCount, OrganisationGroup } from '../../shared/model';

type CreateInput = ParsedInputOf<typeof groupCalls.create>;
type UpdateInput = ParsedInputOf<typeof groupCalls.update>;
type ListInput = ParsedInputOf<typeof groupCalls.list>;

const allGroups = (ctx: ServiceContext): OrganisationGroup[] =>
  ctx.db.select().from(organisationGroups).all();

export const requireGroup = (ctx: ServiceContext, id: string): OrganisationGroup => {
  const group = ctx.db.select().from(organisationGroups).where(eq(organisationGroups.id, id)).get();
  if (!group) throw notFound();
  return group;
};

export const requireActiveGroup = (ctx: ServiceContext, id: string): OrganisationGroup => {
  const group = requireGroup(ctx, id);
  if (group.archivedAt) throw conflict('archivedReference');
  return group;
};

/** The ids of the given groups and of every group nested in them. */
export const groupWithDescendants = (ctx: ServiceContext, ids: string[]): string[] =>
  descendantsIn(allGroups(ctx), ids);

const descendantsIn = (groups: readonly OrganisationGroup[], ids: string[]): string[] => {
  const children = new Map<string, string[]>();
  for (const g of groups) {
    if (g.parentId) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g.id]);
  }
  const result = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...result];
};

/** The group and its ancestors, outermost first. */
export const groupPath = (ctx: ServiceContext, id: string): OrganisationGroup[] => {
  const byId = new Map(allGroups(ctx).map((g) => [g.id, g]));
  const path: OrganisationGroup[] = [];
  let current = byId.get(id);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
};

export const listGroups = (ctx: ServiceContext, input: ListInput): GroupWithCount[] => {
  const groups = allGroups(ctx);
  const direct = new Map(
    ctx.db
      .select({ groupId: organisations.groupId, n: sql<number>`count(*)` })
      .from(organisations)
      .where(isNull(organisations.archivedAt))
      .groupBy(organisations.groupId)
      .all()
      .map((r) => [r.groupId, Number(r.n)]),
  );
  const archived = input.archived ?? 'active';
  const byPosition = (a: OrganisationGroup, b: OrganisationGroup) =>
    a.position - b.position || a.nameKk.localeCompare(b.nameKk, 'kk');
  // Depth-first: each block is followed by its sub-blocks, as on the scheme.
  const ordered: OrganisationGroup[] = [];
  const visit = (parentId: string | null) => {
    for (const g of groups.filter((x) => x.parentId === parentId).sort(byPosition)) {
      ordered.push(g);
      visit(g.id);
    }
  };
  visit(null);
  return ordered
    .filter((g) => archived === 'all' || (archived === 'active') === (g.archivedAt === null))
    .map((g) => ({
      ...g,
      organisationCount: descendantsIn(groups, [g.id]).reduce((sum, id) => sum + (direct.get(id) ?? 0), 0),
    }));
};

const assertNoCycle = (ctx: ServiceContext, id: string, parentId: string): void => {
  if (groupWithDescendants(ctx, [id]).includes(parentId)) throw conflict('groupCycle');
};

export const createGroup = (ctx: ServiceContext, input: CreateInput): OrganisationGroup =>
  ctx.transaction(() => {
    if (input.parentId) requireActiveGroup(ctx, input.parentId);
    const at = ctx.now().toISOString();
    const created = ctx.db
      .insert(organisationGroups)
      .values({
        id: ctx.newId(),
        parentId: input.parentId ?? null,
        nameKk: input.nameKk,
        nameRu: input.nameRu ?? '',
        shortName: input.shortName ?? '',
        position: input.position ?? 0,
        notes: input.notes ?? '',
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordChange(ctx, {
      entity: 'group',
      entityId: created.id,
      action: 'create',
      before: null,
      after: created,
    });
    return created;
  });

export const updateGroup = (ctx: ServiceContext, { id, patch }: UpdateInput): OrganisationGroup =>
  ctx.transaction(() => {
    const before = requireGroup(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    if (patch.parentId) {
      requireActiveGroup(ctx, patch.parentId);
      assertNoCycle(ctx, id, patch.parentId);
    }
    const after = ctx.db
      .update(organisationGroups)
      .set({ ...patch, updatedAt: ctx.now().toISOString() })
      .where(eq(organisationGroups.id, id))
      .returning()
      .get();
    recordChange(ctx, { entity: 'group', entityId: id, action: 'update', before, after });
    return after;
  });

const setArchived = (ctx: ServiceContext, id: string, archive: boolean): OrganisationGroup =>
  ctx.transaction(() => {
    const before = requireGroup(ctx, id);
    if (archive === (before.archivedAt !== null)) throw conflict(archive ? 'archived' : 'notArchived');
    if (!archive && before.parentId) requireActiveGroup(ctx, before.parentId);
    // An archived block must not leave live sub-blocks pointing at it in the network.
    if (archive && allGroups(ctx).some((g) => g.parentId === id && g.archivedAt === null)) {
      throw conflict('groupHasSubgroups');
    }
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(organisationGroups)
      .set({ archivedAt: archive ? at : null, updatedAt: at })
      .where(eq(organisationGroups.id, id))
      .returning()
      .get();
    recordChange(ctx, {
      entity: 'group',
      entityId: id,
      action: archive ? 'archive' : 'restore',
      before,
      after,
    });
    return after;
  });

/** Archiving a block leaves its organisations where they are: they stay in the registry. */
export const archiveGroup = (ctx: ServiceContext, id: string): OrganisationGroup =>
  setArchived(ctx, id, true);
export const restoreGroup = (ctx: ServiceContext, id: string): OrganisationGroup =>
  setArchived(ctx, id, false);
