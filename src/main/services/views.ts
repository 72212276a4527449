import { asc, count, eq, max, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { networkViews } from '../../../db/schema';
import type { ServiceContext } from './context';
import { getCouncil } from './council';
import { conflict, notFound } from './errors';
import { recordChange, recordChanges, type Change } from './history';
import { readSettings } from './settings';
import {
  networkDisplay,
  networkFilters,
  networkLayouts,
  networkViewport,
  nodePosition,
  type NetworkDisplay,
  type NetworkLayout,
  type NetworkViewport,
  type NodePositions,
} from '../../shared/api/views';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { viewCalls } from '../../shared/api/views';
import type { Language } from '../../shared/i18n/errors';
import type { NetworkView, NetworkViewSummary } from '../../shared/model';

type ViewRow = typeof networkViews.$inferSelect;
type CreateInput = ParsedInputOf<typeof viewCalls.create>;
type UpdateInput = ParsedInputOf<typeof viewCalls.update>;
type MoveInput = ParsedInputOf<typeof viewCalls.movePositions>;

/** The view every workspace starts with, named in the workspace's language. */
const DEFAULT_VIEW_NAMES: Record<Language, string> = {
  kk: 'Негізгі көрініс',
  ru: 'Основная схема',
  en: 'Main view',
};
const DEFAULT_LAYOUT: NetworkLayout = 'radial';
const DEFAULT_DISPLAY: NetworkDisplay = { colourBy: 'sector', expandedGroupIds: [] };
const DEFAULT_VIEWPORT: NetworkViewport = { x: 0, y: 0, zoom: 1 };

/**
 * Stored JSON is read leniently: it was checked on the way in, but a view saved by an
 * older or newer Kenes must still open, so an unreadable field falls back to its default.
 */
const readJson = <T>(schema: z.ZodType<T>, text: string, fallback: T): T => {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
};

/** Position by position, so one bad entry does not cost the user the whole layout. */
const readPositions = (text: string): NodePositions => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const positions: NodePositions = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = nodePosition.safeParse(value);
    if (parsed.success) positions[id] = parsed.data;
  }
  return positions;
};

const readLayout = (text: string): NetworkLayout =>
  (networkLayouts as readonly string[]).includes(text) ? (text as NetworkLayout) : DEFAULT_LAYOUT;

const toSummary = (row: ViewRow): NetworkViewSummary => ({
  id: row.id,
  name: row.name,
  layout: readLayout(row.layout),
  position: row.position,
  updatedAt: row.updatedAt,
});

const toView = (row: ViewRow): NetworkView => ({
  ...toSummary(row),
  filters: readJson(networkFilters, row.filters, {}),
  display: readJson(networkDisplay, row.display, DEFAULT_DISPLAY),
  positions: readPositions(row.positions),
  viewport: readJson(networkViewport, row.viewport, DEFAULT_VIEWPORT),
  createdAt: row.createdAt,
});

const requireView = (ctx: ServiceContext, id: string): ViewRow => {
  const row = ctx.db.select().from(networkViews).where(eq(networkViews.id, id)).get();
  if (!row) throw notFound();
  return row;
};

/**
 * The picture of the guide's Figure 13: a top block that holds sub-blocks is drawn open,
 * so its sub-blocks show as counted boxes ("ПМПК – 4"); a block without sub-blocks is
 * one box. The groups must already be in the workspace.
 */
const figure13Display = (ctx: ServiceContext): NetworkDisplay => ({
  ...DEFAULT_DISPLAY,
  expandedGroupIds: ctx.db
    .all<{ id: string }>(
      sql`SELECT g.id FROM organisation_groups g
          WHERE g.parent_id IS NULL AND g.archived_at IS NULL
            AND EXISTS (SELECT 1 FROM organisation_groups c WHERE c.parent_id = g.id AND c.archived_at IS NULL)
          ORDER BY g.position`,
    )
    .map((r) => r.id),
});

