import { and, eq, isNull, max } from 'drizzle-orm';
import {
  decisionProgressNotes,
  decisionResponsibles,
  decisions,
  organisations,
  type DecisionPartyRole,
} from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../errors';
import { recordChanges, type Change } from '../history';
import { attendanceOf, getDecision } from './read';
import {
  requireActivePerson,
  requireAgendaItem,
  requireCouncil,
  requireDecision,
  requireEditableSession,
  requireSession,
  today,
} from './records';
import { tieNeedsChairVote, type Vote } from '../../../shared/domain/quorum';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { decisionCalls } from '../../../shared/api/sessions';
import type { TrackedStatus } from '../../../shared/domain/enums';
import type { CouncilProfile, Decision, DecisionItem } from '../../../shared/model';

type CreateInput = ParsedInputOf<typeof decisionCalls.create>;
type UpdateInput = ParsedInputOf<typeof decisionCalls.update>;
type VoteInput = NonNullable<CreateInput['vote']>;

const voteColumns = (vote: VoteInput | null): Vote =>
  vote
    ? {
        votesFor: vote.for,
        votesAgainst: vote.against,
        votesAbstained: vote.abstained,
        chairVote: vote.chairVote ?? null,
      }
    : { votesFor: null, votesAgainst: null, votesAbstained: null, chairVote: null };

/**
 * A tie the rule cannot settle is refused: the minutes must say what was decided. Only
 * members present vote (guests and deputies do not, as they do not count for the quorum),
 * so more votes than members present is a typing mistake.
 */
const checkVote = (vote: Vote, council: CouncilProfile, present: number): void => {
  if (tieNeedsChairVote(vote, council.tieRule)) throw conflict('tieNeedsChairVote');
  const cast = (vote.votesFor ?? 0) + (vote.votesAgainst ?? 0) + (vote.votesAbstained ?? 0);
  if (cast > present) throw conflict('votesExceedPresent');
};

/** Done and cancelled decisions are closed on the day they became so. */
const closedAtFor = (status: TrackedStatus, before: Decision | null, at: string): string | null =>
  status === 'done' || status === 'cancelled' ? (before?.closedAt ?? at) : null;

/** The organisations and people named on a decision; a list left out stays as it was. */
interface Parties {
  responsibleOrganisationIds?: string[];
  responsiblePersonIds?: string[];
  partnerOrganisationIds?: string[];
}

/**
 * Each list names an organisation or person once. An organisation may be both responsible
 * and a partner only by mistake, and the minutes would print it twice: refused.
 */
const checkParties = (ctx: ServiceContext, parties: Parties, before?: DecisionItem): void => {
  const lists = [
    parties.responsibleOrganisationIds,
    parties.responsiblePersonIds,
    parties.partnerOrganisationIds,
  ];
  for (const ids of lists) if (ids && new Set(ids).size !== ids.length) throw conflict('duplicateReference');
  const responsible = parties.responsibleOrganisationIds ?? before?.responsibleOrganisationIds ?? [];
  const partners = parties.partnerOrganisationIds ?? before?.partnerOrganisationIds ?? [];
  if (partners.some((id) => responsible.includes(id))) throw conflict('duplicateReference');
  for (const id of [
    ...(parties.responsibleOrganisationIds ?? []),
    ...(parties.partnerOrganisationIds ?? []),
  ]) {
    const org = ctx.db.select().from(organisations).where(eq(organisations.id, id)).get();
    if (!org) throw notFound();
    if (org.archivedAt) throw conflict('archivedReference');
  }
  for (const id of parties.responsiblePersonIds ?? []) requireActivePerson(ctx, id);
};

/** Replaces the lists given; rows kept stay as they were (same id, same history). */
const writeParties = (ctx: ServiceContext, decisionId: string, parties: Parties, at: string): Change[] => {
  const saved = ctx.db
    .select()
    .from(decisionResponsibles)
    .where(eq(decisionResponsibles.decisionId, decisionId))
    .all();
  const changes: Change[] = [];
  const replace = (
    role: DecisionPartyRole,
    kind: 'organisationId' | 'personId',
    ids: string[] | undefined,
  ) => {
    if (!ids) return;
    const mine = saved.filter((r) => r.role === role && r[kind] !== null);
    const wanted = new Set(ids);
    for (const row of mine) {
      if (wanted.has(row[kind] as string)) continue;
      ctx.db.delete(decisionResponsibles).where(eq(decisionResponsibles.id, row.id)).run();
      changes.push({
        entity: 'decision_responsible',
        entityId: row.id,
        action: 'delete',
        before: row,
        after: null,
      });
    }
    const kept = new Set(mine.map((r) => r[kind]));
    for (const id of ids) {
      if (kept.has(id)) continue;
      const row = ctx.db
        .insert(decisionResponsibles)
        .values({
          id: ctx.newId(),
          decisionId,
          organisationId: kind === 'organisationId' ? id : null,
          personId: kind === 'personId' ? id : null,
          role,
          createdAt: at,
        })
        .returning()
        .get();
      changes.push({
        entity: 'decision_responsible',
        entityId: row.id,
        action: 'create',
        before: null,
        after: row,
      });
    }
  };
  replace('responsible', 'organisationId', parties.responsibleOrganisationIds);
  replace('responsible', 'personId', parties.responsiblePersonIds);
  replace('partner', 'organisationId', parties.partnerOrganisationIds);
  return changes;
};

/**
 * Records a decision under an agenda item, numbered after the item's last one. The sitting
 * must have been held (decisions are taken at it) and not approved. Without a quorum the
 * decision needs an override reason, stored for the minutes; with one, no reason is kept.
 */
