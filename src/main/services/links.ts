import { and, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { organisationLinks, organisations } from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import { recordChange, recordChanges } from './history';
import { insertRows } from '../store/insert-rows';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { linkCalls } from '../../shared/api/links';
import type { Page } from '../../shared/api/fields';
import type { LinkEnd, LinkWithEnds, OrganisationLink } from '../../shared/model';

type CreateInput = ParsedInputOf<typeof linkCalls.create>;
type UpdateInput = ParsedInputOf<typeof linkCalls.update>;
type ListInput = ParsedInputOf<typeof linkCalls.list>;

const requireLink = (ctx: ServiceContext, id: string): OrganisationLink => {
  const link = ctx.db.select().from(organisationLinks).where(eq(organisationLinks.id, id)).get();
  if (!link) throw notFound();
  return link;
};

/**
 * The named organisations, in one query whatever their number: the ids travel as one
 * JSON array (json_each), so no IN list has to be chunked under SQLite's parameter limit.
 */
const organisationsByIds = (ctx: ServiceContext, ids: Iterable<string>): Map<string, LinkEnd> =>
  new Map(
    ctx.db
      .select({
        id: organisations.id,
        nameKk: organisations.nameKk,
        nameRu: organisations.nameRu,
        shortName: organisations.shortName,
        archivedAt: organisations.archivedAt,
      })
      .from(organisations)
      .where(sql`${organisations.id} IN (SELECT value FROM json_each(${JSON.stringify([...new Set(ids)])}))`)
      .all()
      .map((o) => [o.id, o]),
  );

/**
 * Both ends must exist and be active. Asked of SQLite in one query that returns only the
 * ends that fail, so checking the 60,000 ends of a bulk insert moves no rows into JS.
 */
const checkEnds = (ctx: ServiceContext, ids: Iterable<string>): void => {
  const failing = ctx.sqlite
    .prepare(
      `SELECT o.id IS NOT NULL AS exists_
       FROM json_each(?) e LEFT JOIN organisations o ON o.id = e.value
       WHERE o.id IS NULL OR o.archived_at IS NOT NULL LIMIT 1`,
    )
    .get(JSON.stringify([...new Set(ids)])) as { exists_: number } | undefined;
  if (!failing) return;
  throw failing.exists_ ? conflict('archivedReference') : notFound();
};

const linkRow = (
  ctx: ServiceContext,
  input: CreateInput,
  at: string,
): typeof organisationLinks.$inferInsert => {
  if (input.sourceId === input.targetId) throw conflict('selfLink');
  return {
    id: ctx.newId(),
    sourceId: input.sourceId,
    targetId: input.targetId,
    kind: input.kind,
    direction: input.direction ?? null,
    contact: input.contact ?? null,
    systematicity: input.systematicity ?? null,
    term: input.term ?? null,
    participation: input.participation ?? null,
    object: input.object ?? null,
    sphere: input.sphere ?? '',
    label: input.label ?? '',
    agreementId: input.agreementId ?? null,
    notes: input.notes ?? '',
    createdAt: at,
    updatedAt: at,
  };
};

export const createLink = (ctx: ServiceContext, input: CreateInput): OrganisationLink =>
  ctx.transaction(() => {
    const row = linkRow(ctx, input, ctx.now().toISOString());
    checkEnds(ctx, [input.sourceId, input.targetId]);
    const created = ctx.db.insert(organisationLinks).values(row).returning().get();
    recordChange(ctx, {
      entity: 'link',
      entityId: created.id,
      action: 'create',
      before: null,
      after: created,
    });
    return created;
  });

export const createLinks = (ctx: ServiceContext, items: CreateInput[]): { ids: string[] } =>
  ctx.transaction(() => {
    const at = ctx.now().toISOString();
    const rows = items.map((input) => linkRow(ctx, input, at));
    checkEnds(
      ctx,
      items.flatMap((i) => [i.sourceId, i.targetId]),
    );
    insertRows(ctx, organisationLinks, rows);
    recordChanges(
      ctx,
      rows.map((row) => ({ entity: 'link', entityId: row.id, action: 'create', before: null, after: row })),
    );
    return { ids: rows.map((r) => r.id) };
  });

export const updateLink = (ctx: ServiceContext, { id, patch }: UpdateInput): OrganisationLink =>
  ctx.transaction(() => {
    const before = requireLink(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    const sourceId = patch.sourceId ?? before.sourceId;
    const targetId = patch.targetId ?? before.targetId;
    if (sourceId === targetId) throw conflict('selfLink');
    if (patch.sourceId || patch.targetId) checkEnds(ctx, [sourceId, targetId]);
    const after = ctx.db
      .update(organisationLinks)
      .set({ ...patch, updatedAt: ctx.now().toISOString() })
      .where(eq(organisationLinks.id, id))
      .returning()
      .get();
    recordChange(ctx, { entity: 'link', entityId: id, action: 'update', before, after });
    return after;
  });

const setArchived = (ctx: ServiceContext, id: string, archive: boolean): OrganisationLink =>
  ctx.transaction(() => {
    const before = requireLink(ctx, id);
    if (archive === (before.archivedAt !== null)) throw conflict(archive ? 'archived' : 'notArchived');
    if (!archive) checkEnds(ctx, [before.sourceId, before.targetId]);
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(organisationLinks)
      .set({ archivedAt: archive ? at : null, updatedAt: at })
      .where(eq(organisationLinks.id, id))
      .returning()
      .get();
    recordChange(ctx, {
      entity: 'link',
      entityId: id,
      action: archive ? 'archive' : 'restore',
      before,
      after,
    });
    return after;
  });

export const archiveLink = (ctx: ServiceContext, id: string): OrganisationLink => setArchived(ctx, id, true);
export const restoreLink = (ctx: ServiceContext, id: string): OrganisationLink => setArchived(ctx, id, false);

/** Attaches the names of both ends to each link, in one query for all of them. */
export const linkEndsFor = (ctx: ServiceContext, links: OrganisationLink[]): LinkWithEnds[] => {
  const ends = organisationsByIds(
    ctx,
    links.flatMap((l) => [l.sourceId, l.targetId]),
  );
  return links.map((l) => ({
    ...l,
    source: ends.get(l.sourceId) as LinkEnd,
    target: ends.get(l.targetId) as LinkEnd,
  }));
};

export const listLinks = (ctx: ServiceContext, input: ListInput): Page<LinkWithEnds> => {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const where: (SQL | undefined)[] = [];
  const archived = input.archived ?? 'active';
  if (archived === 'active') where.push(isNull(organisationLinks.archivedAt));
  if (archived === 'archived') where.push(isNotNull(organisationLinks.archivedAt));
  if (input.organisationId) {
    where.push(
      or(
        eq(organisationLinks.sourceId, input.organisationId),
        eq(organisationLinks.targetId, input.organisationId),
      ),
    );
  }
  const condition = and(...where);
  const total = ctx.db.select({ n: count() }).from(organisationLinks).where(condition).get()?.n ?? 0;
  const rows = ctx.db
    .select()
    .from(organisationLinks)
    .where(condition)
    .orderBy(desc(organisationLinks.updatedAt), organisationLinks.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { total, page, pageSize, items: linkEndsFor(ctx, rows) };
};
