import { and, eq, inArray, isNull } from 'drizzle-orm';
import { agendaItems, councilProfile, councilSessions, decisions, people } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../errors';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { AgendaItem, CouncilProfile, CouncilSession, Decision } from '../../../shared/model';

/** Today as the council sees it (the local calendar day), from the injected clock. */
export const today = (ctx: ServiceContext): string => isoDay(ctx.now());

/** Council roles that make a member: guests ("invited") attend but never count for the quorum. */
export const MEMBER_ROLES = ['chair', 'deputy_chair', 'secretary', 'member'] as const;

export const requireCouncil = (ctx: ServiceContext): CouncilProfile => {
  const profile = ctx.db.select().from(councilProfile).get();
  if (!profile) throw conflict('notInitialised');
  return profile;
};

const roleRank = (role: string | null): number => MEMBER_ROLES.indexOf(role as (typeof MEMBER_ROLES)[number]);

/**
 * The council's current members, active people holding a member role, in the order the
 * minutes list them: chair, deputy chair, secretary, then members by name (Kazakh order).
 */
export const currentMembers = (ctx: ServiceContext) =>
  ctx.db
    .select()
    .from(people)
    .where(and(inArray(people.councilRole, [...MEMBER_ROLES]), isNull(people.archivedAt)))
    .all()
    .sort(
      (a, b) =>
        roleRank(a.councilRole) - roleRank(b.councilRole) || a.fullName.localeCompare(b.fullName, 'kk'),
    );

export const requireSession = (ctx: ServiceContext, id: string): CouncilSession => {
  const session = ctx.db.select().from(councilSessions).where(eq(councilSessions.id, id)).get();
  if (!session) throw notFound();
  return session;
};

/**
 * A sitting whose record may still change: not archived and not approved. Approved minutes
 * are what the chair signed; later changes go in as amendments.
 */
export const requireEditableSession = (ctx: ServiceContext, id: string): CouncilSession => {
  const session = requireSession(ctx, id);
  if (session.archivedAt) throw conflict('archived');
  if (session.status === 'approved') throw conflict('sessionApproved');
  return session;
};

export const requireAgendaItem = (ctx: ServiceContext, id: string): AgendaItem => {
  const item = ctx.db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
  if (!item) throw notFound();
  return item;
};

export const requireDecision = (ctx: ServiceContext, id: string): Decision => {
  const decision = ctx.db.select().from(decisions).where(eq(decisions.id, id)).get();
  if (!decision) throw notFound();
  return decision;
};

/** A referenced person or organisation must exist and be active when it is first linked. */
export const requireActivePerson = (ctx: ServiceContext, id: string): void => {
  const person = ctx.db.select().from(people).where(eq(people.id, id)).get();
  if (!person) throw notFound();
  if (person.archivedAt) throw conflict('archivedReference');
};

/** The calendar quarter of a YYYY-MM-DD day. */
export const quarterOf = (day: string): number => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
