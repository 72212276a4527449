import { and, count, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { councilProfile, organisations, people } from '../../../db/schema';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import { recordChanges, type Change } from './history';
import { requireOrganisation } from './organisations';
import { foldForSearch } from '../../shared/text/fold';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { personCalls } from '../../shared/api/people';
import type { Page } from '../../shared/api/fields';
import type { CouncilRole } from '../../shared/domain/enums';
import type { Person, PersonListItem } from '../../shared/model';

type CreateInput = ParsedInputOf<typeof personCalls.create>;
type UpdateInput = ParsedInputOf<typeof personCalls.update>;
type ListInput = ParsedInputOf<typeof personCalls.list>;

export const requirePerson = (ctx: ServiceContext, id: string): Person => {
  const person = ctx.db.select().from(people).where(eq(people.id, id)).get();
  if (!person) throw notFound();
  return person;
};

const checkOrganisation = (ctx: ServiceContext, organisationId: string | null | undefined): void => {
  if (!organisationId) return;
  if (requireOrganisation(ctx, organisationId).archivedAt) throw conflict('archivedReference');
};

/**
 * The council has one chair and one secretary, named on its profile. When a person
 * becomes chair or secretary, the profile follows and the previous holder becomes a
 * member — all in the caller's transaction, each change in the history.
 */
export const assignOfficer = (
  ctx: ServiceContext,
  personId: string,
  role: 'chair' | 'secretary',
): Change[] => {
  const changes: Change[] = [];
  const profile = ctx.db.select().from(councilProfile).get();
  const at = ctx.now().toISOString();
  const field = role === 'chair' ? 'chairPersonId' : 'secretaryPersonId';
  const previousHolders = ctx.db
    .select()
    .from(people)
    .where(and(eq(people.councilRole, role), sql`${people.id} <> ${personId}`))
    .all();
  for (const before of previousHolders) {
    const after = ctx.db
      .update(people)
      .set({ councilRole: 'member', updatedAt: at })
      .where(eq(people.id, before.id))
      .returning()
      .get();
    changes.push({ entity: 'person', entityId: before.id, action: 'update', before, after });
  }
  // One person holds one post: a secretary made chair leaves the secretary post empty.
  const otherField = role === 'chair' ? 'secretaryPersonId' : 'chairPersonId';
  const vacate = profile?.[otherField] === personId ? { [otherField]: null } : {};
  if (profile && (profile[field] !== personId || profile[otherField] === personId)) {
    const after = ctx.db
      .update(councilProfile)
      .set({ [field]: personId, ...vacate, updatedAt: at })
      .where(eq(councilProfile.id, profile.id))
      .returning()
      .get();
    changes.push({ entity: 'council', entityId: profile.id, action: 'update', before: profile, after });
  }
  return changes;
};

/** When a person stops being chair or secretary, the profile no longer names them. */
const releaseOfficer = (ctx: ServiceContext, personId: string): Change[] => {
  const profile = ctx.db.select().from(councilProfile).get();
  if (!profile) return [];
  const set: Partial<typeof councilProfile.$inferInsert> = {};
  if (profile.chairPersonId === personId) set.chairPersonId = null;
  if (profile.secretaryPersonId === personId) set.secretaryPersonId = null;
  if (Object.keys(set).length === 0) return [];
  const after = ctx.db
    .update(councilProfile)
    .set({ ...set, updatedAt: ctx.now().toISOString() })
    .where(eq(councilProfile.id, profile.id))
    .returning()
    .get();
  return [{ entity: 'council', entityId: profile.id, action: 'update', before: profile, after }];
};

const officerChanges = (ctx: ServiceContext, personId: string, role: CouncilRole | null): Change[] =>
  role === 'chair' || role === 'secretary'
    ? assignOfficer(ctx, personId, role)
    : releaseOfficer(ctx, personId);

/** A new person's row with its defaults: the form and the import write exactly the same. */
export const personRow = (
  ctx: ServiceContext,
  input: CreateInput,
  at: string,
): typeof people.$inferInsert => ({
  id: ctx.newId(),
  organisationId: input.organisationId ?? null,
  fullName: input.fullName,
  position: input.position ?? '',
  councilRole: input.councilRole ?? null,
  phone: input.phone ?? '',
  email: input.email ?? '',
  notes: input.notes ?? '',
  archivedAt: null,
  createdAt: at,
  updatedAt: at,
});

export const createPerson = (ctx: ServiceContext, input: CreateInput): Person =>
  ctx.transaction(() => {
    checkOrganisation(ctx, input.organisationId);
    const at = ctx.now().toISOString();
    const created = ctx.db
      .insert(people)
      .values(personRow(ctx, input, at))
      .returning()
      .get();
    // One user action, one batch: undo takes the officer changes back with the person.
    recordChanges(ctx, [
      { entity: 'person', entityId: created.id, action: 'create', before: null, after: created },
      ...officerChanges(ctx, created.id, created.councilRole),
    ]);
    return created;
  });

export const updatePerson = (ctx: ServiceContext, { id, patch }: UpdateInput): Person =>
  ctx.transaction(() => {
    const before = requirePerson(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    if (patch.organisationId) checkOrganisation(ctx, patch.organisationId);
    const after = ctx.db
      .update(people)
      .set({ ...patch, updatedAt: ctx.now().toISOString() })
      .where(eq(people.id, id))
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'person', entityId: id, action: 'update', before, after },
      ...(patch.councilRole !== undefined ? officerChanges(ctx, id, after.councilRole) : []),
    ]);
    return after;
  });

