/**
 * Pinned nodes and overlaps. A layout places the free nodes; then the pinned ones go
 * back to where the user fixed them, and any free node that now overlaps another node
 * is moved to the nearest free spot, so nothing is hidden under a pin.
 */
import type { LayoutNode, XY } from './layoutModel';
import { NODE_GAP } from './layoutModel';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 256;
/** Best-first search budget per displaced node before it goes below everything. */
const MAX_CANDIDATES = 400;

/** A uniform grid over the placed rectangles, so an overlap query looks at a few cells only. */
class SpatialIndex {
  private readonly cells = new Map<string, number[]>();
  private readonly rects: Rect[] = [];
  bottom = -Infinity;
  left = Infinity;

  insert(rect: Rect): void {
    const index = this.rects.push(rect) - 1;
    this.bottom = Math.max(this.bottom, rect.y + rect.height);
    this.left = Math.min(this.left, rect.x);
    this.forCells(rect, 0, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(index);
      else this.cells.set(key, [index]);
    });
  }

  /** The placed rectangles that overlap `rect` grown by `margin` on every side. */
  colliding(rect: Rect, margin: number): Rect[] {
    const found = new Set<number>();
    this.forCells(rect, margin, (key) => {
      for (const i of this.cells.get(key) ?? []) {
        const other = this.rects[i];
        if (other && overlaps(rect, other, margin)) found.add(i);
      }
    });
    return [...found].map((i) => this.rects[i] as Rect);
  }

  private forCells(rect: Rect, margin: number, visit: (key: string) => void): void {
    const x0 = Math.floor((rect.x - margin) / CELL);
    const x1 = Math.floor((rect.x + rect.width + margin) / CELL);
    const y0 = Math.floor((rect.y - margin) / CELL);
    const y1 = Math.floor((rect.y + rect.height + margin) / CELL);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(`${cx}:${cy}`);
  }
}

/** Strictly overlapping once `a` is grown by `margin`; touching edges do not count. */
export const overlaps = (a: Rect, b: Rect, margin = 0): boolean =>
  a.x - margin < b.x + b.width &&
  b.x < a.x + a.width + margin &&
  a.y - margin < b.y + b.height &&
  b.y < a.y + a.height + margin;

/**
 * The nearest position to `at` where a `width × height` box clears every placed box by
 * `gap`: best-first over the spots just beside each box in the way, nearest first.
 */
const nearestFreeSpot = (index: SpatialIndex, at: XY, width: number, height: number, gap: number): XY => {
  const box = (p: XY): Rect => ({ x: p.x, y: p.y, width, height });
  const distance = (p: XY) => Math.hypot(p.x - at.x, p.y - at.y);
  const queue: { p: XY; d: number }[] = [];
  const seen = new Set<string>();
  const push = (p: XY) => {
    const key = `${Math.round(p.x)}:${Math.round(p.y)}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ p, d: distance(p) });
  };
  const besides = (p: XY, blockers: Rect[]) => {
    for (const b of blockers) {
      push({ x: b.x - width - gap, y: p.y });
      push({ x: b.x + b.width + gap, y: p.y });
      push({ x: p.x, y: b.y - height - gap });
      push({ x: p.x, y: b.y + b.height + gap });
    }
  };
  besides(at, index.colliding(box(at), gap));
  for (let tried = 0; tried < MAX_CANDIDATES && queue.length > 0; tried++) {
    let best = 0;
    for (let i = 1; i < queue.length; i++)
      if ((queue[i]?.d ?? Infinity) < (queue[best]?.d ?? Infinity)) best = i;
    const [{ p }] = queue.splice(best, 1) as [{ p: XY; d: number }];
    const blockers = index.colliding(box(p), gap);
    if (blockers.length === 0) return p;
    besides(p, blockers);
  }
  // Crowded beyond the budget: below everything is always free.
  return { x: index.left, y: index.bottom + gap };
};

/**
 * Puts pinned nodes at their pins and moves every other node that overlaps a node
 * placed before it to the nearest free spot (pinned nodes are placed first, then the
 * others in input order). Nodes missing from `positions` start at the origin.
 * Pinned nodes are never moved, even if the user stacked two of them.
 */
export const settleNodes = (
  nodes: readonly LayoutNode[],
  positions: ReadonlyMap<string, XY>,
  gap = NODE_GAP,
): Map<string, XY> => {
  const index = new SpatialIndex();
  const settled = new Map<string, XY>();
  for (const n of nodes) {
    if (!n.pinned) continue;
    settled.set(n.id, { x: n.pinned.x, y: n.pinned.y });
    index.insert({ x: n.pinned.x, y: n.pinned.y, width: n.width, height: n.height });
  }
  for (const n of nodes) {
    if (n.pinned) continue;
    const at = positions.get(n.id) ?? { x: 0, y: 0 };
    const fits = index.colliding({ x: at.x, y: at.y, width: n.width, height: n.height }, 0).length === 0;
    const p = fits ? at : nearestFreeSpot(index, at, n.width, n.height, gap);
    settled.set(n.id, { x: p.x, y: p.y });
    index.insert({ x: p.x, y: p.y, width: n.width, height: n.height });
  }
  return settled;
};
