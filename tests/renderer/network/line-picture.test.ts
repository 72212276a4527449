import { describe, expect, it } from 'vitest';
import { edgeGeometry } from '../../../src/shared/network-export/geometry';
import type { FarEdge, FarNode } from '../../../src/renderer/src/pages/Network/far/farPicture';
import {
  drawLinePicture,
  lineAt,
  planLinePicture,
  visibleArea,
  type LineContext,
} from '../../../src/renderer/src/pages/Network/lines/linePicture';

const organisation = (id: string, x: number, y: number): FarNode => ({
  id,
  type: 'organisation',
  position: { x, y },
  width: 168,
  height: 58,
  data: { scene: { colour: '#1f77b4', match: false } },
});

const line = (
  id: string,
  source: string,
  target: string,
  extra: { selected?: boolean; curvature?: number; links?: number; stroke?: string; dimmed?: boolean } = {},
): FarEdge => ({
  id,
  source,
  target,
  selected: extra.selected,
  data: {
    stroke: extra.stroke ?? '#2f54eb',
    dimmed: extra.dimmed ?? false,
    scene: {
      linkIds: Array.from({ length: extra.links ?? 1 }, (_, i) => `${id}-${i}`),
      curvature: extra.curvature ?? 0,
    },
  },
});

// Three organisations in a row, a fourth far below the middle one.
const nodes = [
  organisation('a', 0, 0),
  organisation('b', 1000, 0),
  organisation('c', 2000, 0),
  organisation('d', 1000, 1000),
];

/** Records what is drawn, in order, as a canvas context would receive it. */
const recorder = () => {
  const calls: string[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineCap: 'butt',
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    setTransform: (...a: number[]) => calls.push(`setTransform ${a.map((v) => v.toFixed(2)).join(' ')}`),
    clearRect: () => calls.push('clear'),
    beginPath: () => calls.push('beginPath'),
    moveTo: (x: number, y: number) => calls.push(`moveTo ${Math.round(x)} ${Math.round(y)}`),
    lineTo: (x: number, y: number) => calls.push(`lineTo ${Math.round(x)} ${Math.round(y)}`),
    quadraticCurveTo: () => calls.push('curveTo'),
    stroke(this: { strokeStyle: string; lineWidth: number; globalAlpha: number }) {
      calls.push(`stroke ${this.strokeStyle} ${this.lineWidth} ${this.globalAlpha}`);
    },
    fill: () => calls.push('fill'),
    roundRect: () => calls.push('roundRect'),
    fillText: (text: string, x: number, y: number) =>
      calls.push(`text ${text} ${Math.round(x)} ${Math.round(y)}`),
    measureText: (text: string) => ({ width: text.length * 6 }),
  };
  return { ctx: ctx as unknown as LineContext, calls };
};

const text = { family: 'sans-serif', colour: '#000' };

