import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { organisationGroups, organisationLinks, organisations, people } from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict, notFound, ServiceError } from './errors';
import { recordChange, recordChanges, type Change } from './history';
import { placeNodes } from './views';
import { insertRows } from '../store/insert-rows';
import { groupPath, groupWithDescendants, requireActiveGroup } from './groups';
import { linkEndsFor } from './links';
import { sectorOfType } from '../../shared/reference';
import { foldForSearch } from '../../shared/text/fold';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { organisationCalls } from '../../shared/api/organisations';
import type { Page } from '../../shared/api/fields';
import type {
  Organisation,
  OrganisationDetail,
  OrganisationFacets,
  OrganisationListItem,
} from '../../shared/model';

type CreateInput = ParsedInputOf<typeof organisationCalls.create>;
type ListInput = ParsedInputOf<typeof organisationCalls.list>;
type UpdateInput = ParsedInputOf<typeof organisationCalls.update>;

export const findOrganisation = (ctx: ServiceContext, id: string): Organisation | undefined =>
  ctx.db.select().from(organisations).where(eq(organisations.id, id)).get();

export const requireOrganisation = (ctx: ServiceContext, id: string): Organisation => {
  const org = findOrganisation(ctx, id);
  if (!org) throw notFound();
  return org;
};

const sectorFor = (typeCode: string): string => {
  const sector = sectorOfType(typeCode);
  // The contract already refused unknown types; this guards internal callers.
  if (!sector) throw new ServiceError('validation', 'validation.unknownType');
  return sector;
};

