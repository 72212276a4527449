/**
 * Layout transitions: where each node stands a fraction `t` of the way from its old
 * place to its new one. Pure; the canvas drives `t` from requestAnimationFrame, so
 * the glide can be cancelled or skipped (prefers-reduced-motion) without state here.
 */

export interface XY {
  x: number;
  y: number;
}

export type Easing = (t: number) => number;

/** Slow start, slow finish: nodes leave and arrive gently, as a human would move them. */
export const easeInOutCubic: Easing = (t) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export const linear: Easing = (t) => t;

/**
 * Positions at progress `t` (clamped to [0, 1]) between `from` and `to`, eased.
 * A node with no old position appears at its new one; a node absent from `to` has left
 * the picture and is not returned. At t = 1 the result equals `to` exactly, so the
 * last frame lands where the layout said.
 */
export const interpolatePositions = (
  from: ReadonlyMap<string, XY>,
  to: ReadonlyMap<string, XY>,
  t: number,
  easing: Easing = easeInOutCubic,
): Map<string, XY> => {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 1;
  const k = clamped >= 1 ? 1 : easing(clamped);
  const result = new Map<string, XY>();
  for (const [id, end] of to) {
    const start = from.get(id);
    if (!start || k === 1) result.set(id, { x: end.x, y: end.y });
    else result.set(id, { x: start.x + (end.x - start.x) * k, y: start.y + (end.y - start.y) * k });
  }
  return result;
};
