import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameData } from '../../../src/renderer/src/pages/Network/stableElements';

const node = (id: string, x: number, label = `Ұйым ${id}`) => ({
  id,
  type: 'organisation',
  position: { x, y: 0 },
  selected: false,
  data: { scene: { id, label, linkIds: ['a', 'b'] }, editable: true },
});

describe('keeping unchanged canvas elements', () => {
  it('keeps the previous object of every node a reload left as it was, and takes the changed ones', () => {
    const before = [node('1', 0), node('2', 100), node('3', 200)];
    // React Flow writes its measurements into the nodes it was given.
    Object.assign(before[0]!, { measured: { width: 168, height: 58 } });
    const reloaded = [node('1', 0), node('2', 150), node('3', 200, 'Жаңа атау')];
    const kept = keepUnchanged(before, reloaded);
    expect(kept[0]).toBe(before[0]);
    expect(kept[1]).toBe(reloaded[1]);
    expect(kept[2]).toBe(reloaded[2]);
    expect(kept.map((n) => n.position.x)).toEqual([0, 150, 200]);
  });

  it('hands back the very same list when nothing changed, so nothing is drawn again', () => {
    const before = [node('1', 0), node('2', 100)];
    expect(keepUnchanged(before, [node('1', 0), node('2', 100)])).toBe(before);
  });

  it('sees added, removed and reordered elements as a change of the list', () => {
    const before = [node('1', 0), node('2', 100)];
    const added = keepUnchanged(before, [node('1', 0), node('2', 100), node('3', 200)]);
    expect(added).not.toBe(before);
    expect(added[0]).toBe(before[0]);
    expect(keepUnchanged(before, [node('1', 0)])).toEqual([before[0]]);
    const reordered = keepUnchanged(before, [node('2', 100), node('1', 0)]);
    expect(reordered).not.toBe(before);
    expect(reordered).toEqual([before[1], before[0]]);
  });

  it('treats a field our side dropped, or a new callback, as a change', () => {
    const withClass = { ...node('1', 0), className: 'is-dimmed' };
    expect(keepUnchanged([withClass], [node('1', 0)])[0]).not.toBe(withClass);
    const onExpand = () => undefined;
    const block = { id: 'g', data: { onExpand } };
    expect(keepUnchanged([block], [{ id: 'g', data: { onExpand: () => undefined } }])[0]).not.toBe(block);
  });

  it('compares plain data by content and anything else by identity', () => {
    expect(sameData({ a: [1, { b: 'Қ' }], c: null }, { a: [1, { b: 'Қ' }], c: null })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData(new Set([1]), new Set([1]))).toBe(false);
  });
});