const setArchived = (ctx: ServiceContext, id: string, archive: boolean): Person =>
  ctx.transaction(() => {
    const before = requirePerson(ctx, id);
    if (archive === (before.archivedAt !== null)) throw conflict(archive ? 'archived' : 'notArchived');
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(people)
      .set({ archivedAt: archive ? at : null, updatedAt: at })
      .where(eq(people.id, id))
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'person', entityId: id, action: archive ? 'archive' : 'restore', before, after },
      // Restored still holding a post means nobody took it meanwhile (a new holder demotes
      // archived ones too): name them on the profile again, as archiving un-named them.
      ...(archive ? releaseOfficer(ctx, id) : officerChanges(ctx, id, after.councilRole)),
    ]);
    return after;
  });

export const archivePerson = (ctx: ServiceContext, id: string): Person => setArchived(ctx, id, true);
export const restorePerson = (ctx: ServiceContext, id: string): Person => setArchived(ctx, id, false);

export const listPeople = (ctx: ServiceContext, input: ListInput): Page<PersonListItem> => {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const where: (SQL | undefined)[] = [];
  const archived = input.archived ?? 'active';
  if (archived === 'active') where.push(isNull(people.archivedAt));
  if (archived === 'archived') where.push(isNotNull(people.archivedAt));
  if (input.organisationId) where.push(eq(people.organisationId, input.organisationId));
  if (input.councilRoles?.length) where.push(inArray(people.councilRole, input.councilRoles));
  if (input.councilOnly) where.push(isNotNull(people.councilRole));
  const search = input.search ? foldForSearch(input.search) : '';
  if (search) {
    where.push(
      sql`instr(kenes_fold(${people.fullName} || ' ' || ${people.position} || ' ' || ${people.email}), ${search}) > 0`,
    );
  }
  const condition = and(...where);
  const total = ctx.db.select({ n: count() }).from(people).where(condition).get()?.n ?? 0;
  const rows = ctx.db
    .select({ person: people, organisationName: organisations.nameKk })
    .from(people)
    .leftJoin(organisations, eq(people.organisationId, organisations.id))
    .where(condition)
    .orderBy(sql`kenes_sort_key(${people.fullName})`, people.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return {
    total,
    page,
    pageSize,
    items: rows.map((r) => ({ ...r.person, organisationName: r.organisationName })),
  };
};
