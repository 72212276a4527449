import { describe, expect, it } from 'vitest';
import {
  betweenness,
  bridges,
  degreeHubs,
  isolated,
  neighbourhood,
  parallelEdgeOffsets,
  type NetworkGraph,
} from '../../../src/renderer/src/pages/Network/graph/analysis';

const graphOf = (nodes: string, edges: string): NetworkGraph => ({
  nodes: nodes.split(' '),
  edges: edges
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [source = '', target = ''] = pair.split('-');
      return { source, target };
    }),
});

/** a – b – c – d – e */
const path = () => graphOf('a b c d e', 'a-b b-c c-d d-e');
/** The council linked to four organisations that are not linked to each other. */
const star = () => graphOf('hub p1 p2 p3 p4', 'hub-p1 hub-p2 p3-hub hub-p4');
/** Triangles a1 a2 a3 and b1 b2 b3, joined only by a1 – b1. */
const twoTriangles = () => graphOf('a1 a2 a3 b1 b2 b3', 'a1-a2 a2-a3 a3-a1 b1-b2 b2-b3 b3-b1 a1-b1');

const rounded = (scores: ReadonlyMap<string, number>) =>
  Object.fromEntries([...scores].map(([id, s]) => [id, Math.round(s * 1e9) / 1e9]));

describe('betweenness', () => {
  it('on a path: the middle carries most shortest paths', () => {
    // b lies on 3 of the 6 pairs of other nodes, c on 4: normalised by (n−1)(n−2)/2 = 6.
    expect(rounded(betweenness(path()))).toEqual({ a: 0, b: 0.5, c: 0.666666667, d: 0.5, e: 0 });
  });

  it('on a star: the centre lies on every path between partners', () => {
    expect(rounded(betweenness(star()))).toEqual({ hub: 1, p1: 0, p2: 0, p3: 0, p4: 0 });
  });

  it('on two triangles joined by a bridge: only the ends of the bridge score', () => {
    // a1 carries the 2×3 pairs {a2, a3} × {b1, b2, b3}; 6 of 10 pairs.
    expect(rounded(betweenness(twoTriangles()))).toEqual({ a1: 0.6, a2: 0, a3: 0, b1: 0.6, b2: 0, b3: 0 });
  });

  it('counts parallel links, links in both directions and self-links as one connection', () => {
    const g = graphOf('a b c', 'a-b b-a a-b b-c c-c');
    expect(rounded(betweenness(g))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('ignores links to organisations not in the graph', () => {
    const g = graphOf('a b c', 'a-b b-c c-gone gone-a');
    expect(rounded(betweenness(g))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('is zero everywhere on two nodes or fewer', () => {
    expect(rounded(betweenness(graphOf('a b', 'a-b')))).toEqual({ a: 0, b: 0 });
  });

  it('handles 2,000 organisations and 5,000 links in well under a second', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => `o${i}`);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const edges = Array.from({ length: 5000 }, (_, i) => ({
      source: `o${i % 2000}`,
      target: `o${Math.floor(random() * 2000)}`,
    }));
    const started = performance.now();
    const scores = betweenness({ nodes, edges });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(scores.size).toBe(2000);
    expect(Math.max(...scores.values())).toBeLessThanOrEqual(1);
  });
});

describe('bridges', () => {
  it('lists the highest betweenness first and leaves out zeros', () => {
    expect(bridges(path(), 10).map((b) => b.id)).toEqual(['c', 'b', 'd']);
    const ends = bridges(twoTriangles(), 10);
    expect(ends.map((b) => b.id)).toEqual(['a1', 'b1']);
    for (const b of ends) expect(b.score).toBeCloseTo(0.6, 12);
  });

  it('stops at the limit', () => {
    const [only, ...rest] = bridges(path(), 1);
    expect(rest).toEqual([]);
    expect(only?.id).toBe('c');
    expect(only?.score).toBeCloseTo(4 / 6, 12);
  });
});

describe('degreeHubs', () => {
  it('ranks by distinct partners, ties in input order', () => {
    expect(degreeHubs(twoTriangles(), 3)).toEqual([
      { id: 'a1', degree: 3 },
      { id: 'b1', degree: 3 },
      { id: 'a2', degree: 2 },
    ]);
    expect(degreeHubs(star(), 1)).toEqual([{ id: 'hub', degree: 4 }]);
  });

  it('leaves out organisations with no link', () => {
    expect(degreeHubs(graphOf('a b c', 'a-b'), 5).map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('isolated', () => {
  it('finds organisations with no link to another', () => {
    expect(isolated(graphOf('a b c d', 'a-b c-c d-gone'))).toEqual(['c', 'd']);
    expect(isolated(star())).toEqual([]);
  });
});

describe('neighbourhood', () => {
  it('reaches N steps in either direction of a link, with distances', () => {
    expect(Object.fromEntries(neighbourhood(path(), 'c', 1))).toEqual({ c: 0, b: 1, d: 1 });
    expect(Object.fromEntries(neighbourhood(path(), 'a', 2))).toEqual({ a: 0, b: 1, c: 2 });
    expect([...neighbourhood(twoTriangles(), 'a2', 2).keys()].sort()).toEqual(['a1', 'a2', 'a3', 'b1']);
  });

  it('is the start alone at 0 steps, and empty for an unknown start', () => {
    expect([...neighbourhood(path(), 'c', 0).keys()]).toEqual(['c']);
    expect(neighbourhood(path(), 'nobody', 3).size).toBe(0);
  });
});

describe('parallelEdgeOffsets', () => {
  it('leaves a lone link straight', () => {
    expect(parallelEdgeOffsets([{ id: 'l1', source: 'a', target: 'b' }])).toEqual(new Map([['l1', 0]]));
  });

  it('fans k links between one pair out symmetrically', () => {
    const three = parallelEdgeOffsets([
      { id: 'l1', source: 'a', target: 'b' },
      { id: 'l2', source: 'a', target: 'b' },
      { id: 'x', source: 'a', target: 'c' },
      { id: 'l3', source: 'a', target: 'b' },
    ]);
    expect(Object.fromEntries(three)).toEqual({ l1: -1, l2: 0, l3: 1, x: 0 });
  });

  it('puts links drawn in opposite directions on opposite sides', () => {
    // Both bow to their own left by half a step: geometrically, one on each side.
    const offsets = parallelEdgeOffsets([
      { id: 'there', source: 'a', target: 'b' },
      { id: 'back', source: 'b', target: 'a' },
    ]);
    expect(Object.fromEntries(offsets)).toEqual({ there: -0.5, back: -0.5 });
    // Seen along a → b, "back" is at +0.5: a mirror image of "there".
    const alongAB = (id: string, source: string) => (source === 'a' ? 1 : -1) * (offsets.get(id) ?? NaN);
    expect(alongAB('there', 'a') + alongAB('back', 'b')).toBe(0);
  });
});