describe('the close-up picture of a large network’s lines', () => {
  it('plans every line but the selected ones, with the canvas’s border-to-border geometry', () => {
    const plan = planLinePicture(nodes, [
      line('ab', 'a', 'b'),
      line('bc', 'b', 'c', { selected: true }),
      line('bd', 'b', 'd', { links: 3 }),
      line('ax', 'a', 'missing'),
    ]);
    expect(plan.lineCount).toBe(2);
    const planned = plan.batches.flatMap((b) => b.lines);
    expect(planned.map((l) => l.id).sort()).toEqual(['ab', 'bd']);
    const ab = planned.find((l) => l.id === 'ab');
    const expected = edgeGeometry(
      { id: 'ab', sourceId: 'a', targetId: 'b', stroke: '', curvature: 0 },
      { id: 'a', x: 0, y: 0, width: 168, height: 58, label: '', fill: '', stroke: '', shape: 'organisation' },
      {
        id: 'b',
        x: 1000,
        y: 0,
        width: 168,
        height: 58,
        label: '',
        fill: '',
        stroke: '',
        shape: 'organisation',
      },
    );
    expect(ab?.start).toEqual(expected?.start);
    expect(ab?.end).toEqual(expected?.end);
    // Only the line standing for several links carries a count.
    expect(plan.counted.map((l) => [l.id, l.count])).toEqual([['bd', 3]]);
  });

  it('draws only the lines in view, in flow units under the view’s transform, and the counts on them', () => {
    const plan = planLinePicture(nodes, [
      line('ab', 'a', 'b'),
      line('bc', 'b', 'c'),
      line('bd', 'b', 'd', { links: 3 }),
    ]);
    const { ctx, calls } = recorder();
    // A 1,000 × 500 window at zoom 2 (device pixel ratio 1.5) showing flow x 5…505, y −50…200.
    const view = { x: -10, y: 100, zoom: 2 };
    expect(visibleArea(view, 1000, 500)).toEqual({ minX: 5, minY: -50, maxX: 505, maxY: 200 });
    const drawn = drawLinePicture(ctx, plan, view, { width: 1500, height: 750 }, 1.5, text);
    expect(drawn).toBe(1);
    expect(calls).toContain('setTransform 3.00 0.00 0.00 3.00 -15.00 150.00');
    expect(calls.filter((c) => c.startsWith('moveTo'))).toEqual(['moveTo 170 29']);
    // The folded line's count is outside this view: not drawn.
    expect(calls.some((c) => c.startsWith('text'))).toBe(false);

    const wide = recorder();
    expect(
      drawLinePicture(wide.ctx, plan, { x: 0, y: 0, zoom: 0.5 }, { width: 1200, height: 800 }, 1, text),
    ).toBe(3);
    expect(wide.calls.filter((c) => c.startsWith('text'))).toEqual(['text 3 1084 529']);
  });

  it('draws each line in its look: dimmed lines fainter, several links wider', () => {
    const plan = planLinePicture(nodes, [
      line('ab', 'a', 'b'),
      line('bc', 'b', 'c', { stroke: '#52c41a', dimmed: true }),
      line('bd', 'b', 'd', { links: 2 }),
    ]);
    const { ctx, calls } = recorder();
    drawLinePicture(ctx, plan, { x: 0, y: 0, zoom: 0.5 }, { width: 1200, height: 800 }, 1, text);
    expect(calls.filter((c) => c.startsWith('stroke #'))).toEqual([
      'stroke #2f54eb 1.75 1',
      'stroke #52c41a 1.75 0.25',
      'stroke #2f54eb 2.5 1',
      // The outline of the count's badge.
      'stroke #cbd5e1 1 1',
    ]);
  });

  it('finds the line under a point within the reach, the nearest of several', () => {
    const plan = planLinePicture(nodes, [line('ab', 'a', 'b'), line('bd', 'b', 'd'), line('ad', 'a', 'd')]);
    // On the straight line between a and b (centres at y 29).
    expect(lineAt(plan, { x: 500, y: 29 }, 7)?.id).toBe('ab');
    expect(lineAt(plan, { x: 500, y: 35 }, 7)?.id).toBe('ab');
    expect(lineAt(plan, { x: 500, y: 45 }, 7)).toBeUndefined();
    // Between b and d, straight down from b's centre.
    expect(lineAt(plan, { x: 1084, y: 500 }, 7)?.id).toBe('bd');
    // Beyond a line's end it is not found, however near its direction.
    expect(lineAt(plan, { x: 1084, y: 1200 }, 7)).toBeUndefined();
  });

  it('follows a bowed parallel line, not the straight way between its ends', () => {
    const plan = planLinePicture(nodes, [line('ab', 'a', 'b', { curvature: 2 })]);
    const bowed = plan.batches[0]?.lines[0];
    expect(bowed?.control).toBeDefined();
    expect(lineAt(plan, { x: 584, y: 29 }, 7)).toBeUndefined();
    expect(lineAt(plan, bowed!.labelAt, 7)?.id).toBe('ab');
  });
});