/** The default view's row, for workspace initialisation and for older workspaces without one. */
export const defaultViewRow = (ctx: ServiceContext, at: string): ViewRow => ({
  id: ctx.newId(),
  name: DEFAULT_VIEW_NAMES[readSettings(ctx.db).language],
  filters: '{}',
  layout: DEFAULT_LAYOUT,
  display: JSON.stringify(figure13Display(ctx)),
  positions: '{}',
  viewport: JSON.stringify(DEFAULT_VIEWPORT),
  position: 0,
  createdAt: at,
  updatedAt: at,
});

/**
 * Workspaces initialised before views existed have none. Their default view is created
 * here, on first listing, without a history batch: it is not the user's action but data
 * the workspace should always have had. As an undoable batch it would sit on top of the
 * user's undo stack ("Undo: create Main view") and, undone, leave the canvas with no view.
 */
const ensureDefaultView = (ctx: ServiceContext): void => {
  if (!getCouncil(ctx)) return;
  const n = ctx.db.select({ n: count() }).from(networkViews).get()?.n ?? 0;
  if (n === 0) ctx.db.insert(networkViews).values(defaultViewRow(ctx, ctx.now().toISOString())).run();
};

const orderedViews = (ctx: ServiceContext): ViewRow[] =>
  ctx.db.select().from(networkViews).orderBy(asc(networkViews.position), asc(networkViews.createdAt)).all();

export const listViews = (ctx: ServiceContext): NetworkViewSummary[] =>
  ctx.transaction(() => {
    ensureDefaultView(ctx);
    return orderedViews(ctx).map(toSummary);
  });

export const getView = (ctx: ServiceContext, id: string): NetworkView => toView(requireView(ctx, id));

/**
 * Positions may name organisations and groups only. Ids of any state are kept (an
 * archived node keeps its place for when it is restored); ids of records that no longer
 * exist at all are dropped from what is stored, so the map cannot grow without bound.
 */
const keepKnownNodes = (
  ctx: ServiceContext,
  positions: NodePositions,
  added: NodePositions,
): NodePositions => {
  const known = new Set(
    ctx.db
      .all<{ id: string }>(
        sql`SELECT value AS id FROM json_each(${JSON.stringify(Object.keys(positions))})
            WHERE value IN (SELECT id FROM organisations) OR value IN (SELECT id FROM organisation_groups)`,
      )
      .map((r) => r.id),
  );
  for (const id of Object.keys(added)) if (!known.has(id)) throw notFound();
  return Object.fromEntries(Object.entries(positions).filter(([id]) => known.has(id)));
};

