import { describe, expect, it } from 'vitest';
import {
  easeInOutCubic,
  interpolatePositions,
  linear,
} from '../../../src/renderer/src/pages/Network/graph/animate';

const from = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 50 }],
  ['gone', { x: 5, y: 5 }],
]);
const to = new Map([
  ['a', { x: 200, y: -100 }],
  ['b', { x: 100, y: 50 }],
  ['new', { x: 40, y: 40 }],
]);

describe('interpolatePositions', () => {
  it('starts where the nodes were and ends exactly where the layout put them', () => {
    expect(interpolatePositions(from, to, 0).get('a')).toEqual({ x: 0, y: 0 });
    expect(Object.fromEntries(interpolatePositions(from, to, 1))).toEqual(Object.fromEntries(to));
  });

  it('eases: slow at the ends, half way at half time', () => {
    expect(interpolatePositions(from, to, 0.5).get('a')).toEqual({ x: 100, y: -50 });
    const early = interpolatePositions(from, to, 0.1).get('a');
    expect(early?.x).toBeGreaterThan(0);
    expect(early?.x).toBeLessThan(interpolatePositions(from, to, 0.1, linear).get('a')?.x ?? 0);
  });

  it('shows a new node at its place, drops a node that left and keeps a still one still', () => {
    const mid = interpolatePositions(from, to, 0.3);
    expect(mid.get('new')).toEqual({ x: 40, y: 40 });
    expect(mid.has('gone')).toBe(false);
    expect(mid.get('b')).toEqual({ x: 100, y: 50 });
  });

  it('clamps progress outside [0, 1]', () => {
    expect(interpolatePositions(from, to, -1).get('a')).toEqual({ x: 0, y: 0 });
    expect(interpolatePositions(from, to, 7).get('a')).toEqual({ x: 200, y: -100 });
  });
});

describe('easeInOutCubic', () => {
  it('runs from 0 to 1, symmetric about the middle and never backwards', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.25) + easeInOutCubic(0.75)).toBeCloseTo(1, 12);
    let previous = 0;
    for (let t = 0; t <= 1; t += 0.01) {
      expect(easeInOutCubic(t)).toBeGreaterThanOrEqual(previous);
      previous = easeInOutCubic(t);
    }
  });
});
