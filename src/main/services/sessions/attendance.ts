import { eq } from 'drizzle-orm';
import { attendance, organisations, people } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../errors';
import { recordChanges, type Change } from '../history';
import { getSession } from './read';
import { currentMembers, requireActivePerson, requireEditableSession } from './records';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { sessionCalls } from '../../../shared/api/sessions';
import type { SessionDetail } from '../../../shared/model';

type Input = ParsedInputOf<typeof sessionCalls.setAttendance>;

const checkOrganisation = (ctx: ServiceContext, id: string | null | undefined): void => {
  if (!id) return;
  const org = ctx.db.select().from(organisations).where(eq(organisations.id, id)).get();
  if (!org) throw notFound();
  if (org.archivedAt) throw conflict('archivedReference');
};

/**
 * Takes the attendance: a row for every current council member (those left out are absent),
 * each keeping its row id when it already had one, and the guests replaced as listed. All
 * in one transaction and one batch, so a refused guest leaves the earlier attendance intact.
 */
export const setAttendance = (ctx: ServiceContext, input: Input): SessionDetail =>
  ctx.transaction(() => {
    requireEditableSession(ctx, input.sessionId);
    const members = currentMembers(ctx);
    const memberIds = new Set(members.map((m) => m.id));
    const given = new Map<string, Input['members'][number]>();
    for (const m of input.members) {
      if (!memberIds.has(m.personId)) throw conflict('notCouncilMember');
      if (given.has(m.personId)) throw conflict('duplicateAttendance');
      if (m.deputyPersonId) requireActivePerson(ctx, m.deputyPersonId);
      given.set(m.personId, m);
    }
    const guestIds = new Set<string>();
    for (const g of input.guests) {
      if (g.personId) {
        // A member attends as a member; a guest is listed once.
        if (memberIds.has(g.personId) || guestIds.has(g.personId)) throw conflict('duplicateAttendance');
        guestIds.add(g.personId);
        requireActivePerson(ctx, g.personId);
      }
      checkOrganisation(ctx, g.organisationId);
    }
    const organisationOf = new Map(
      input.guests.length
        ? ctx.db
            .select({ id: people.id, organisationId: people.organisationId })
            .from(people)
            .all()
            .map((p) => [p.id, p.organisationId])
        : [],
    );

    const at = ctx.now().toISOString();
    const saved = ctx.db.select().from(attendance).where(eq(attendance.sessionId, input.sessionId)).all();
    const savedMember = new Map(saved.filter((r) => !r.isGuest && r.personId).map((r) => [r.personId, r]));
    const changes: Change[] = [];
    // Rows of people no longer on the council, and every guest row, go; the list is replaced.
    for (const row of saved) {
      if (!row.isGuest && row.personId && memberIds.has(row.personId)) continue;
      ctx.db.delete(attendance).where(eq(attendance.id, row.id)).run();
      changes.push({ entity: 'attendance', entityId: row.id, action: 'delete', before: row, after: null });
    }
    for (const person of members) {
      const m = given.get(person.id);
      const values = {
        status: m?.status ?? ('absent' as const),
        deputyPersonId: m?.deputyPersonId ?? null,
        deputyName: m?.deputyName ?? '',
        organisationId: person.organisationId,
      };
      const before = savedMember.get(person.id);
      if (before) {
        const unchanged = (Object.keys(values) as (keyof typeof values)[]).every(
          (k) => before[k] === values[k],
        );
        if (unchanged) continue;
        const after = ctx.db
          .update(attendance)
          .set({ ...values, updatedAt: at })
          .where(eq(attendance.id, before.id))
          .returning()
          .get();
        changes.push({ entity: 'attendance', entityId: before.id, action: 'update', before, after });
      } else {
        const row = ctx.db
          .insert(attendance)
          .values({
            id: ctx.newId(),
            sessionId: input.sessionId,
            personId: person.id,
            guestName: '',
            isGuest: false,
            ...values,
            createdAt: at,
            updatedAt: at,
          })
          .returning()
          .get();
        changes.push({ entity: 'attendance', entityId: row.id, action: 'create', before: null, after: row });
      }
    }
    for (const g of input.guests) {
      const row = ctx.db
        .insert(attendance)
        .values({
          id: ctx.newId(),
          sessionId: input.sessionId,
          personId: g.personId ?? null,
          guestName: g.guestName ?? '',
          // A registered guest comes from their own organisation unless another is named.
          organisationId:
            g.organisationId === undefined && g.personId
              ? (organisationOf.get(g.personId) ?? null)
              : (g.organisationId ?? null),
          status: 'present',
          isGuest: true,
          deputyPersonId: null,
          deputyName: '',
          createdAt: at,
          updatedAt: at,
        })
        .returning()
        .get();
      changes.push({ entity: 'attendance', entityId: row.id, action: 'create', before: null, after: row });
    }
    recordChanges(ctx, changes);
    return getSession(ctx, input.sessionId);
  });
