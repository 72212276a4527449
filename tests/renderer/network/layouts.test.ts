import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  layoutKinds,
  type LayoutKind,
  type LayoutNode,
} from '../../../src/renderer/src/pages/Network/graph/layouts';
import { LEVEL_ORDER } from '../../../src/renderer/src/pages/Network/graph/layoutModel';
import { boundsOf, centreOf, figure13, inside, overlappingPairs, placed, smallNetwork } from './fixtures';

const run = (layout: LayoutKind, graph = figure13()) => computeLayout({ ...graph, layout });

describe.each(layoutKinds)('the %s layout', (layout) => {
  it('places every node of the Akmola model, none over another', async () => {
    const { nodes, edges } = figure13();
    const { positions } = await computeLayout({ nodes, edges, layout });
    expect(positions.size).toBe(nodes.length);
    expect(overlappingPairs(placed(nodes, positions))).toEqual([]);
  });

  it('places a small network with an unlinked organisation, none over another', async () => {
    const { nodes, edges } = smallNetwork();
    const { positions } = await computeLayout({ nodes, edges, layout });
    expect(overlappingPairs(placed(nodes, positions))).toEqual([]);
  });

  it('keeps pinned nodes where the user put them and moves the others off them', async () => {
    const { nodes, edges } = figure13();
    // One pin far away, one on the council's usual place, one in the thick of the blocks.
    const free = await computeLayout({ nodes, edges, layout });
    const busy = free.positions.get('org-60') ?? { x: 0, y: 0 };
    const pins = new Map([
      ['org-3', { x: 9000, y: -4000 }],
      ['org-50', { x: -115, y: -42 }],
      ['org-100', { x: busy.x + 20, y: busy.y + 10 }],
    ]);
    const pinned: LayoutNode[] = nodes.map((n) => ({ ...n, pinned: pins.get(n.id) }));
    const { positions } = await computeLayout({ nodes: pinned, edges, layout });
    for (const [id, pin] of pins) expect(positions.get(id)).toEqual(pin);
    expect(overlappingPairs(placed(nodes, positions))).toEqual([]);
  });
});

describe('radial', () => {
  it('puts the council in the middle of the picture', async () => {
    const { nodes } = figure13();
    const { positions } = await run('radial');
    const boxes = placed(nodes, positions);
    const bounds = boundsOf(boxes);
    const hub = centreOf(boxes.find((b) => b.id === 'council') ?? bounds);
    const middle = centreOf(bounds);
    expect(Math.abs(hub.x - middle.x)).toBeLessThan(bounds.width * 0.1);
    expect(Math.abs(hub.y - middle.y)).toBeLessThan(bounds.height * 0.1);
  });

  it('gathers each Figure 13 block in its own frame around the council', async () => {
    const { nodes } = figure13();
    const { positions, frames } = await run('radial');
    expect(frames.map((f) => f.key)).toEqual([
      'state',
      'method',
      'colleges',
      'special',
      'inservice',
      'pivot',
    ]);
    const hub = centreOf(
      placed(nodes, positions).find((b) => b.id === 'council') ?? { x: 0, y: 0, width: 0, height: 0 },
    );
    for (const box of placed(nodes, positions)) {
      const node = nodes.find((n) => n.id === box.id);
      if (node?.isHub) continue;
      const frame = frames.find((f) => f.kind === 'block' && f.key === node?.block);
      expect(frame && inside(box, frame), `${box.id} in its block`).toBe(true);
    }
    // All around: blocks above, below, left and right of the council.
    const sides = frames.map((f) => centreOf(f));
    expect(sides.some((c) => c.x < hub.x - 200) && sides.some((c) => c.x > hub.x + 200)).toBe(true);
    expect(sides.some((c) => c.y < hub.y - 200) && sides.some((c) => c.y > hub.y + 200)).toBe(true);
  });

  it('gathers organisations by type when no block is given', async () => {
    const { nodes, edges } = figure13();
    const { frames } = await computeLayout({
      nodes: nodes.map((n) => ({ ...n, block: null })),
      edges,
      layout: 'radial',
    });
    expect(frames.every((f) => f.kind === 'type')).toBe(true);
    expect(frames.map((f) => f.key)).toContain('SPED.PMPK');
  });

  it('centres on a pinned council', async () => {
    const { nodes, edges } = figure13();
    const pinnedHub = nodes.map((n) => (n.isHub ? { ...n, pinned: { x: 5000, y: 3000 } } : n));
    const { positions } = await computeLayout({ nodes: pinnedHub, edges, layout: 'radial' });
    const bounds = boundsOf(placed(nodes, positions));
    expect(Math.abs(centreOf(bounds).x - (5000 + 115))).toBeLessThan(bounds.width * 0.1);
  });
});

