import { describe, expect, it } from 'vitest';
import { edgeGeometry } from '../../../src/shared/network-export/geometry';
import {
  drawFarPicture,
  isCloseEnough,
  MAX_PIXELS,
  MIN_LINE_PX,
  nodeAt,
  planFarPicture,
  resolutionFor,
  type FarEdge,
  type FarNode,
  type PictureContext,
} from '../../../src/renderer/src/pages/Network/far/farPicture';

const organisation = (id: string, x: number, y: number, extra: Partial<FarNode> = {}): FarNode => ({
  id,
  type: 'organisation',
  position: { x, y },
  width: 168,
  height: 58,
  data: { scene: { colour: '#1f77b4', match: false } },
  ...extra,
});

const hub: FarNode = {
  id: 'hub',
  type: 'hub',
  position: { x: 1000, y: 1000 },
  width: 230,
  height: 84,
  data: { scene: { colour: '#0f766e', match: false } },
};

const frame: FarNode = {
  id: 'frame:g1',
  type: 'frame',
  position: { x: -500, y: -500 },
  width: 4000,
  height: 4000,
  data: { label: 'ПМПК' },
};

const line = (
  id: string,
  source: string,
  target: string,
  extra: Partial<Omit<FarEdge, 'data'>> = {},
  stroke = '#2f54eb',
) => ({
  id,
  source,
  target,
  data: { stroke, dimmed: false, scene: { linkIds: [id], curvature: 0 } },
  ...extra,
});

/** Records what is drawn, in order, as a canvas context would receive it. */
const recorder = () => {
  const calls: string[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineCap: 'butt',
    setTransform: (...a: number[]) => calls.push(`setTransform ${a.map((v) => v.toFixed(3)).join(' ')}`),
    clearRect: () => calls.push('clear'),
    beginPath: () => calls.push('beginPath'),
    moveTo: () => calls.push('moveTo'),
    lineTo: () => calls.push('lineTo'),
    quadraticCurveTo: () => calls.push('curveTo'),
    stroke(this: { strokeStyle: string; lineWidth: number; globalAlpha: number }) {
      calls.push(`stroke ${this.strokeStyle} ${this.lineWidth.toFixed(2)} ${this.globalAlpha}`);
    },
    fillRect(this: { fillStyle: string }, x: number, y: number, w: number, h: number) {
      calls.push(`fillRect ${this.fillStyle} ${x} ${y} ${w} ${h}`);
    },
    strokeRect: (x: number, y: number) => calls.push(`strokeRect ${x} ${y}`),
  };
  return { ctx: ctx as unknown as PictureContext, calls };
};

