import { emptyBox, type Box, type Point } from '../../../../../shared/network-export/geometry';
import {
  planLines,
  traceLine,
  type FarEdge,
  type FarLine,
  type FarLineBatch,
  type FarNode,
  type PictureContext,
} from '../far/farPicture';
import { DASH_LIMIT } from '../flowElements';

/**
 * A large network's lines, close up, drawn on one canvas the size of the window instead of
 * as an SVG element each. Without a GPU, every frame of a pan across a radial picture at
 * 100% re-tested, re-styled and re-painted the thousand-odd lines crossing the window, and
 * React Flow worked out which lines were in view and mounted the ones coming in: the
 * canvas, redrawn from a plan made once, costs a few milliseconds per frame. Past
 * DASH_LIMIT lines are solid anyway, so the picture draws nothing an element would show
 * and it does not: colours, widths, dimming and the count on a folded block's line are the
 * same. A click picks the line under the pointer (lineAt), and a selected line becomes an
 * element again, to be inspected and deleted. Smaller networks keep their lines as
 * elements, each in the keyboard's reach with its spoken name.
 */
export const LINE_PICTURE_LIMIT = DASH_LIMIT;

export interface LinePicturePlan {
  batches: FarLineBatch[];
  /** Lines that stand for several links, with the count shown on them. */
  counted: FarLine[];
  lineCount: number;
}

/** The flow-to-screen transform of React Flow: screen = flow × zoom + (x, y). */
export interface FlowView {
  x: number;
  y: number;
  zoom: number;
}

/** The lines of `edges` as the canvas draws them, but the selected ones. */
export const planLinePicture = (nodes: readonly FarNode[], edges: readonly FarEdge[]): LinePicturePlan => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const { batches, count } = planLines(edges, byId, emptyBox());
  const counted = batches.flatMap((b) => b.lines.filter((l) => l.count > 1));
  return { batches, counted, lineCount: count };
};

const overlaps = (a: Box, b: Box): boolean =>
  a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY;

/** Whether `p` lies in `b` grown by `margin` on every side. */
const isNear = (b: Box, p: Point, margin: number): boolean =>
  p.x >= b.minX - margin && p.x <= b.maxX + margin && p.y >= b.minY - margin && p.y <= b.maxY + margin;

/** The part of the flow a `width` × `height` window shows. */
export const visibleArea = (view: FlowView, width: number, height: number): Box => ({
  minX: -view.x / view.zoom,
  minY: -view.y / view.zoom,
  maxX: (width - view.x) / view.zoom,
  maxY: (height - view.y) / view.zoom,
});

/** The count badge on a folded block's line, as `.kenes-edge-count` draws it: in flow units. */
export const BADGE = { height: 16, padding: 6, radius: 8, font: 11, fill: '#fff', stroke: '#cbd5e1' };
/** Room for half a badge around the view, in flow units. */
const BADGE_REACH = 40;

/** The far picture's drawing calls, less its boxes, plus the counts' badges and text. */
export type LineContext = Omit<PictureContext, 'fillRect' | 'strokeRect'> &
  Pick<
    CanvasRenderingContext2D,
    'fill' | 'roundRect' | 'fillText' | 'measureText' | 'font' | 'textAlign' | 'textBaseline'
  >;

/**
 * Draws the lines in view onto a canvas of `pixel` size (`pixelRatio` device pixels per
 * CSS pixel) showing the flow at `view`; returns how many lines were drawn. `text` is the
 * font family and colour of the page, for the counts.
 */
export const drawLinePicture = (
  ctx: LineContext,
  plan: LinePicturePlan,
  view: FlowView,
  pixel: { width: number; height: number },
  pixelRatio: number,
  text: { family: string; colour: string },
): number => {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pixel.width, pixel.height);
  const scale = view.zoom * pixelRatio;
  ctx.setTransform(scale, 0, 0, scale, view.x * pixelRatio, view.y * pixelRatio);
  const area = visibleArea(view, pixel.width / pixelRatio, pixel.height / pixelRatio);
  // SVG's own cap. Each line is stroked on its own: without a GPU, one path of a thousand
  // long crossing lines was rasterised as one shape, three times slower than line by line.
  ctx.lineCap = 'butt';
  let drawn = 0;
  for (const batch of plan.batches) {
    ctx.strokeStyle = batch.stroke;
    ctx.lineWidth = batch.width;
    ctx.globalAlpha = batch.alpha;
    for (const line of batch.lines) {
      if (!overlaps(line.box, area)) continue;
      ctx.beginPath();
      traceLine(ctx, line);
      ctx.stroke();
      drawn++;
    }
  }
  ctx.globalAlpha = 1;
  ctx.font = `${BADGE.font}px ${text.family}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 1;
  for (const line of plan.counted) {
    // A badge whose middle is just out of view still shows its edge.
    if (!isNear(area, line.labelAt, BADGE_REACH)) continue;
    const { x, y } = line.labelAt;
    const label = String(line.count);
    const width = ctx.measureText(label).width + 2 * BADGE.padding;
    ctx.beginPath();
    ctx.roundRect(x - width / 2, y - BADGE.height / 2, width, BADGE.height, BADGE.radius);
    ctx.fillStyle = BADGE.fill;
    ctx.fill();
    ctx.strokeStyle = BADGE.stroke;
    ctx.stroke();
    ctx.fillStyle = text.colour;
    ctx.fillText(label, x, y);
  }
  return drawn;
};

const distanceToSegment = (p: Point, a: Point, b: Point): number => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
};

/** A bowed line as short straight pieces: close enough to tell which line a click was on. */
const CURVE_STEPS = 16;

const distanceToLine = (p: Point, line: FarLine): number => {
  const { start, end, control } = line;
  if (!control) return distanceToSegment(p, start, end);
  let best = Infinity;
  let previous = start;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const t = i / CURVE_STEPS;
    const u = 1 - t;
    const next = {
      x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
    };
    best = Math.min(best, distanceToSegment(p, previous, next));
    previous = next;
  }
  return best;
};

/**
 * The line drawn at flow point `p`, within `tolerance` flow units: the nearest, and of
 * equally near ones the one drawn last (on top). The picture's stand-in for a click on a line.
 */
export const lineAt = (plan: LinePicturePlan, p: Point, tolerance: number): FarLine | undefined => {
  let hit: FarLine | undefined;
  let best = tolerance;
  for (const batch of plan.batches)
    for (const line of batch.lines) {
      if (!isNear(line.box, p, tolerance)) continue;
      const d = distanceToLine(p, line);
      if (d <= best) {
        best = d;
        hit = line;
      }
    }
  return hit;
};