export const createView = (ctx: ServiceContext, input: CreateInput): NetworkView =>
  ctx.transaction(() => {
    const at = ctx.now().toISOString();
    const last = ctx.db
      .select({ position: max(networkViews.position) })
      .from(networkViews)
      .get();
    const positions = input.positions ? keepKnownNodes(ctx, input.positions, input.positions) : {};
    const created = ctx.db
      .insert(networkViews)
      .values({
        id: ctx.newId(),
        name: input.name,
        filters: JSON.stringify(input.filters ?? {}),
        layout: input.layout ?? DEFAULT_LAYOUT,
        display: JSON.stringify(input.display ?? DEFAULT_DISPLAY),
        positions: JSON.stringify(positions),
        viewport: JSON.stringify(input.viewport ?? DEFAULT_VIEWPORT),
        position: (last?.position ?? -1) + 1,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordChange(ctx, {
      entity: 'network_view',
      entityId: created.id,
      action: 'create',
      before: null,
      after: created,
    });
    return toView(created);
  });

/** Writes a view; the change is for the caller's history batch. */
const writeViewRow = (
  ctx: ServiceContext,
  before: ViewRow,
  values: Partial<typeof networkViews.$inferInsert>,
): { after: ViewRow; change: Change } => {
  const after = ctx.db
    .update(networkViews)
    .set({ ...values, updatedAt: ctx.now().toISOString() })
    .where(eq(networkViews.id, before.id))
    .returning()
    .get();
  return { after, change: { entity: 'network_view', entityId: before.id, action: 'update', before, after } };
};

const writeView = (
  ctx: ServiceContext,
  before: ViewRow,
  values: Partial<typeof networkViews.$inferInsert>,
): NetworkView => {
  const { after, change } = writeViewRow(ctx, before, values);
  recordChanges(ctx, [change]);
  return toView(after);
};

/**
 * Puts nodes on a view as part of another edit — an organisation created on the canvas
 * lands where it was drawn — and returns the view's change for that edit's own history
 * batch, so one undo takes back both. Null when nothing moved.
 */
export const placeNodes = (ctx: ServiceContext, viewId: string, placed: NodePositions): Change | null => {
  const before = requireView(ctx, viewId);
  const merged = keepKnownNodes(ctx, { ...readPositions(before.positions), ...placed }, placed);
  const positions = JSON.stringify(merged);
  return positions === before.positions ? null : writeViewRow(ctx, before, { positions }).change;
};

export const updateView = (ctx: ServiceContext, { id, patch }: UpdateInput): NetworkView =>
  ctx.transaction(() => {
    const before = requireView(ctx, id);
    const values: Partial<typeof networkViews.$inferInsert> = {};
    if (patch.name !== undefined) values.name = patch.name;
    if (patch.layout !== undefined) values.layout = patch.layout;
    if (patch.filters !== undefined) values.filters = JSON.stringify(patch.filters);
    if (patch.display !== undefined) values.display = JSON.stringify(patch.display);
    if (patch.viewport !== undefined) values.viewport = JSON.stringify(patch.viewport);
    return writeView(ctx, before, values);
  });

/** One drag of any number of nodes, or a whole layout and its name: one undoable batch. */
export const movePositions = (
  ctx: ServiceContext,
  { id, positions: moved, layout }: MoveInput,
): NetworkView =>
  ctx.transaction(() => {
    const before = requireView(ctx, id);
    const merged = keepKnownNodes(ctx, { ...readPositions(before.positions), ...moved }, moved);
    const positions = JSON.stringify(merged);
    // A click that moved nothing is not a step the user would want to undo.
    if (positions === before.positions && (layout === undefined || layout === before.layout)) {
      return toView(before);
    }
    return writeView(ctx, before, layout === undefined ? { positions } : { positions, layout });
  });

/**
 * Panning and zooming are not edits: written without a history entry and without
 * touching updatedAt, so they never fill the undo stack, and undo (which ignores the
 * viewport when comparing) still finds the view as its last edit left it.
 */
export const setViewport = (ctx: ServiceContext, id: string, viewport: NetworkViewport): NetworkView =>
  ctx.transaction(() => {
    requireView(ctx, id);
    const after = ctx.db
      .update(networkViews)
      .set({ viewport: JSON.stringify(viewport) })
      .where(eq(networkViews.id, id))
      .returning()
      .get();
    return toView(after);
  });

/** A hard delete: views are pictures, nothing refers to them, and the history keeps the row. */
export const deleteView = (ctx: ServiceContext, id: string): { id: string } =>
  ctx.transaction(() => {
    const before = requireView(ctx, id);
    const n = ctx.db.select({ n: count() }).from(networkViews).get()?.n ?? 0;
    if (n <= 1) throw conflict('lastView');
    ctx.db.delete(networkViews).where(eq(networkViews.id, id)).run();
    recordChange(ctx, { entity: 'network_view', entityId: id, action: 'delete', before, after: null });
    return { id };
  });

/** The named views first, in the given order; any not named keep their order after them. */
export const reorderViews = (ctx: ServiceContext, ids: string[]): NetworkViewSummary[] =>
  ctx.transaction(() => {
    const views = orderedViews(ctx);
    const byId = new Map(views.map((v) => [v.id, v]));
    const named = [...new Set(ids)].map((id) => {
      const view = byId.get(id);
      if (!view) throw notFound();
      return view;
    });
    const order = [...named, ...views.filter((v) => !named.includes(v))];
    const at = ctx.now().toISOString();
    const changes: Change[] = [];
    order.forEach((before, position) => {
      if (before.position === position) return;
      const after = ctx.db
        .update(networkViews)
        .set({ position, updatedAt: at })
        .where(eq(networkViews.id, before.id))
        .returning()
        .get();
      changes.push({ entity: 'network_view', entityId: before.id, action: 'update', before, after });
    });
    recordChanges(ctx, changes);
    return orderedViews(ctx).map(toSummary);
  });
