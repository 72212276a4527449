import { and, eq, isNull } from 'drizzle-orm';
import { agendaItems, councilSessions, decisions, sessionAmendments } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict } from '../errors';
import { recordChanges } from '../history';
import { readSettings } from '../settings';
import { checkNumberFree, nextSessionNumber } from './numbering';
import { getSession } from './read';
import { openDecisionsBefore, reviewDecisions } from './execution';
import {
  quarterOf,
  requireActivePerson,
  requireCouncil,
  requireEditableSession,
  requireSession,
  today,
} from './records';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { sessionCalls } from '../../../shared/api/sessions';
import type { Language } from '../../../shared/i18n/errors';
import type { SessionStatus } from '../../../shared/domain/enums';
import type { SessionDetail } from '../../../shared/model';

type CreateInput = ParsedInputOf<typeof sessionCalls.create>;
type UpdateInput = ParsedInputOf<typeof sessionCalls.update>;

/** The first item of every sitting; the title is data, written in the workspace's language. */
const EXECUTION_TITLE: Record<Language, string> = {
  kk: 'Бұрын қабылданған шешімдердің орындалуы туралы',
  ru: 'Об исполнении ранее принятых решений',
  en: 'On the execution of earlier decisions',
};

/** Stored as local "YYYY-MM-DDTHH:MM", or the day alone while the hour is not fixed. */
const startsAtOf = (date: string, time: string | null | undefined): string =>
  time ? `${date}T${time}` : date;

const checkOfficers = (input: { chairPersonId?: string | null; secretaryPersonId?: string | null }): void => {
  if (input.chairPersonId && input.chairPersonId === input.secretaryPersonId) throw conflict('sameOfficer');
};

/**
 * A new sitting, numbered, with its first agenda item "on the execution of earlier
 * decisions" listing the decisions open at this moment: one transaction, one batch.
 */
