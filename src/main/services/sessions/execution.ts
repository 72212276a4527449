import { and, eq } from 'drizzle-orm';
import { agendaItemReferences, agendaItems } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict } from '../errors';
import { recordChanges, type Change } from '../history';
import { getSession, openDecisions } from './read';
import { requireEditableSession } from './records';
import type { OpenDecisionItem, SessionDetail } from '../../../shared/model';

/**
 * The decisions a sitting starting at `startsAt` reviews: adopted, still open or in
 * progress, taken at sittings before it (a sitting entered after the fact does not review
 * decisions taken later).
 */
export const openDecisionsBefore = (ctx: ServiceContext, startsAt: string): OpenDecisionItem[] =>
  openDecisions(ctx).filter((d) => d.sessionStartsAt !== null && d.sessionStartsAt < startsAt);

/** Lists decisions under the execution item, in the open list's order (overdue first). */
export const reviewDecisions = (
  ctx: ServiceContext,
  itemId: string,
  decisions: { id: string }[],
  at: string,
): Change[] =>
  decisions.map((decision) => {
    const ref = ctx.db
      .insert(agendaItemReferences)
      .values({
        id: ctx.newId(),
        agendaItemId: itemId,
        entityType: 'decision',
        entityId: decision.id,
        createdAt: at,
      })
      .returning()
      .get();
    return { entity: 'agenda_item_reference', entityId: ref.id, action: 'create', before: null, after: ref };
  });

/**
 * Brings the execution item up to date: decisions of earlier sittings that are open now
 * and not yet listed are added (the minutes of the previous sitting are often entered after
 * the next one was planned). Decisions already listed stay, closed or not: the sitting
 * reports on them.
 */
export const refreshExecutionItem = (ctx: ServiceContext, sessionId: string): SessionDetail =>
  ctx.transaction(() => {
    const session = requireEditableSession(ctx, sessionId);
    const item = ctx.db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.sessionId, sessionId), eq(agendaItems.kind, 'execution_of_decisions')))
      .get();
    if (!item || item.archivedAt) throw conflict('executionItem');
    const listed = new Set(
      ctx.db
        .select({ entityId: agendaItemReferences.entityId })
        .from(agendaItemReferences)
        .where(
          and(
            eq(agendaItemReferences.agendaItemId, item.id),
            eq(agendaItemReferences.entityType, 'decision'),
          ),
        )
        .all()
        .map((r) => r.entityId),
    );
    const added = openDecisionsBefore(ctx, session.startsAt ?? '').filter((d) => !listed.has(d.id));
    recordChanges(ctx, reviewDecisions(ctx, item.id, added, ctx.now().toISOString()));
    return getSession(ctx, sessionId);
  });
