import { STACK_OFFSET, arrowhead, type EdgeGeometry } from './geometry';
import { textWidth, truncate, wrap } from './text';
import type { ExportEdge, ExportFrame, ExportNode } from './types';
import { attrs, element, safeColour, safeDash } from './xml';

export const INK = '#1f2937';
export const MUTED = '#4b5563';
const FALLBACK_FILL = '#ffffff';
const FALLBACK_STROKE = '#6b7280';

/** Relative luminance of a #rgb/#rrggbb colour, or undefined for other notations. */
const luminance = (colour: string): number | undefined => {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(colour)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** Dark text on light fills, white on dark ones: a label must read on a projector too. */
const textOn = (fill: string): string => ((luminance(fill) ?? 1) < 0.3 ? '#ffffff' : INK);

const LABEL_SIZE = 12;
const SUBLABEL_SIZE = 10;
const PADDING = 6;

export const drawNode = (n: ExportNode): string => {
  const fill = safeColour(n.fill, FALLBACK_FILL);
  const stroke = safeColour(n.stroke, FALLBACK_STROKE);
  const hub = n.shape === 'hub';
  const radius = hub ? Math.min(n.height / 2, 18) : n.shape === 'group' ? 4 : 6;
  const strokeWidth = hub ? 3 : 1.5;
  const parts: string[] = [];
  if (n.shape === 'group') {
    parts.push(
      element('rect', {
        x: n.x + STACK_OFFSET,
        y: n.y - STACK_OFFSET,
        width: n.width,
        height: n.height,
        rx: radius,
        fill,
        stroke,
        'stroke-width': 1,
      }),
    );
  }
  parts.push(
    element('rect', {
      x: n.x,
      y: n.y,
      width: n.width,
      height: n.height,
      rx: radius,
      fill,
      stroke,
      'stroke-width': strokeWidth,
    }),
  );

  // The label takes up to three lines; the sublabel one more, if the box has room for it.
  const ink = textOn(fill);
  const innerWidth = Math.max(8, n.width - 2 * PADDING - (hub ? radius : 0));
  const lineHeight = LABEL_SIZE * 1.25;
  const sublabelHeight = SUBLABEL_SIZE * 1.3;
  const room = n.height - 2 * PADDING;
  const withSublabel = Boolean(n.sublabel?.trim()) && room >= lineHeight + sublabelHeight;
  const maxLines = Math.max(
    1,
    Math.min(3, Math.floor((room - (withSublabel ? sublabelHeight : 0)) / lineHeight)),
  );
  const lines = wrap(n.label, innerWidth, LABEL_SIZE, maxLines, hub);
  const blockHeight = lines.length * lineHeight + (withSublabel ? sublabelHeight : 0);
  const cx = n.x + n.width / 2;
  let top = n.y + (n.height - blockHeight) / 2;
  for (const line of lines) {
    parts.push(
      element(
        'text',
        {
          x: cx,
          y: top + lineHeight / 2 + LABEL_SIZE * 0.36,
          'font-size': LABEL_SIZE,
          'font-weight': hub || n.shape === 'group' ? 'bold' : undefined,
          'text-anchor': 'middle',
          fill: ink,
        },
        line,
      ),
    );
    top += lineHeight;
  }
  if (withSublabel && n.sublabel) {
    parts.push(
      element(
        'text',
        {
          x: cx,
          y: top + sublabelHeight / 2 + SUBLABEL_SIZE * 0.36,
          'font-size': SUBLABEL_SIZE,
          'text-anchor': 'middle',
          fill: ink,
          'fill-opacity': 0.8,
        },
        truncate(n.sublabel.replace(/\s+/g, ' ').trim(), innerWidth, SUBLABEL_SIZE),
      ),
    );
  }
  if (n.count !== undefined && Number.isFinite(n.count)) {
    const text = String(Math.round(n.count));
    const r = Math.max(10, textWidth(text, 10, true) / 2 + 4);
    const bx = n.x + n.width;
    parts.push(
      element('circle', { cx: bx, cy: n.y, r, fill: stroke, stroke: '#ffffff', 'stroke-width': 1.5 }),
      element(
        'text',
        {
          x: bx,
          y: n.y + 3.6,
          'font-size': 10,
          'font-weight': 'bold',
          'text-anchor': 'middle',
          fill: textOn(stroke),
        },
        text,
      ),
    );
  }
  return `<g${attrs({ 'data-node-id': n.id })}>${parts.join('')}</g>`;
};

export const drawFrame = (frame: ExportFrame): string => {
  const stroke = safeColour(frame.stroke, '#9ca3af');
  const fill = safeColour(frame.fill, '#f9fafb');
  return (
    `<g${attrs({ 'data-frame-id': frame.id })}>` +
    element('rect', {
      x: frame.x,
      y: frame.y,
      width: frame.width,
      height: frame.height,
      rx: 8,
      fill,
      stroke,
      'stroke-width': 1,
      'stroke-dasharray': '6 4',
    }) +
    element(
      'text',
      { x: frame.x + 10, y: frame.y + 17, 'font-size': 12, 'font-weight': 'bold', fill: MUTED },
      truncate(frame.label, Math.max(20, frame.width - 20), 12, true),
    ) +
    '</g>'
  );
};

const EDGE_LABEL_SIZE = 10;

export const drawEdge = (edge: ExportEdge, g: EdgeGeometry): string => {
  const stroke = safeColour(edge.stroke, FALLBACK_STROKE);
  const width =
    edge.width !== undefined && Number.isFinite(edge.width) ? Math.min(Math.max(edge.width, 0.5), 12) : 1.5;
  const parts = [
    element('path', {
      d: g.d,
      fill: 'none',
      stroke,
      'stroke-width': width,
      'stroke-dasharray': safeDash(edge.dash),
      'stroke-linecap': 'round',
    }),
  ];
  const size = 7 + width * 1.5;
  if (edge.arrow) parts.push(element('path', { d: arrowhead(g.end, g.endDir, size), fill: stroke }));
  if (edge.arrow === 'both')
    parts.push(element('path', { d: arrowhead(g.start, g.startDir, size), fill: stroke }));
  const label = edge.label?.replace(/\s+/g, ' ').trim();
  if (label) {
    const text = truncate(label, 160, EDGE_LABEL_SIZE);
    const w = textWidth(text, EDGE_LABEL_SIZE) + 8;
    const h = EDGE_LABEL_SIZE + 6;
    parts.push(
      element('rect', {
        x: g.labelAt.x - w / 2,
        y: g.labelAt.y - h / 2,
        width: w,
        height: h,
        rx: 3,
        fill: '#ffffff',
        'fill-opacity': 0.9,
      }),
      element(
        'text',
        {
          x: g.labelAt.x,
          y: g.labelAt.y + EDGE_LABEL_SIZE * 0.36,
          'font-size': EDGE_LABEL_SIZE,
          'text-anchor': 'middle',
          fill: MUTED,
        },
        text,
      ),
    );
  }
  return `<g${attrs({ 'data-edge-id': edge.id })}>${parts.join('')}</g>`;
};
