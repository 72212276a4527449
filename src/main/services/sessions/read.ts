import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  agendaItemReferences,
  agendaItems,
  attachments,
  attendance,
  councilSessions,
  decisionProgressNotes,
  decisionResponsibles,
  decisions,
  organisations,
  people,
  sessionAmendments,
} from '../../../../db/schema';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ServiceContext } from '../context';
import { currentMembers, requireCouncil, requireSession, today } from './records';
import { decisionOutcome, quorumOf } from '../../../shared/domain/quorum';
import { isObligationOverdue } from '../../../shared/domain/agreementStatus';
import type {
  AgendaItemDetail,
  AttendanceItem,
  CouncilProfile,
  Decision,
  DecisionItem,
  OpenDecisionItem,
  Quorum,
  SessionDetail,
} from '../../../shared/model';

/** `ids` as one JSON array for `IN (SELECT value FROM json_each(?))`. */
const jsonIds = (ids: Iterable<string>): string => JSON.stringify([...new Set(ids)]);
const inJson = (column: SQLiteColumn, ids: Iterable<string>) =>
  sql`${column} IN (SELECT value FROM json_each(${jsonIds(ids)}))`;

const group = <T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

/**
 * Decisions with their number, outcome, overdue flag, responsibles and notes: four queries
 * whatever the count.
 */
export const decisionItems = (
  ctx: ServiceContext,
  rows: Decision[],
  council: CouncilProfile = requireCouncil(ctx),
): DecisionItem[] => {
  if (rows.length === 0) return [];
  const day = today(ctx);
  const ids = rows.map((d) => d.id);
  const items = new Map(
    ctx.db
      .select({ id: agendaItems.id, position: agendaItems.position })
      .from(agendaItems)
      .where(
        inJson(
          agendaItems.id,
          rows.map((d) => d.agendaItemId),
        ),
      )
      .all()
      .map((i) => [i.id, i.position]),
  );
  const sessions = new Map(
    ctx.db
      .select({ id: councilSessions.id, number: councilSessions.number, year: councilSessions.year })
      .from(councilSessions)
      .where(
        inJson(
          councilSessions.id,
          rows.map((d) => d.sessionId),
        ),
      )
      .all()
      .map((s) => [s.id, s]),
  );
  const responsibles = group(
    ctx.db
      .select()
      .from(decisionResponsibles)
      .where(inJson(decisionResponsibles.decisionId, ids))
      .orderBy(sql`rowid`)
      .all(),
    (r) => r.decisionId,
  );
  const notes = group(
    ctx.db
      .select()
      .from(decisionProgressNotes)
      .where(inJson(decisionProgressNotes.decisionId, ids))
      .orderBy(decisionProgressNotes.notedOn, sql`rowid`)
      .all(),
    (n) => n.decisionId,
  );
  return rows.map((d) => {
    const parties = responsibles.get(d.id) ?? [];
    const mine = parties.filter((r) => r.role === 'responsible');
    const session = sessions.get(d.sessionId);
    return {
      ...d,
      number: `${items.get(d.agendaItemId) ?? '?'}.${d.position}`,
      sessionNumber: session?.number ?? 0,
      sessionYear: session?.year ?? 0,
      outcome: decisionOutcome(d, council.tieRule),
      overdue: isObligationOverdue({ dueOn: d.deadline, status: d.status }, day),
      responsibleOrganisationIds: mine.flatMap((r) => (r.organisationId ? [r.organisationId] : [])),
      responsiblePersonIds: mine.flatMap((r) => (r.personId ? [r.personId] : [])),
      partnerOrganisationIds: parties.flatMap((r) =>
        r.role === 'partner' && r.organisationId ? [r.organisationId] : [],
      ),
      progressNotes: notes.get(d.id) ?? [],
    };
  });
};

export const getDecision = (ctx: ServiceContext, id: string): DecisionItem => {
  const rows = ctx.db.select().from(decisions).where(eq(decisions.id, id)).all();
  return decisionItems(ctx, rows)[0] as DecisionItem;
};

/**
 * Who attended. Until attendance is taken the roster is the council's current members, none
 * marked; once taken (every member gets a row, see attendance.ts) the recorded rows are the
 * roster, so members who join or leave the council later do not change a past sitting's quorum.
 */
export const attendanceOf = (
  ctx: ServiceContext,
  sessionId: string,
  council: CouncilProfile,
): { items: AttendanceItem[]; quorum: Quorum } => {
  const deputies = ctx.db.select({ id: people.id, fullName: people.fullName }).from(people).all();
  const deputyName = new Map(deputies.map((p) => [p.id, p.fullName]));
  const rows = ctx.db
    .select({
      row: attendance,
      personName: people.fullName,
      councilRole: people.councilRole,
      organisationNameKk: organisations.nameKk,
      organisationNameRu: organisations.nameRu,
    })
    .from(attendance)
    .leftJoin(people, eq(people.id, attendance.personId))
    .leftJoin(organisations, eq(organisations.id, attendance.organisationId))
    .where(eq(attendance.sessionId, sessionId))
    .orderBy(sql`${attendance}.rowid`)
    .all();
  const items: AttendanceItem[] = rows.map((r) => ({
    ...r.row,
    name: r.personName ?? r.row.guestName,
    councilRole: r.councilRole ?? null,
    organisationNameKk: r.organisationNameKk ?? null,
    organisationNameRu: r.organisationNameRu ?? null,
    deputyFullName: r.row.deputyPersonId ? (deputyName.get(r.row.deputyPersonId) ?? null) : null,
  }));
  const taken = items.some((i) => !i.isGuest);
  if (!taken) {
    const orgs = new Map(
      ctx.db
        .select({ id: organisations.id, nameKk: organisations.nameKk, nameRu: organisations.nameRu })
        .from(organisations)
        .all()
        .map((o) => [o.id, o]),
    );
    const roster: AttendanceItem[] = currentMembers(ctx).map((p) => ({
      id: null,
      sessionId,
      personId: p.id,
      guestName: '',
      organisationId: p.organisationId,
      status: null,
      isGuest: false,
      deputyPersonId: null,
      deputyName: '',
      createdAt: '',
      updatedAt: '',
      name: p.fullName,
      councilRole: p.councilRole,
      organisationNameKk: p.organisationId ? (orgs.get(p.organisationId)?.nameKk ?? null) : null,
      organisationNameRu: p.organisationId ? (orgs.get(p.organisationId)?.nameRu ?? null) : null,
      deputyFullName: null,
    }));
    items.unshift(...roster);
  }
  const members = items.filter((i) => !i.isGuest);
  const present = members.filter((i) => i.status === 'present').length;
  return { items, quorum: quorumOf(council.quorumRule, members.length, present) };
};