/** A full row from a create input: defaults filled, sector taken from the type unless given. */
export const organisationRow = (
  ctx: ServiceContext,
  input: CreateInput,
  at: string,
  extra: Partial<Organisation> = {},
): typeof organisations.$inferInsert => ({
  id: ctx.newId(),
  nameKk: input.nameKk,
  nameRu: input.nameRu ?? '',
  shortName: input.shortName ?? '',
  typeCode: input.typeCode,
  sector: input.sector ?? sectorFor(input.typeCode),
  level: input.level,
  district: input.district ?? '',
  legalForm: input.legalForm ?? '',
  address: input.address ?? '',
  headName: input.headName ?? '',
  phone: input.phone ?? '',
  email: input.email ?? '',
  website: input.website ?? '',
  membership: input.membership ?? 'partner',
  clusterRole: input.clusterRole ?? 'participant',
  groupId: input.groupId ?? null,
  isCouncilHub: false,
  notes: input.notes ?? '',
  archivedAt: null,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

export const createOrganisation = (
  ctx: ServiceContext,
  { placement, ...input }: ParsedInputOf<typeof organisationCalls.create>,
): Organisation =>
  ctx.transaction(() => {
    if (input.groupId) requireActiveGroup(ctx, input.groupId);
    const row = organisationRow(ctx, input, ctx.now().toISOString());
    const created = ctx.db.insert(organisations).values(row).returning().get();
    const changes: Change[] = [
      { entity: 'organisation', entityId: created.id, action: 'create', before: null, after: created },
    ];
    if (placement) {
      const placed = placeNodes(ctx, placement.viewId, { ...placement.others, [created.id]: placement.at });
      if (placed) changes.push(placed);
    }
    recordChanges(ctx, changes);
    return created;
  });

/**
 * Many organisations in one transaction, as an import does: all of them or none.
 * One prepared INSERT for every row, and their history packed into a few rows, which is
 * what keeps the service within reach of raw SQL.
 */
export const createOrganisations = (ctx: ServiceContext, items: CreateInput[]): { ids: string[] } =>
  ctx.transaction(() => {
    const at = ctx.now().toISOString();
    const groupIds = new Set(items.map((i) => i.groupId).filter((g): g is string => !!g));
    for (const groupId of groupIds) requireActiveGroup(ctx, groupId);
    const rows = items.map((input) => organisationRow(ctx, input, at));
    insertRows(ctx, organisations, rows);
    recordChanges(
      ctx,
      rows.map((row) => ({
        entity: 'organisation',
        entityId: row.id,
        action: 'create',
        before: null,
        after: row,
      })),
    );
    return { ids: rows.map((r) => r.id) };
  });

export const updateOrganisation = (ctx: ServiceContext, { id, patch }: UpdateInput): Organisation =>
  ctx.transaction(() => {
    const before = requireOrganisation(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    if (patch.groupId) requireActiveGroup(ctx, patch.groupId);
    const values: Partial<typeof organisations.$inferInsert> = {
      ...patch,
      updatedAt: ctx.now().toISOString(),
    };
    // A new type brings its sector, unless the user chose the sector in the same edit.
    if (patch.typeCode && patch.sector === undefined) values.sector = sectorFor(patch.typeCode);
    const after = ctx.db.update(organisations).set(values).where(eq(organisations.id, id)).returning().get();
    recordChange(ctx, { entity: 'organisation', entityId: id, action: 'update', before, after });
    return after;
  });

const setArchived = (ctx: ServiceContext, id: string, archive: boolean): Organisation =>
  ctx.transaction(() => {
    const before = requireOrganisation(ctx, id);
    if (archive && before.isCouncilHub) throw conflict('hubArchive');
    if (archive === (before.archivedAt !== null)) throw conflict(archive ? 'archived' : 'notArchived');
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(organisations)
      .set({ archivedAt: archive ? at : null, updatedAt: at })
      .where(eq(organisations.id, id))
      .returning()
      .get();
    recordChange(ctx, {
      entity: 'organisation',
      entityId: id,
      action: archive ? 'archive' : 'restore',
      before,
      after,
    });
    return after;
  });

export const archiveOrganisation = (ctx: ServiceContext, id: string): Organisation =>
  setArchived(ctx, id, true);
export const restoreOrganisation = (ctx: ServiceContext, id: string): Organisation =>
  setArchived(ctx, id, false);

const searchable = sql`kenes_fold(${organisations.nameKk} || ' ' || ${organisations.nameRu} || ' ' || ${organisations.shortName} || ' ' || ${organisations.district} || ' ' || ${organisations.headName} || ' ' || ${organisations.email})`;

const textSortColumns = {
  nameKk: organisations.nameKk,
  nameRu: organisations.nameRu,
  shortName: organisations.shortName,
  typeCode: organisations.typeCode,
  sector: organisations.sector,
  level: organisations.level,
  district: organisations.district,
  membership: organisations.membership,
  updatedAt: organisations.updatedAt,
} as const;

const listConditions = (ctx: ServiceContext, input: ListInput): SQL | undefined => {
  const where: (SQL | undefined)[] = [];
  const archived = input.archived ?? 'active';
  if (archived === 'active') where.push(isNull(organisations.archivedAt));
  if (archived === 'archived') where.push(isNotNull(organisations.archivedAt));
  if (!input.includeHub) where.push(eq(organisations.isCouncilHub, false));
  const search = input.search ? foldForSearch(input.search) : '';
  // instr() rather than LIKE: the user's text is matched literally, % and _ included.
  if (search) where.push(sql`instr(${searchable}, ${search}) > 0`);
  if (input.typeCodes?.length) where.push(inArray(organisations.typeCode, input.typeCodes));
  if (input.sectors?.length) where.push(inArray(organisations.sector, input.sectors));
  if (input.levels?.length) where.push(inArray(organisations.level, input.levels));
  if (input.districts?.length) where.push(inArray(organisations.district, input.districts));
  if (input.memberships?.length) where.push(inArray(organisations.membership, input.memberships));
  if (input.groupIds?.length)
    where.push(inArray(organisations.groupId, groupWithDescendants(ctx, input.groupIds)));
  return and(...where);
};

const linkCount = sql<number>`(SELECT count(*) FROM ${organisationLinks} l WHERE l.archived_at IS NULL AND (l.source_id = ${organisations.id} OR l.target_id = ${organisations.id}))`;

export const listOrganisations = (ctx: ServiceContext, input: ListInput): Page<OrganisationListItem> => {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const where = listConditions(ctx, input);
  const total = ctx.db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0;
  const sort = input.sort ?? { field: 'nameKk', order: 'asc' };
  const column = textSortColumns[sort.field];
  const key = sort.field === 'updatedAt' ? sql`${column}` : sql`kenes_sort_key(${column})`;
  const rows = ctx.db
    .select({ organisation: organisations, groupName: organisationGroups.nameKk, linkCount })
    .from(organisations)
    .leftJoin(organisationGroups, eq(organisations.groupId, organisationGroups.id))
    .where(where)
    .orderBy(
      sort.order === 'asc' ? asc(key) : desc(key),
      asc(sql`kenes_sort_key(${organisations.nameKk})`),
      asc(organisations.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return {
    total,
    page,
    pageSize,
    items: rows.map((r) => ({ ...r.organisation, groupName: r.groupName, linkCount: Number(r.linkCount) })),
  };
};

export const organisationFacets = (ctx: ServiceContext): OrganisationFacets => {
  const notHub = eq(organisations.isCouncilHub, false);
  const active = and(notHub, isNull(organisations.archivedAt));
  const districts = ctx.db
    .selectDistinct({ district: organisations.district })
    .from(organisations)
    .where(and(active, sql`${organisations.district} <> ''`))
    .orderBy(sql`kenes_sort_key(${organisations.district})`)
    .all()
    .map((r) => r.district);
  const typeCodes = ctx.db
    .select({ code: organisations.typeCode, count: count() })
    .from(organisations)
    .where(active)
    .groupBy(organisations.typeCode)
    .all();
  const archived =
    ctx.db
      .select({ n: count() })
      .from(organisations)
      .where(and(notHub, isNotNull(organisations.archivedAt)))
      .get()?.n ?? 0;
  return { districts, typeCodes, active: typeCodes.reduce((sum, t) => sum + t.count, 0), archived };
};

export const getOrganisation = (ctx: ServiceContext, id: string): OrganisationDetail => {
  const organisation = requireOrganisation(ctx, id);
  const links = ctx.db
    .select()
    .from(organisationLinks)
    .where(
      and(
        isNull(organisationLinks.archivedAt),
        or(eq(organisationLinks.sourceId, id), eq(organisationLinks.targetId, id)),
      ),
    )
    .all();
  return {
    organisation,
    groupPath: organisation.groupId ? groupPath(ctx, organisation.groupId) : [],
    people: ctx.db
      .select()
      .from(people)
      .where(and(eq(people.organisationId, id), isNull(people.archivedAt)))
      .orderBy(sql`kenes_sort_key(${people.fullName})`)
      .all(),
    links: linkEndsFor(ctx, links),
  };
};
