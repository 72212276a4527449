import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Scene, SceneEdge, SceneNode } from './scene';
import { NODE_SIZE } from './nodes/sizes';
import { edgeStyle } from './palette';
import type { XY } from './usePositions';

export interface FrameBox {
  id: string;
  label: string;
  /** Opened blocks can be folded back; layout frames (by type, district…) are only labels. */
  groupId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The class of a node the filters dim (network.css draws it at 30% opacity). */
export const DIMMED_CLASS = 'is-dimmed';
/** As drawn by network.css, for the far picture, which cannot read the stylesheet. */
export const DIMMED_NODE_OPACITY = 0.3;

/** Above this many lines on screen, lines are drawn solid. */
export const DASH_LIMIT = 300;

const FRAME_PAD = 18;
const FRAME_TITLE = 30;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const boxAround = (
  id: string,
  label: string,
  groupId: string | null,
  members: readonly SceneNode[],
  positions: ReadonlyMap<string, XY>,
  inner: readonly Rect[] = [],
): FrameBox | null => {
  const boxes: Rect[] = [
    ...members.flatMap((n) => {
      const p = positions.get(n.id);
      return p ? [{ ...p, ...NODE_SIZE[n.kind] }] : [];
    }),
    ...inner,
  ];
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.x)) - FRAME_PAD;
  const top = Math.min(...boxes.map((b) => b.y)) - FRAME_PAD - FRAME_TITLE;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + FRAME_PAD;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + FRAME_PAD;
  return { id, label, groupId, x: left, y: top, width: right - left, height: bottom - top };
};

/**
 * The frames of opened blocks, from where their members stand now. An opened sub-block's
 * frame sits inside its block's frame with room around it, so the titles do not overlap.
 */
export const blockFrames = (scene: Scene, positions: ReadonlyMap<string, XY>): FrameBox[] => {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const deepestFirst = [...scene.frames].sort((a, b) => b.depth - a.depth);
  const drawn: { depth: number; members: Set<string>; box: FrameBox }[] = [];
  for (const f of deepestFirst) {
    const members = new Set(f.memberNodeIds);
    const inner = drawn
      .filter((d) => d.depth === f.depth + 1 && [...d.members].some((id) => members.has(id)))
      .map((d) => d.box);
    const nodes = f.memberNodeIds.flatMap((id) => byId.get(id) ?? []);
    const box = boxAround(`frame:${f.groupId}`, f.label, f.groupId, nodes, positions, inner);
    if (box) drawn.push({ depth: f.depth, members, box });
  }
  // Outer frames first, so inner ones are drawn over them.
  return drawn.reverse().map((d) => d.box);
};

export interface FlowCallbacks {
  onExpand: (groupId: string) => void;
  onCollapse: (groupId: string) => void;
}

interface ElementOptions {
  editable: boolean;
  dimmedIds: ReadonlySet<string> | null;
}

export interface NodeOptions extends ElementOptions {
  ariaLabel: (n: SceneNode) => string;
}

export interface EdgeOptions extends ElementOptions {
  ariaLabel: (edge: SceneEdge) => string;
}

/** The 10-pixel handles network.css draws, centred on the inside of a node's 2-pixel border. */
const HANDLE = 10;
const BORDER = 2;

/**
 * Where a node's handles are, as React Flow would measure them: an organisation starts a
 * link on its right and takes one on its left, a block only takes them. With these and
 * its fixed size given (network.css draws a node at exactly that size), React Flow need
 * not draw every node once to measure it: opened at 100% on a 2,000-organisation network,
 * that first drawing of all of them, and taking away all but the few in view, was most of
 * the time to the first picture. A view can be fitted to nodes never drawn, too.
 */
const handlesOf = (kind: SceneNode['kind'], size: { width: number; height: number }): NodeHandle[] => {
  const y = size.height / 2 - HANDLE / 2;
  const target = { type: 'target' as const, position: Position.Left, x: BORDER - HANDLE / 2, y };
  if (kind === 'group') return [{ ...target, width: HANDLE, height: HANDLE }];
  const source = {
    type: 'source' as const,
    position: Position.Right,
    x: size.width - BORDER - HANDLE / 2,
    y,
  };
  return [source, target].map((h) => ({ ...h, width: HANDLE, height: HANDLE }));
};

export const flowNodes = (
  scene: Scene,
  positions: ReadonlyMap<string, XY>,
  frames: readonly FrameBox[],
  callbacks: FlowCallbacks,
  options: NodeOptions,
): Node[] => {
  const frameNodes: Node[] = frames.map((f) => ({
    id: f.id,
    type: 'frame',
    position: { x: f.x, y: f.y },
    data: {
      label: f.label,
      groupId: f.groupId,
      width: f.width,
      height: f.height,
      onCollapse: callbacks.onCollapse,
    },
    selectable: false,
    draggable: false,
    focusable: false,
    connectable: false,
    zIndex: -1,
    width: f.width,
    height: f.height,
    // Sized and without handles: a frame is drawn only where it is in view (see handlesOf).
    measured: { width: f.width, height: f.height },
    handles: [],
  }));
  const nodes: Node[] = scene.nodes.flatMap((n) => {
    const p = positions.get(n.id);
    if (!p) return [];
    const size = NODE_SIZE[n.kind];
    return [
      {
        id: n.id,
        // 'group' is React Flow's own node type, styled as such: a block is drawn by us.
        type: n.kind === 'group' ? 'block' : n.kind,
        position: p,
        width: size.width,
        height: size.height,
        // Sized as drawn, with its handles declared (see handlesOf).
        measured: size,
        handles: handlesOf(n.kind, size),
        ariaLabel: options.ariaLabel(n),
        draggable: options.editable,
        connectable: options.editable && n.kind !== 'group',
        className: options.dimmedIds && options.dimmedIds.has(n.id) ? DIMMED_CLASS : undefined,
        data:
          n.kind === 'group'
            ? { scene: n, onExpand: callbacks.onExpand }
            : { scene: n, editable: options.editable },
      },
    ];
  });
  return [...frameNodes, ...nodes];
};

export const flowEdges = (scene: Scene, options: EdgeOptions): Edge[] =>
  scene.edges.map((e) => {
    const style = edgeStyle(e);
    return {
      id: e.id,
      type: 'link',
      source: e.source,
      target: e.target,
      ariaLabel: options.ariaLabel(e),
      // A folded line stands for several links: it can be looked at but not edited as one.
      selectable: true,
      data: {
        scene: e,
        stroke: style.stroke,
        // Dashes tell kinds apart on a council-sized picture; over hundreds of lines they
        // only cost paint time (seconds per frame without a GPU), and colour still differs.
        dash: scene.edges.length <= DASH_LIMIT ? style.dash : undefined,
        dimmed:
          options.dimmedIds !== null && (options.dimmedIds.has(e.source) || options.dimmedIds.has(e.target)),
      },
    };
  });