const referencesOf = (ctx: ServiceContext, itemIds: string[]) =>
  group(
    ctx.db
      .select()
      .from(agendaItemReferences)
      .where(inJson(agendaItemReferences.agendaItemId, itemIds))
      .orderBy(sql`rowid`)
      .all(),
    (r) => r.agendaItemId,
  );

export const agendaOf = (
  ctx: ServiceContext,
  sessionId: string,
  council: CouncilProfile,
): AgendaItemDetail[] => {
  const items = ctx.db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.sessionId, sessionId), isNull(agendaItems.archivedAt)))
    .orderBy(asc(agendaItems.position))
    .all();
  const refs = referencesOf(
    ctx,
    items.map((i) => i.id),
  );
  const byItem = group(
    decisionItems(
      ctx,
      ctx.db
        .select()
        .from(decisions)
        .where(and(eq(decisions.sessionId, sessionId), isNull(decisions.archivedAt)))
        .orderBy(decisions.position)
        .all(),
      council,
    ),
    (d) => d.agendaItemId,
  );
  const reviewedIds = [...refs.values()].flat().filter((r) => r.entityType === 'decision');
  const reviewed = new Map(
    decisionItems(
      ctx,
      ctx.db
        .select()
        .from(decisions)
        .where(
          inJson(
            decisions.id,
            reviewedIds.map((r) => r.entityId),
          ),
        )
        .all(),
      council,
    ).map((d) => [d.id, d]),
  );
  const attachmentCounts = new Map(
    ctx.db
      .select({ ownerId: attachments.ownerId, n: count() })
      .from(attachments)
      .where(
        and(
          eq(attachments.ownerType, 'agenda_item'),
          isNull(attachments.archivedAt),
          inJson(
            attachments.ownerId,
            items.map((i) => i.id),
          ),
        ),
      )
      .groupBy(attachments.ownerId)
      .all()
      .map((r) => [r.ownerId, r.n]),
  );
  return items.map((item) => {
    const mine = refs.get(item.id) ?? [];
    const of = (type: string) => mine.filter((r) => r.entityType === type).map((r) => r.entityId);
    const reviewedDecisionIds = of('decision');
    return {
      ...item,
      organisationIds: of('organisation'),
      agreementIds: of('agreement'),
      moduleIds: of('module'),
      reviewedDecisionIds,
      reviewedDecisions: reviewedDecisionIds.flatMap((id) => reviewed.get(id) ?? []),
      decisions: byItem.get(item.id) ?? [],
      attachmentCount: attachmentCounts.get(item.id) ?? 0,
    };
  });
};

export const getSession = (ctx: ServiceContext, id: string): SessionDetail => {
  const session = requireSession(ctx, id);
  const council = requireCouncil(ctx);
  const { items, quorum } = attendanceOf(ctx, id, council);
  return {
    ...session,
    agenda: agendaOf(ctx, id, council),
    attendance: items,
    quorum,
    amendments: ctx.db
      .select()
      .from(sessionAmendments)
      .where(and(eq(sessionAmendments.sessionId, id), isNull(sessionAmendments.archivedAt)))
      .orderBy(sessionAmendments.madeOn, sql`rowid`)
      .all(),
    locked: session.status === 'approved',
  };
};

/**
 * Decisions still to be carried out: adopted (a rejected proposal is nothing to execute), open
 * or in progress, of sittings not archived. Overdue first, then by deadline (undated last),
 * then by sitting and number.
 */
export const openDecisions = (ctx: ServiceContext, overdueOnly = false): OpenDecisionItem[] => {
  const council = requireCouncil(ctx);
  const rows = ctx.db
    .select({ decision: decisions })
    .from(decisions)
    .innerJoin(councilSessions, eq(councilSessions.id, decisions.sessionId))
    .where(
      and(
        isNull(decisions.archivedAt),
        isNull(councilSessions.archivedAt),
        inArray(decisions.status, ['open', 'in_progress']),
      ),
    )
    .all()
    .map((r) => r.decision);
  const starts = new Map(
    ctx.db
      .select({ id: councilSessions.id, startsAt: councilSessions.startsAt })
      .from(councilSessions)
      .all()
      .map((s) => [s.id, s.startsAt]),
  );
  return decisionItems(ctx, rows, council)
    .filter((d) => d.outcome === 'adopted' && (!overdueOnly || d.overdue))
    .map((d) => ({ ...d, sessionStartsAt: starts.get(d.sessionId) ?? null }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
        (a.sessionStartsAt ?? '').localeCompare(b.sessionStartsAt ?? '') ||
        a.number.localeCompare(b.number, 'ru', { numeric: true }),
    );
};
