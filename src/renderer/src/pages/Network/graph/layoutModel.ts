/**
 * What a network layout takes and gives. Kept apart from the layout code so the canvas
 * can import these types (and the worker client) without pulling ELK into the main
 * bundle: ELK is loaded only inside the layout worker.
 */
import type { OrganisationLevel } from '../../../../../shared/domain/enums';

export const layoutKinds = ['radial', 'layered', 'byType', 'byDistrict', 'byModule'] as const;
/**
 * - `radial`: Figure 13 — the council in the centre, its blocks of organisations around it.
 * - `layered`: one band per level, republican at the top, organisations at the bottom.
 * - `byType`, `byDistrict`, `byModule`: a titled frame per type, district or module.
 */
export type LayoutKind = (typeof layoutKinds)[number];

export const isLayoutKind = (value: string): value is LayoutKind =>
  (layoutKinds as readonly string[]).includes(value);

export interface XY {
  x: number;
  y: number;
}

/** A node on the canvas as the layout sees it: an organisation, the council, or a folded block. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  level: OrganisationLevel;
  typeCode: string;
  /** '' when the organisation has none (regional and republican bodies). */
  district: string;
  /** The organisation's lead module, else the first it takes part in; null when none. */
  moduleId?: string | null;
  isHub: boolean;
  /**
   * The Figure 13 block the node belongs to (its top-level group), which `radial`
   * gathers around the council. Without it, `radial` gathers organisations by type.
   */
  block?: string | null;
  /** A position the user fixed: kept as it is, and other nodes are moved off it. */
  pinned?: XY;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  layout: LayoutKind;
}

/** What a frame gathers: the canvas names it from `key` in the user's language. */
export type LayoutFrameKind = 'block' | 'type' | 'district' | 'module' | 'level';

/**
 * A titled background box around a group of nodes, in flow coordinates (top-left).
 * `key` is the block's group id, the type code, the district name, the module id or the
 * level; '' gathers the nodes with no district or no module. The top `FRAME_PADDING.top`
 * of a frame is left free for its title.
 */
export interface LayoutFrame {
  kind: LayoutFrameKind;
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutResult {
  /** Top-left corner of every node, in flow coordinates. Pinned nodes at their pins. */
  positions: Map<string, XY>;
  frames: LayoutFrame[];
}

/** Room between neighbouring nodes, in flow units. */
export const NODE_GAP = 24;
/** Inside a frame: the title strip on top and a margin on the other sides. */
export const FRAME_PADDING = { top: 40, side: 16 } as const;
/** Between frames, and between the council and the blocks around it. */
export const FRAME_GAP = 48;

/** Top to bottom in the `layered` layout (DOMAIN.md §4.1). */
export const LEVEL_ORDER: readonly OrganisationLevel[] = [
  'republican',
  'regional',
  'district',
  'organisation',
];

/** Window → layout worker. */
export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

/** Layout worker → window: the result (a Map survives postMessage) or why it failed. */
export type LayoutReply = { id: number; result: LayoutResult } | { id: number; error: string };
