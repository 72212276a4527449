import { z } from 'zod';
import { call } from './contract';
import { LIMITS, idInput, requiredText, uuid } from './fields';
import { organisationLevels } from '../domain/enums';
import { sectorCode } from '../reference/schema';
import type { NetworkView, NetworkViewSummary } from '../model';

/**
 * Saved network views: the canvas's filters, layout, display options, node positions and
 * viewport. The schemas are exported so the renderer checks what it sends with the
 * same rules, and the service re-reads stored JSON with them.
 */

/** Coordinates on the canvas: finite and far beyond any drawing, so a bug cannot store 1e308. */
const COORDINATE_LIMIT = 10_000_000;
const coordinate = z.number().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);

/** One call carries at most this many node positions: a whole layout of the largest network. */
export const MAX_POSITIONS = LIMITS.bulk;

export const networkLayouts = ['manual', 'radial', 'layered', 'byType', 'byDistrict', 'byModule'] as const;
export type NetworkLayout = (typeof networkLayouts)[number];

export const networkFilters = z.strictObject({
  typeCodes: z.array(z.string().max(50)).max(100).optional(),
  sectors: z.array(sectorCode).max(20).optional(),
  levels: z.array(z.enum(organisationLevels)).max(4).optional(),
  districts: z.array(z.string().max(LIMITS.line)).max(100).optional(),
  /** A group includes its subgroups, as in the registry. */
  groupIds: z.array(uuid).max(100).optional(),
  moduleIds: z.array(uuid).max(12).optional(),
  linkKinds: z.array(z.string().max(50)).max(50).optional(),
  /** Only the organisation and what lies within `steps` links of it. */
  focus: z
    .strictObject({ organisationId: uuid, steps: z.number().int().min(1).max(5) })
    .nullable()
    .optional(),
});
export type NetworkFilters = z.output<typeof networkFilters>;

export const networkDisplay = z.strictObject({
  colourBy: z.enum(['sector', 'type', 'module']),
  /** Blocks drawn opened up into their organisations rather than as one counted box. */
  expandedGroupIds: z.array(uuid).max(1000),
});
export type NetworkDisplay = z.output<typeof networkDisplay>;

export const nodePosition = z.strictObject({ x: coordinate, y: coordinate, pinned: z.boolean().optional() });
export type NodePosition = z.output<typeof nodePosition>;

/** Organisation or group id → where its node stands. */
export const nodePositions = z
  .record(uuid, nodePosition)
  .refine((p) => Object.keys(p).length <= MAX_POSITIONS, {
    message: 'validation.tooMany',
    params: { max: MAX_POSITIONS },
  });
export type NodePositions = z.output<typeof nodePositions>;

export const networkViewport = z.strictObject({
  x: coordinate,
  y: coordinate,
  zoom: z.number().min(0.01).max(100),
});
export type NetworkViewport = z.output<typeof networkViewport>;

const viewName = requiredText(LIMITS.shortName);

export const viewCalls = {
  /** Every saved view, in the switcher's order. A workspace always has at least one. */
  list: call<NetworkViewSummary[]>()('views:list', z.strictObject({})),
  get: call<NetworkView>()('views:get', idInput),
  create: call<NetworkView>()(
    'views:create',
    z.strictObject({
      name: viewName,
      filters: networkFilters.optional(),
      layout: z.enum(networkLayouts).optional(),
      display: networkDisplay.optional(),
      positions: nodePositions.optional(),
      viewport: networkViewport.optional(),
    }),
  ),
  update: call<NetworkView>()(
    'views:update',
    z.strictObject({
      id: uuid,
      patch: z
        .strictObject({
          name: viewName,
          filters: networkFilters,
          layout: z.enum(networkLayouts),
          display: networkDisplay,
          viewport: networkViewport,
        })
        .partial()
        .refine((p) => Object.keys(p).length > 0, { message: 'validation.emptyPatch' }),
    }),
  ),
  /**
   * Merges node positions into the view's: a drag of many nodes, or a whole computed
   * layout (with its `layout` name), saved as one undoable step. Positions of other
   * nodes are kept.
   */
  movePositions: call<NetworkView>()(
    'views:movePositions',
    z.strictObject({ id: uuid, positions: nodePositions, layout: z.enum(networkLayouts).optional() }),
  ),
  /** Panning and zooming are not edits: saved without a history entry, so they never fill the undo stack. */
  setViewport: call<NetworkView>()(
    'views:setViewport',
    z.strictObject({ id: uuid, viewport: networkViewport }),
  ),
  /** Hard delete (the history keeps the view); the last view cannot be deleted. */
  delete: call<{ id: string }>()('views:delete', idInput),
  /** The switcher's new order: every view's id, each once. */
  reorder: call<NetworkViewSummary[]>()(
    'views:reorder',
    z.strictObject({ ids: z.array(uuid).min(1).max(1000) }),
  ),
};
