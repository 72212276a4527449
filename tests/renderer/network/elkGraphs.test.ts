import { describe, expect, it } from 'vitest';
import { frameKeys, groupedElkGraph } from '../../../src/renderer/src/pages/Network/graph/elkGraphs';
import { settleNodes } from '../../../src/renderer/src/pages/Network/graph/overlap';
import { figure13, overlappingPairs, placed } from './fixtures';

describe('groupedElkGraph', () => {
  it('has the council on its own and one padded box per type holding its members', () => {
    const { nodes } = figure13();
    const graph = groupedElkGraph('byType', nodes);
    const [first, ...frames] = graph.children ?? [];
    expect(first?.id).toBe('council');
    expect(first?.children).toBeUndefined();
    expect(frames).toHaveLength(frameKeys('byType', nodes).length);
    const pmpk = frames[frameKeys('byType', nodes).indexOf('SPED.PMPK')];
    expect(pmpk?.children?.map((c) => c.id)).toEqual(['org-47', 'org-48', 'org-49', 'org-50']);
    expect(pmpk?.layoutOptions?.['elk.padding']).toContain('top=40');
    // ELK needs ids unique across the whole graph.
    const ids = [
      graph.id,
      ...(graph.children ?? []).flatMap((c) => [c.id, ...(c.children ?? []).map((m) => m.id)]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(2 + frames.length + nodes.length - 1);
  });

  it('orders frames as the nodes come, with no district last', () => {
    const { nodes } = figure13();
    const keys = frameKeys('byDistrict', nodes);
    expect(keys.slice(0, 2)).toEqual(['district-0', 'district-1']);
    expect(keys.at(-1)).toBe('');
  });
});

describe('settleNodes', () => {
  const box = (id: string, pinned?: { x: number; y: number }) => ({
    id,
    width: 100,
    height: 50,
    level: 'organisation' as const,
    typeCode: 'EDU.SCHOOL',
    district: '',
    isHub: false,
    pinned,
  });

  it('moves a node from under a pin to the nearest free spot beside it', () => {
    const nodes = [box('a'), box('pin', { x: 10, y: 0 })];
    const settled = settleNodes(nodes, new Map([['a', { x: 0, y: 0 }]]), 20);
    expect(settled.get('pin')).toEqual({ x: 10, y: 0 });
    // Up or down by the pin's height plus the gap is nearer than left or right.
    expect(Math.abs(settled.get('a')?.y ?? 0)).toBe(70);
    expect(settled.get('a')?.x).toBe(0);
  });

  it('leaves a layout without pins or overlaps as it was', () => {
    const nodes = [box('a'), box('b')];
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ]);
    expect(settleNodes(nodes, positions)).toEqual(positions);
  });

  it('finds room in a crowd', () => {
    const nodes = Array.from({ length: 60 }, (_, i) =>
      box(`n${i}`, i % 3 === 0 ? { x: (i % 10) * 40, y: 0 } : undefined),
    );
    const settled = settleNodes(nodes, new Map(), 10);
    const notPinned = nodes.filter((n) => !n.pinned);
    expect(overlappingPairs(placed(notPinned, settled))).toEqual([]);
    for (const n of notPinned)
      for (const p of nodes.filter((m) => m.pinned))
        expect(overlappingPairs(placed([n, p], settled)), `${n.id} on ${p.id}`).toEqual([]);
  });
});
