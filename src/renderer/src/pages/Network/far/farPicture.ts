import {
  edgeGeometry,
  emptyBox,
  extend,
  isEmpty,
  STACK_OFFSET,
  type Box,
  type Point,
} from '../../../../../shared/network-export/geometry';
import type { ExportNode } from '../../../../../shared/network-export';
import { canvasLineWidth, DIMMED_LINE_OPACITY, tint } from '../palette';
import { DIMMED_CLASS, DIMMED_NODE_OPACITY } from '../flowElements';

/**
 * Zoomed out past reading distance, the organisations and their lines are drawn as one
 * picture instead of thousands of elements. Without a GPU, the browser lays out, hit-tests
 * and paints every node and SVG line again on each frame of a pan (a 2,000-organisation
 * network spent most of each frame there); one bitmap that moves with the canvas costs
 * next to nothing. This file plans and draws that picture; FarPicture.tsx keeps it in step
 * with React Flow. The council, the frames of opened blocks and anything selected stay
 * React Flow's own elements, drawn over it.
 */

/** What the picture needs of a node: the same fields the canvas draws it from. */
export interface FarNode {
  id: string;
  type?: string;
  position: Point;
  width?: number;
  height?: number;
  selected?: boolean;
  className?: string;
  data: unknown;
}

/** What the picture needs of a line: the same data LinkEdge draws from. */
export interface FarEdge {
  id: string;
  source: string;
  target: string;
  selected?: boolean;
  data?: unknown;
}

interface LineData {
  stroke: string;
  dimmed: boolean;
  scene: { curvature?: number; linkIds: readonly string[] };
}

interface NodeData {
  scene: { colour: string; match: boolean };
}

export interface FarLine {
  /** The React Flow edge the line stands for. */
  id: string;
  start: Point;
  end: Point;
  /** The control point of a bowed parallel line; none for a straight one. */
  control?: Point;
  /** How many links the line stands for (more than one to a folded block), and where that count is shown. */
  count: number;
  labelAt: Point;
  /** The area the line covers, in flow units. */
  box: Box;
}

/** Lines of one look, drawn with one stroke. */
export interface FarLineBatch {
  stroke: string;
  /** In flow units, as LinkEdge's stroke width. */
  width: number;
  alpha: number;
  lines: FarLine[];
}

export interface FarBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  alpha: number;
  match: boolean;
  /** A folded block, drawn as a stack of two cards. */
  stack: boolean;
}

export interface FarPicturePlan {
  /** The area the bitmap covers, in flow units. */
  bounds: Box;
  batches: FarLineBatch[];
  boxes: FarBox[];
  lineCount: number;
}

/** Node types the picture draws; the council and the frames stay elements. */
export const PICTURED_TYPES = new Set(['organisation', 'block']);
/** Room around everything for strokes and halos, in flow units. */
const MARGIN = 40;
/** The bitmap's largest size in pixels (32 MB): beyond it the picture is drawn coarser. */
export const MAX_PIXELS = 8_000_000;
/** Browsers refuse a canvas side longer than this. */
const MAX_SIDE = 16_000;
/** However far out, a line is at least this wide on screen, or it fades to nothing. */
export const MIN_LINE_PX = 0.6;
/** A search match's halo, at least this wide on screen, so it is found from afar. */
const MIN_HALO_PX = 3;
const HALO = '#fadb14';

const isPictured = (n: FarNode): boolean => PICTURED_TYPES.has(n.type ?? '') && !n.selected;

const boxOfNode = (n: FarNode): ExportNode => ({
  id: n.id,
  x: n.position.x,
  y: n.position.y,
  width: n.width ?? 0,
  height: n.height ?? 0,
  label: '',
  fill: '',
  stroke: '',
  shape: 'organisation',
});

/** A quadratic curve's control point from its ends and its apex (the point at t = ½). */
const controlOf = (start: Point, end: Point, apex: Point): Point => ({
  x: 2 * apex.x - (start.x + end.x) / 2,
  y: 2 * apex.y - (start.y + end.y) / 2,
});