export const createDecision = (
  ctx: ServiceContext,
  {
    agendaItemId,
    vote,
    responsibleOrganisationIds = [],
    responsiblePersonIds = [],
    partnerOrganisationIds = [],
    ...fields
  }: CreateInput,
): DecisionItem =>
  ctx.transaction(() => {
    const item = requireAgendaItem(ctx, agendaItemId);
    if (item.archivedAt) throw conflict('archived');
    const session = requireEditableSession(ctx, item.sessionId);
    if (session.status === 'planned') throw conflict('sessionNotHeld');
    const council = requireCouncil(ctx);
    const { quorum } = attendanceOf(ctx, session.id, council);
    const reason = fields.quorumOverrideReason?.trim() ?? '';
    if (!quorum.reached && reason === '') throw conflict('noQuorum');
    const votes = voteColumns(vote ?? null);
    checkVote(votes, council, quorum.present);
    const parties = { responsibleOrganisationIds, responsiblePersonIds, partnerOrganisationIds };
    checkParties(ctx, parties);

    const last =
      ctx.db
        .select({ n: max(decisions.position) })
        .from(decisions)
        .where(and(eq(decisions.agendaItemId, agendaItemId), isNull(decisions.archivedAt)))
        .get()?.n ?? 0;
    const at = ctx.now().toISOString();
    const status = fields.status ?? 'open';
    const created = ctx.db
      .insert(decisions)
      .values({
        id: ctx.newId(),
        sessionId: session.id,
        agendaItemId,
        position: last + 1,
        text: fields.text,
        deadline: fields.deadline ?? null,
        status,
        ...votes,
        quorumOverrideReason: quorum.reached ? null : reason,
        indicator: fields.indicator ?? '',
        closedAt: closedAtFor(status, null, at),
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'decision', entityId: created.id, action: 'create', before: null, after: created },
      ...writeParties(ctx, created.id, parties, at),
    ]);
    return getDecision(ctx, created.id);
  });

/** Wording, deadline, responsibles, partners and vote: the minutes' content, locked once approved. */
export const updateDecision = (ctx: ServiceContext, { id, patch }: UpdateInput): DecisionItem =>
  ctx.transaction(() => {
    const before = requireDecision(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    requireEditableSession(ctx, before.sessionId);
    const { vote, responsibleOrganisationIds, responsiblePersonIds, partnerOrganisationIds, ...fields } =
      patch;
    const parties = { responsibleOrganisationIds, responsiblePersonIds, partnerOrganisationIds };
    const council = requireCouncil(ctx);
    const votes = vote === undefined ? {} : voteColumns(vote);
    checkVote({ ...before, ...votes }, council, attendanceOf(ctx, before.sessionId, council).quorum.present);
    checkParties(ctx, parties, getDecision(ctx, id));
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(decisions)
      .set({
        ...fields,
        ...votes,
        ...(fields.status ? { closedAt: closedAtFor(fields.status, before, at) } : {}),
        updatedAt: at,
      })
      .where(eq(decisions.id, id))
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'decision', entityId: id, action: 'update', before, after },
      ...writeParties(ctx, id, parties, at),
    ]);
    return getDecision(ctx, id);
  });

/** A decision being followed up, whatever the state of its sitting's minutes. */
const requireFollowedDecision = (ctx: ServiceContext, id: string): Decision => {
  const decision = requireDecision(ctx, id);
  if (decision.archivedAt) throw conflict('archived');
  if (requireSession(ctx, decision.sessionId).archivedAt) throw conflict('archived');
  return decision;
};

/**
 * Follow-up: chasing a decision is not editing the minutes, so its status moves after
 * approval too. Done and cancelled close it (it leaves the open list and the next sitting's
 * execution item); reopening clears the closing day.
 */
export const setDecisionStatus = (
  ctx: ServiceContext,
  { id, status }: { id: string; status: TrackedStatus },
): DecisionItem =>
  ctx.transaction(() => {
    const before = requireFollowedDecision(ctx, id);
    if (before.status === status) return getDecision(ctx, id);
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(decisions)
      .set({ status, closedAt: closedAtFor(status, before, at), updatedAt: at })
      .where(eq(decisions.id, id))
      .returning()
      .get();
    recordChanges(ctx, [{ entity: 'decision', entityId: id, action: 'update', before, after }]);
    return getDecision(ctx, id);
  });

export const addProgressNote = (
  ctx: ServiceContext,
  input: ParsedInputOf<typeof decisionCalls.addProgressNote>,
): DecisionItem =>
  ctx.transaction(() => {
    requireFollowedDecision(ctx, input.decisionId);
    if (input.sessionId) requireSession(ctx, input.sessionId);
    const at = ctx.now().toISOString();
    const note = ctx.db
      .insert(decisionProgressNotes)
      .values({
        id: ctx.newId(),
        decisionId: input.decisionId,
        sessionId: input.sessionId ?? null,
        notedOn: input.notedOn ?? today(ctx),
        text: input.text,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordChanges(ctx, [
      { entity: 'decision_progress_note', entityId: note.id, action: 'create', before: null, after: note },
    ]);
    return getDecision(ctx, input.decisionId);
  });

/** Withdraws a decision recorded by mistake; only before the minutes are approved. */
export const archiveDecision = (ctx: ServiceContext, id: string): DecisionItem =>
  ctx.transaction(() => {
    const before = requireDecision(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    requireEditableSession(ctx, before.sessionId);
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(decisions)
      .set({ archivedAt: at, updatedAt: at })
      .where(eq(decisions.id, id))
      .returning()
      .get();
    recordChanges(ctx, [{ entity: 'decision', entityId: id, action: 'archive', before, after }]);
    return getDecision(ctx, id);
  });