describe('layered', () => {
  it('stacks the levels strictly: republican, regional, district, organisation', async () => {
    for (const graph of [figure13(), smallNetwork()]) {
      const { positions } = await run('layered', graph);
      const boxes = placed(graph.nodes, positions);
      const levelOf = new Map(graph.nodes.map((n) => [n.id, n.level]));
      const bands = LEVEL_ORDER.map((level) => boxes.filter((b) => levelOf.get(b.id) === level)).filter(
        (band) => band.length > 0,
      );
      for (let i = 1; i < bands.length; i++) {
        const above = Math.max(...(bands[i - 1] ?? []).map((b) => b.y + b.height));
        const below = Math.min(...(bands[i] ?? []).map((b) => b.y));
        expect(above).toBeLessThan(below);
      }
    }
  });

  it('wraps a crowded level instead of one endless row', async () => {
    const { nodes } = figure13();
    const { positions } = await run('layered');
    const bounds = boundsOf(placed(nodes, positions));
    expect(bounds.width / bounds.height).toBeLessThan(4);
  });

  it('lines a district body up above the organisations it links to', async () => {
    // 10 divisions, each linked to 6 schools of its district: the barycentre sweeps
    // should put each division above (within a column or two of) its schools.
    const nodes: LayoutNode[] = [];
    const edges = [];
    for (let d = 0; d < 10; d++) {
      nodes.push({
        id: `div${d}`,
        width: 168,
        height: 58,
        level: 'district',
        typeCode: 'GOV.DISTRICT_EDU',
        district: `d${(d * 7) % 10}`,
        isHub: false,
      });
      for (let s = 0; s < 6; s++) {
        nodes.push({
          id: `s${d}-${s}`,
          width: 168,
          height: 58,
          level: 'organisation',
          typeCode: 'EDU.SCHOOL',
          district: `z${(s * 3 + d) % 10}`,
          isHub: false,
        });
        edges.push({ id: `l${d}-${s}`, source: `div${d}`, target: `s${d}-${s}` });
      }
    }
    const { positions } = await computeLayout({ nodes, edges, layout: 'layered' });
    for (let d = 0; d < 10; d++) {
      const division = positions.get(`div${d}`)?.x ?? NaN;
      const schools = Array.from({ length: 6 }, (_, s) => positions.get(`s${d}-${s}`)?.x ?? NaN);
      const mean = schools.reduce((a, b) => a + b, 0) / schools.length;
      expect(Math.abs(division - mean), `div${d}`).toBeLessThan(2.5 * 192);
    }
  });
});

describe.each([
  ['byType', 'type', (n: LayoutNode) => n.typeCode],
  ['byDistrict', 'district', (n: LayoutNode) => n.district],
  ['byModule', 'module', (n: LayoutNode) => n.moduleId ?? ''],
] as const)('%s', (layout, kind, keyOf) => {
  it('puts every organisation inside the frame of its group, frames apart, the council outside', async () => {
    const { nodes } = figure13();
    const { positions, frames } = await run(layout);
    expect(frames.length).toBeGreaterThan(3);
    expect(new Set(frames.map((f) => f.key)).size).toBe(frames.length);
    const boxes = placed(nodes, positions);
    for (const box of boxes) {
      const node = nodes.find((n) => n.id === box.id) as LayoutNode;
      if (node.isHub) {
        expect(frames.some((f) => inside(box, f))).toBe(false);
        continue;
      }
      const frame = frames.find((f) => f.kind === kind && f.key === keyOf(node));
      expect(frame && inside(box, frame), `${box.id} in ${keyOf(node)}`).toBe(true);
    }
    const asBoxes = frames.map((f) => ({ ...f, id: f.key }));
    expect(overlappingPairs(asBoxes)).toEqual([]);
  });
});

describe('byDistrict and byModule', () => {
  it('put the frame of those with no district or module last', async () => {
    expect((await run('byDistrict')).frames.at(-1)?.key).toBe('');
    expect((await run('byModule')).frames.at(-1)?.key).toBe('');
  });
});