/**
 * The lines of `edges` between the nodes in `byId`, grouped by look, with the geometry the
 * canvas and the exports share; the selected ones are left to React Flow. `bounds` grows
 * to cover them.
 */
export const planLines = (
  edges: readonly FarEdge[],
  byId: ReadonlyMap<string, FarNode>,
  bounds: Box,
): { batches: FarLineBatch[]; count: number } => {
  const batches = new Map<string, FarLineBatch>();
  let lineCount = 0;
  for (const edge of edges) {
    const data = edge.data as LineData | undefined;
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (edge.selected || !data || !s || !t) continue;
    const curvature = data.scene.curvature;
    const geometry = edgeGeometry(
      { id: edge.id, sourceId: edge.source, targetId: edge.target, stroke: data.stroke, curvature },
      boxOfNode(s),
      boxOfNode(t),
    );
    if (!geometry) continue;
    const bowed = curvature !== undefined && curvature !== 0 && Number.isFinite(curvature);
    const count = data.scene.linkIds.length;
    const line: FarLine = {
      id: edge.id,
      start: geometry.start,
      end: geometry.end,
      count,
      labelAt: geometry.labelAt,
      box: emptyBox(),
    };
    if (bowed) line.control = controlOf(geometry.start, geometry.end, geometry.apex);
    const width = canvasLineWidth(count);
    const alpha = data.dimmed ? DIMMED_LINE_OPACITY : 1;
    const key = `${data.stroke}|${width}|${alpha}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = { stroke: data.stroke, width, alpha, lines: [] };
      batches.set(key, batch);
    }
    batch.lines.push(line);
    for (const p of [line.start, line.end, line.control ?? line.start]) {
      extend(line.box, p.x, p.y);
      extend(bounds, p.x, p.y);
    }
    lineCount++;
  }
  return { batches: [...batches.values()], count: lineCount };
};

/**
 * The picture of `nodes` and `edges` as the canvas would draw them, with the geometry
 * shared by the canvas and the exports. Lines of selected edges and selected nodes are
 * left to React Flow. Null when there is nothing to draw.
 */
export const planFarPicture = (
  nodes: readonly FarNode[],
  edges: readonly FarEdge[],
): FarPicturePlan | null => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const bounds = emptyBox();
  const boxes: FarBox[] = [];
  for (const n of nodes) {
    if (!isPictured(n)) continue;
    const colour = (n.data as NodeData).scene.colour;
    const box: FarBox = {
      x: n.position.x,
      y: n.position.y,
      width: n.width ?? 0,
      height: n.height ?? 0,
      fill: /^#[0-9a-f]{6}$/i.test(colour) ? tint(colour, 0.45) : colour,
      stroke: colour,
      alpha: n.className?.split(' ').includes(DIMMED_CLASS) ? DIMMED_NODE_OPACITY : 1,
      match: (n.data as NodeData).scene.match,
      stack: n.type === 'block',
    };
    boxes.push(box);
    extend(bounds, box.x, box.y - STACK_OFFSET, box.width + STACK_OFFSET, box.height + STACK_OFFSET);
  }
  const lines = planLines(edges, byId, bounds);
  if (isEmpty(bounds)) return null;
  bounds.minX -= MARGIN;
  bounds.minY -= MARGIN;
  bounds.maxX += MARGIN;
  bounds.maxY += MARGIN;
  return { bounds, batches: lines.batches, boxes, lineCount: lines.count };
};

/**
 * Pixels per flow unit for the bitmap: as sharp as the screen at `zoom`, but never more
 * than MAX_PIXELS in all (a large network zoomed in just short of reading distance would
 * otherwise ask for hundreds of megabytes).
 */
export const resolutionFor = (bounds: Box, zoom: number, pixelRatio: number): number => {
  const width = Math.max(1, bounds.maxX - bounds.minX);
  const height = Math.max(1, bounds.maxY - bounds.minY);
  const sharp = zoom * pixelRatio;
  const byArea = Math.sqrt(MAX_PIXELS / (width * height));
  const bySide = MAX_SIDE / Math.max(width, height);
  return Math.min(sharp, byArea, bySide);
};

/**
 * Whether a bitmap drawn at `drawn` pixels per flow unit still looks right at `wanted`:
 * within a third either way the browser's scaling is not noticed, and drawing again on
 * every wheel step would cost more than it shows.
 */
export const isCloseEnough = (drawn: number, wanted: number): boolean =>
  wanted <= drawn * 1.34 && wanted >= drawn * 0.75;

/** The part of CanvasRenderingContext2D used here, so the drawing can be tested without a browser. */
export type PictureContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'quadraticCurveTo'
  | 'stroke'
  | 'fillRect'
  | 'strokeRect'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'lineCap'
>;

/** Adds `line` to the current path, straight or bowed; the far and the close-up picture both draw lines so. */
export const traceLine = (
  ctx: Pick<PictureContext, 'moveTo' | 'lineTo' | 'quadraticCurveTo'>,
  { start, end, control }: FarLine,
): void => {
  ctx.moveTo(start.x, start.y);
  if (control) ctx.quadraticCurveTo(control.x, control.y, end.x, end.y);
  else ctx.lineTo(end.x, end.y);
};

const drawBox = (ctx: PictureContext, b: FarBox, lineWidth: number): void => {
  ctx.globalAlpha = b.alpha;
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = b.stroke;
  if (b.stack) {
    ctx.fillStyle = b.fill;
    ctx.fillRect(b.x + STACK_OFFSET, b.y - STACK_OFFSET, b.width, b.height);
    ctx.strokeRect(b.x + STACK_OFFSET, b.y - STACK_OFFSET, b.width, b.height);
  }
  ctx.fillStyle = b.fill;
  ctx.fillRect(b.x, b.y, b.width, b.height);
  ctx.strokeRect(b.x, b.y, b.width, b.height);
};

/**
 * Draws the plan onto a bitmap of `pixel` size at `resolution` pixels per flow unit, its
 * top-left corner at the plan's bounds: lines first, organisations over them, as on the
 * canvas. `zoom` is the canvas zoom the picture is meant for, which sets the thinnest line.
 */
export const drawFarPicture = (
  ctx: PictureContext,
  plan: FarPicturePlan,
  resolution: number,
  pixel: { width: number; height: number },
  zoom: number,
): void => {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pixel.width, pixel.height);
  ctx.setTransform(
    resolution,
    0,
    0,
    resolution,
    -plan.bounds.minX * resolution,
    -plan.bounds.minY * resolution,
  );
  ctx.lineCap = 'round';
  const thinnest = MIN_LINE_PX / zoom;
  for (const batch of plan.batches) {
    ctx.beginPath();
    for (const line of batch.lines) traceLine(ctx, line);
    ctx.strokeStyle = batch.stroke;
    ctx.lineWidth = Math.max(batch.width, thinnest);
    ctx.globalAlpha = batch.alpha;
    ctx.stroke();
  }
  const halo = Math.max(5, MIN_HALO_PX / zoom);
  ctx.globalAlpha = 1;
  ctx.fillStyle = HALO;
  for (const b of plan.boxes)
    if (b.match) ctx.fillRect(b.x - halo, b.y - halo, b.width + 2 * halo, b.height + 2 * halo);
  const border = Math.max(2, thinnest);
  for (const b of plan.boxes) drawBox(ctx, b, border);
  ctx.globalAlpha = 1;
};

/** The node drawn at flow point `p`, topmost first; the picture's stand-in for a click on it. */
export const nodeAt = (nodes: readonly FarNode[], p: Point): FarNode | undefined => {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (!n || !PICTURED_TYPES.has(n.type ?? '')) continue;
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    if (p.x >= n.position.x && p.x <= n.position.x + w && p.y >= n.position.y && p.y <= n.position.y + h)
      return n;
  }
  return undefined;
};