export const createSession = (ctx: ServiceContext, input: CreateInput): SessionDetail =>
  ctx.transaction(() => {
    const council = requireCouncil(ctx);
    const chairPersonId = input.chairPersonId === undefined ? council.chairPersonId : input.chairPersonId;
    const secretaryPersonId =
      input.secretaryPersonId === undefined ? council.secretaryPersonId : input.secretaryPersonId;
    checkOfficers({ chairPersonId, secretaryPersonId });
    for (const personId of [input.chairPersonId, input.secretaryPersonId]) {
      if (personId) requireActivePerson(ctx, personId);
    }
    const year = Number(input.date.slice(0, 4));
    let number = input.number;
    if (number === undefined) number = nextSessionNumber(ctx, council.sessionNumbering, year);
    else checkNumberFree(ctx, council.sessionNumbering, year, number);
    const startsAt = startsAtOf(input.date, input.time);
    const carried = openDecisionsBefore(ctx, startsAt);

    const at = ctx.now().toISOString();
    const session = ctx.db
      .insert(councilSessions)
      .values({
        id: ctx.newId(),
        year,
        quarter: quarterOf(input.date),
        number,
        startsAt,
        place: input.place ?? '',
        onlinePlatform: input.onlinePlatform ?? '',
        status: 'planned',
        chairPersonId,
        secretaryPersonId,
        approvedAt: null,
        notes: input.notes ?? '',
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    const item = ctx.db
      .insert(agendaItems)
      .values({
        id: ctx.newId(),
        sessionId: session.id,
        position: 1,
        kind: 'execution_of_decisions',
        title: EXECUTION_TITLE[readSettings(ctx.db).language],
        rapporteurPersonId: secretaryPersonId,
        rapporteurOrganisationId: null,
        durationMinutes: null,
        heard: '',
        spoke: '',
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    // Parents before children: undo walks the batch backwards.
    recordChanges(ctx, [
      { entity: 'session', entityId: session.id, action: 'create', before: null, after: session },
      { entity: 'agenda_item', entityId: item.id, action: 'create', before: null, after: item },
      ...reviewDecisions(ctx, item.id, carried, at),
    ]);
    return getSession(ctx, session.id);
  });

/**
 * Changes the sitting's day, place and officers. Moving it to another year renumbers it
 * when the council counts per year (unless a number is given).
 */
export const updateSession = (ctx: ServiceContext, { id, patch }: UpdateInput): SessionDetail =>
  ctx.transaction(() => {
    const before = requireEditableSession(ctx, id);
    const council = requireCouncil(ctx);
    const { date: newDate, time, number: givenNumber, ...fields } = patch;
    const date = newDate ?? before.startsAt?.slice(0, 10) ?? today(ctx);
    const oldTime = before.startsAt && before.startsAt.length > 10 ? before.startsAt.slice(11, 16) : null;
    const year = Number(date.slice(0, 4));
    checkOfficers({
      chairPersonId: fields.chairPersonId === undefined ? before.chairPersonId : fields.chairPersonId,
      secretaryPersonId:
        fields.secretaryPersonId === undefined ? before.secretaryPersonId : fields.secretaryPersonId,
    });
    for (const personId of [fields.chairPersonId, fields.secretaryPersonId]) {
      if (personId) requireActivePerson(ctx, personId);
    }
    let number = before.number;
    if (givenNumber !== undefined) {
      checkNumberFree(ctx, council.sessionNumbering, year, givenNumber, id);
      number = givenNumber;
    } else if (council.sessionNumbering === 'per_year' && year !== before.year) {
      number = nextSessionNumber(ctx, council.sessionNumbering, year, id);
    }
    const after = ctx.db
      .update(councilSessions)
      .set({
        ...fields,
        year,
        quarter: quarterOf(date),
        number,
        startsAt: startsAtOf(date, time === undefined ? oldTime : time),
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(councilSessions.id, id))
      .returning()
      .get();
    recordChanges(ctx, [{ entity: 'session', entityId: id, action: 'update', before, after }]);
    return getSession(ctx, id);
  });

const ORDER: SessionStatus[] = ['planned', 'held', 'minutes_drafted', 'approved'];

const hasDecisions = (ctx: ServiceContext, sessionId: string): boolean =>
  ctx.db
    .select({ id: decisions.id })
    .from(decisions)
    .where(and(eq(decisions.sessionId, sessionId), isNull(decisions.archivedAt)))
    .get() !== undefined;

/**
 * planned → held → minutes_drafted → approved, one step at a time. Before approval the
 * secretary may step back once (drafted minutes need another look; a sitting marked held
 * by mistake, while nothing was decided at it). Approval is final and locks the record.
 */
export const setSessionStatus = (
  ctx: ServiceContext,
  { id, status }: { id: string; status: SessionStatus },
): SessionDetail =>
  ctx.transaction(() => {
    const before = requireSession(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    if (before.status === 'approved') throw conflict('sessionApproved');
    const from = ORDER.indexOf(before.status);
    const to = ORDER.indexOf(status);
    if (to === from) return getSession(ctx, id);
    if (Math.abs(to - from) !== 1) throw conflict('sessionStatusStep');
    if (status === 'planned' && hasDecisions(ctx, id)) throw conflict('sessionHasDecisions');
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(councilSessions)
      .set({ status, approvedAt: status === 'approved' ? at : null, updatedAt: at })
      .where(eq(councilSessions.id, id))
      .returning()
      .get();
    recordChanges(ctx, [{ entity: 'session', entityId: id, action: 'update', before, after }]);
    return getSession(ctx, id);
  });

/** A change to approved minutes: the signed record stays, the amendment is kept beside it. */
export const amendSession = (
  ctx: ServiceContext,
  { id, text, madeOn }: ParsedInputOf<typeof sessionCalls.amend>,
): SessionDetail =>
  ctx.transaction(() => {
    const session = requireSession(ctx, id);
    if (session.archivedAt) throw conflict('archived');
    if (session.status !== 'approved') throw conflict('sessionNotApproved');
    const at = ctx.now().toISOString();
    const amendment = ctx.db
      .insert(sessionAmendments)
      .values({
        id: ctx.newId(),
        sessionId: id,
        madeOn: madeOn ?? today(ctx),
        text,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordChanges(ctx, [
      {
        entity: 'session_amendment',
        entityId: amendment.id,
        action: 'create',
        before: null,
        after: amendment,
      },
    ]);
    return getSession(ctx, id);
  });

/**
 * Cancels a sitting that was not held: it leaves the year's list and gives its number
 * back. A sitting with decisions is part of the record and is not archived.
 */
export const archiveSession = (ctx: ServiceContext, id: string): SessionDetail =>
  ctx.transaction(() => {
    const before = requireEditableSession(ctx, id);
    if (hasDecisions(ctx, id)) throw conflict('sessionHasDecisions');
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(councilSessions)
      .set({ archivedAt: at, updatedAt: at })
      .where(eq(councilSessions.id, id))
      .returning()
      .get();
    recordChanges(ctx, [{ entity: 'session', entityId: id, action: 'archive', before, after }]);
    return getSession(ctx, id);
  });
