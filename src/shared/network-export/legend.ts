import { INK } from './shapes';
import { textWidth, truncate } from './text';
import type { ExportLegendSection } from './types';
import { element, safeColour, safeDash } from './xml';

const TITLE_SIZE = 12;
const ITEM_SIZE = 11;
const ROW = 18;
const SWATCH = 24;
const SWATCH_GAP = 8;
const COLUMN_GAP = 28;
const ROW_GAP = 16;
const MAX_LABEL = 240;

export interface LegendBlock {
  /** SVG markup, positioned from (0, 0). */
  markup: string;
  width: number;
  height: number;
}

const sectionWidth = (s: ExportLegendSection): number =>
  Math.min(
    SWATCH + SWATCH_GAP + MAX_LABEL,
    Math.max(
      textWidth(s.title, TITLE_SIZE, true),
      ...s.items.map((i) => SWATCH + SWATCH_GAP + textWidth(i.label, ITEM_SIZE)),
    ) + 1, // so that rounding never truncates the widest label
  );

const drawSection = (s: ExportLegendSection, x: number, y: number, width: number): string => {
  const parts = [
    element(
      'text',
      { x, y: y + TITLE_SIZE, 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: INK },
      truncate(s.title, width, TITLE_SIZE, true),
    ),
  ];
  s.items.forEach((item, i) => {
    const rowTop = y + TITLE_SIZE + 8 + i * ROW;
    const mid = rowTop + ROW / 2;
    if (item.kind === 'node') {
      parts.push(
        element('rect', {
          x,
          y: mid - 6,
          width: SWATCH,
          height: 12,
          rx: 3,
          fill: safeColour(item.fill, '#ffffff'),
          stroke: safeColour(item.stroke, '#6b7280'),
          'stroke-width': 1.5,
        }),
      );
    } else {
      parts.push(
        element('path', {
          d: `M${x} ${mid}h${SWATCH}`,
          fill: 'none',
          stroke: safeColour(item.stroke, '#6b7280'),
          'stroke-width': 2,
          'stroke-dasharray': safeDash(item.dash),
        }),
      );
    }
    parts.push(
      element(
        'text',
        { x: x + SWATCH + SWATCH_GAP, y: mid + ITEM_SIZE * 0.36, 'font-size': ITEM_SIZE, fill: INK },
        truncate(item.label, width - SWATCH - SWATCH_GAP, ITEM_SIZE),
      ),
    );
  });
  return parts.join('');
};

/**
 * The legend's sections as columns, left to right, wrapping onto a new row when the
 * next column would pass `maxWidth`.
 */
export const layoutLegend = (sections: readonly ExportLegendSection[], maxWidth: number): LegendBlock => {
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const section of sections) {
    if (section.items.length === 0 && !section.title.trim()) continue;
    const w = sectionWidth(section);
    const h = TITLE_SIZE + 8 + section.items.length * ROW;
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += rowHeight + ROW_GAP;
      rowHeight = 0;
    }
    parts.push(drawSection(section, x, y, w));
    width = Math.max(width, x + w);
    rowHeight = Math.max(rowHeight, h);
    x += w + COLUMN_GAP;
  }
  return { markup: parts.join(''), width, height: parts.length ? y + rowHeight : 0 };
};
