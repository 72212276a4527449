/**
 * Structural sharing for the canvas's nodes and edges. Every save reads the network
 * again and builds every node and link anew; handed to React Flow as new objects, all
 * 2,000 nodes and 5,000 lines of a large council would be drawn again for a change to
 * one of them (seconds without a GPU). Keeping the previous object wherever nothing in
 * it differs lets React Flow skip everything that did not change.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * Equality of plain data: primitives, arrays and plain objects compared by content;
 * anything else (functions, Sets, Maps) by identity, so a doubt counts as a change.
 */
export const sameData = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameData(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameData(a[key], b[key]));
};

/** What React Flow writes into the elements it is given: not a change from our side. */
const TRANSIENT = new Set(['measured', 'dragging', 'resizing']);

const sameElement = (previous: object, next: object): boolean => {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const key of Object.keys(after)) if (!sameData(before[key], after[key])) return false;
  for (const key of Object.keys(before))
    if (!TRANSIENT.has(key) && !(key in after) && before[key] !== undefined) return false;
  return true;
};

/**
 * `next`, with each element that equals the previous one of the same id replaced by that
 * previous object. Returns `previous` itself when nothing at all changed.
 */
export const keepUnchanged = <T extends { id: string }>(previous: readonly T[], next: readonly T[]): T[] => {
  const byId = new Map(previous.map((element) => [element.id, element]));
  let changed = previous.length !== next.length;
  const kept = next.map((element, i) => {
    const before = byId.get(element.id);
    if (before !== undefined && sameElement(before, element)) {
      if (previous[i] !== before) changed = true;
      return before;
    }
    changed = true;
    return element;
  });
  return changed ? kept : (previous as T[]);
};