describe('the far picture of the network', () => {
  it('draws organisations and folded blocks, and leaves the council, frames and what is selected to the canvas', () => {
    const block: FarNode = { ...organisation('b', 400, 0), type: 'block' };
    const chosen = organisation('c', 800, 0, { selected: true });
    const plan = planFarPicture([frame, hub, organisation('a', 0, 0), block, chosen], []);
    expect(plan?.boxes.map((b) => [b.x, b.y, b.stack])).toEqual([
      [0, 0, false],
      [400, 0, true],
    ]);
    // A box is filled with its colour mixed with white and edged in the colour itself.
    expect(plan?.boxes[0]?.stroke).toBe('#1f77b4');
    expect(plan?.boxes[0]?.fill).not.toBe('#1f77b4');
  });

  it('draws each line border to border, as the canvas and the exports do, and not the selected ones', () => {
    const nodes = [organisation('a', 0, 0), organisation('b', 400, 0), hub];
    const plan = planFarPicture(nodes, [
      line('ab', 'a', 'b'),
      line('a-hub', 'a', 'hub', { selected: true }),
      line('to-nowhere', 'a', 'gone'),
    ]);
    expect(plan?.lineCount).toBe(1);
    const drawn = plan?.batches[0]?.lines[0];
    // From the right border of a (x = 168, plus a small gap) to the left border of b (x = 400).
    expect(drawn?.start.x).toBeGreaterThanOrEqual(168);
    expect(drawn?.start.x).toBeLessThan(172);
    expect(drawn?.end.x).toBeLessThanOrEqual(400);
    expect(drawn?.end.x).toBeGreaterThan(396);
    expect(drawn?.start.y).toBeCloseTo(29);
    expect(drawn?.control).toBeUndefined();
  });

  it('bows parallel links through the same apex as the canvas, and batches lines by look', () => {
    const nodes = [organisation('a', 0, 0), organisation('b', 400, 0)];
    const bowed = line('ab2', 'a', 'b');
    bowed.data.scene.curvature = 1;
    const dimmed = line('ab3', 'a', 'b', {}, '#f5222d');
    dimmed.data.dimmed = true;
    const plan = planFarPicture(nodes, [line('ab', 'a', 'b'), bowed, dimmed]);
    expect(plan?.batches.map((b) => [b.stroke, b.alpha, b.lines.length])).toEqual([
      ['#2f54eb', 1, 2],
      ['#f5222d', 0.25, 1],
    ]);
    const curve = plan?.batches[0]?.lines[1];
    // The canvas's own line for that link (LinkEdge), with the shared geometry.
    const box = (n: FarNode) => ({
      ...n.position,
      id: n.id,
      width: 168,
      height: 58,
      label: '',
      fill: '',
      stroke: '',
      shape: 'organisation' as const,
    });
    const canvas = edgeGeometry(
      { id: 'ab2', sourceId: 'a', targetId: 'b', stroke: '', curvature: 1 },
      box(nodes[0]!),
      box(nodes[1]!),
    );
    const c = curve?.control ?? { x: 0, y: 0 };
    const at = (k: 'x' | 'y') => 0.25 * (curve?.start[k] ?? 0) + 0.5 * c[k] + 0.25 * (curve?.end[k] ?? 0);
    expect(curve?.start).toEqual(canvas?.start);
    expect(at('x')).toBeCloseTo(canvas?.apex.x ?? NaN);
    expect(at('y')).toBeCloseTo(canvas?.apex.y ?? NaN);
    // It bows a parallel slot's width off the straight line.
    expect(Math.abs(at('y') - 29)).toBeGreaterThan(25);
  });

  it('is as sharp as the screen for a small network, and holds a large one to its pixel budget', () => {
    const small = { minX: 0, minY: 0, maxX: 2_000, maxY: 1_000 };
    expect(resolutionFor(small, 0.3, 1)).toBeCloseTo(0.3);
    expect(resolutionFor(small, 0.3, 2)).toBeCloseTo(0.6);
    const large = { minX: -20_000, minY: -20_000, maxX: 20_000, maxY: 20_000 };
    const r = resolutionFor(large, 0.3, 1);
    expect(40_000 * r * (40_000 * r)).toBeLessThanOrEqual(MAX_PIXELS * 1.0001);
    expect(isCloseEnough(0.1, 0.12)).toBe(true);
    expect(isCloseEnough(0.1, 0.2)).toBe(false);
    expect(isCloseEnough(0.1, 0.05)).toBe(false);
  });

  it('draws lines under the organisations, search matches with a halo, and no line thinner than the screen can show', () => {
    const nodes = [
      organisation('a', 0, 0, { data: { scene: { colour: '#1f77b4', match: true } } }),
      organisation('b', 400, 0),
    ];
    const plan = planFarPicture(nodes, [line('ab', 'a', 'b')]);
    if (!plan) throw new Error('nothing planned');
    const { ctx, calls } = recorder();
    const zoom = 0.1;
    drawFarPicture(ctx, plan, 0.1, { width: 100, height: 50 }, zoom);
    const strokeAt = calls.findIndex((c) => c.startsWith('stroke '));
    const firstBox = calls.findIndex((c) => c.startsWith('strokeRect'));
    expect(strokeAt).toBeGreaterThan(-1);
    expect(firstBox).toBeGreaterThan(strokeAt);
    // 1.75 flow units is 0.175 px at 10%: the line is drawn 0.6 px wide instead.
    expect(calls[strokeAt]).toBe(`stroke #2f54eb ${(MIN_LINE_PX / zoom).toFixed(2)} 1`);
    const halo = calls.find((c) => c.startsWith('fillRect #fadb14'));
    expect(halo).toBeDefined();
    expect(calls.indexOf(halo ?? '')).toBeLessThan(firstBox);
  });

  it('finds the organisation under a click, the topmost first, and nothing on the council or in a frame', () => {
    const under = organisation('under', 0, 0);
    const over = organisation('over', 100, 20);
    const nodes = [frame, under, over, hub];
    expect(nodeAt(nodes, { x: 120, y: 30 })?.id).toBe('over');
    expect(nodeAt(nodes, { x: 50, y: 30 })?.id).toBe('under');
    expect(nodeAt(nodes, { x: 1100, y: 1040 })).toBeUndefined();
    expect(nodeAt(nodes, { x: 3000, y: 3000 })).toBeUndefined();
  });
});
