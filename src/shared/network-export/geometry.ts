import type { ExportEdge, ExportNode } from './types';
import { num as f } from './xml';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** How far apart parallel links bow, per fan slot, in flow units. */
export const PARALLEL_SPACING = 36;
/** A folded block is drawn as a stack: the card behind sits this far up and right. */
export const STACK_OFFSET = 5;
/** Lines stop this short of a node's border, so the border stays crisp. */
const BORDER_GAP = 2;

export const emptyBox = (): Box => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });

export const isEmpty = (b: Box): boolean => b.minX > b.maxX || b.minY > b.maxY;

export const extend = (b: Box, x: number, y: number, w = 0, h = 0): void => {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  b.minX = Math.min(b.minX, x);
  b.minY = Math.min(b.minY, y);
  b.maxX = Math.max(b.maxX, x + Math.max(0, w));
  b.maxY = Math.max(b.maxY, y + Math.max(0, h));
};

/** The area a node covers, its stack card included. */
export const extendByNode = (b: Box, n: ExportNode): void => {
  extend(b, n.x, n.y, n.width, n.height);
  if (n.shape === 'group') extend(b, n.x + STACK_OFFSET, n.y - STACK_OFFSET, n.width, n.height);
  // A count badge sits on the top-right corner and sticks out by its radius.
  if (n.count !== undefined) extend(b, n.x + n.width - 12, n.y - 12, 24, 24);
};

const centre = (n: ExportNode): Point => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/** Where the ray from the node's centre towards `to` leaves its box (plus a small gap). */
export const borderPoint = (n: ExportNode, to: Point): Point => {
  const c = centre(n);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return c;
  const hw = n.width / 2;
  const hh = n.height / 2;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  const k = t + BORDER_GAP / len;
  return { x: c.x + dx * k, y: c.y + dy * k };
};

export interface EdgeGeometry {
  /** SVG path data. */
  d: string;
  /** Where a label goes: the middle of the line or the apex of the curve. */
  labelAt: Point;
  /** The point the line bows out to (the midpoint for a straight line), for the bounds. */
  apex: Point;
  start: Point;
  end: Point;
  /** Unit tangents pointing out of the line at each end, for arrowheads. */
  startDir: Point;
  endDir: Point;
}

const unit = (from: Point, to: Point): Point => {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / len, y: (to.y - from.y) / len };
};

/**
 * The line between two nodes' borders: straight, or, for a parallel link, a quadratic
 * curve whose apex stands `curvature × PARALLEL_SPACING` to the left of source → target.
 * Undefined when there is nothing to draw (a loop, or boxes sharing a centre).
 */
export const edgeGeometry = (
  edge: ExportEdge,
  source: ExportNode,
  target: ExportNode,
): EdgeGeometry | undefined => {
  if (source.id === target.id) return undefined;
  const s = centre(source);
  const t = centre(target);
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return undefined;
  const mid = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
  const offset = (edge.curvature ?? 0) * PARALLEL_SPACING;
  if (!Number.isFinite(offset) || offset === 0) {
    const start = borderPoint(source, t);
    const end = borderPoint(target, s);
    return {
      d: `M${f(start.x)} ${f(start.y)}L${f(end.x)} ${f(end.y)}`,
      labelAt: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
      apex: mid,
      start,
      end,
      startDir: unit(end, start),
      endDir: unit(start, end),
    };
  }
  // Left of the direction of travel, in SVG's y-down coordinates.
  const normal = { x: dy / len, y: -dx / len };
  // A quadratic curve reaches half way to its control point, so the control point sits twice as far.
  const control = { x: mid.x + normal.x * offset * 2, y: mid.y + normal.y * offset * 2 };
  const start = borderPoint(source, control);
  const end = borderPoint(target, control);
  const labelAt = {
    x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
    y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
  };
  return {
    d: `M${f(start.x)} ${f(start.y)}Q${f(control.x)} ${f(control.y)} ${f(end.x)} ${f(end.y)}`,
    labelAt,
    apex: labelAt,
    start,
    end,
    startDir: unit(control, start),
    endDir: unit(control, end),
  };
};

/** A filled triangle whose tip is `tip`, pointing along `dir`. */
export const arrowhead = (tip: Point, dir: Point, size: number): string => {
  const base = { x: tip.x - dir.x * size, y: tip.y - dir.y * size };
  const half = size * 0.45;
  const a = { x: base.x - dir.y * half, y: base.y + dir.x * half };
  const b = { x: base.x + dir.y * half, y: base.y - dir.x * half };
  return `M${f(tip.x)} ${f(tip.y)}L${f(a.x)} ${f(a.y)}L${f(b.x)} ${f(b.y)}Z`;
};
