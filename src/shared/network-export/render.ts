import { edgeGeometry, emptyBox, extend, extendByNode, isEmpty, type EdgeGeometry } from './geometry';
import { layoutLegend } from './legend';
import { MUTED, INK, drawEdge, drawFrame, drawNode } from './shapes';
import { textWidth, truncate, wrap } from './text';
import type { ExportEdge, ExportScene, RenderedSvg } from './types';
import { attrs, element, escapeXml, num } from './xml';

/** DejaVu Sans first: it is what the PDF embeds, and it and Noto Sans have every Kazakh letter. */
export const DEFAULT_FONT_FAMILY = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif";

const MARGIN = 32;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 13;
/** Below this the header wraps the title rather than widening a small picture. */
const MIN_TITLE_WIDTH = 720;
const MIN_CONTENT_WIDTH = 480;
const SECTION_GAP = 24;
const NOTE_TITLE_SIZE = 12;
const NOTE_SIZE = 11;

// Font names are quoted in CSS only with letters, digits, spaces, quotes, commas and hyphens.
const safeFontFamily = (family: string | undefined): string =>
  family && /^[\w\s'",-]+$/.test(family) ? family : DEFAULT_FONT_FAMILY;

/**
 * The whole network as one self-contained SVG: title and subtitle on top, every node
 * and link (wherever the canvas has scrolled), the legend underneath. Pure vector
 * (rect, path, text), so the PDF converter and any rasteriser draw it the same way.
 */
export const renderNetworkSvg = (scene: ExportScene): RenderedSvg => {
  let rendered = renderAtWidth(scene, 0);
  const aspect = scene.pageAspect;
  // For a page: widen the content (the notes wrap onto fewer, longer lines; the network
  // stays centred) until the picture has the page's proportions, so it fills the page
  // instead of standing in a narrow column. A few rounds converge, as the height only
  // shrinks as the width grows.
  for (let round = 0; aspect && round < 4 && rendered.width / rendered.height < aspect * 0.98; round++) {
    rendered = renderAtWidth(scene, rendered.height * aspect - 2 * MARGIN);
  }
  return rendered;
};

const renderAtWidth = (scene: ExportScene, minContentWidth: number): RenderedSvg => {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const edges: { edge: ExportEdge; geometry: EdgeGeometry }[] = [];
  for (const edge of scene.edges) {
    const source = byId.get(edge.sourceId);
    const target = byId.get(edge.targetId);
    const geometry = source && target ? edgeGeometry(edge, source, target) : undefined;
    if (geometry) edges.push({ edge, geometry });
  }

  // Everything that is drawn counts, however far from the origin (negative coordinates too).
  const bounds = emptyBox();
  for (const n of scene.nodes) extendByNode(bounds, n);
  for (const f of scene.frames ?? []) extend(bounds, f.x, f.y, f.width, f.height);
  for (const { geometry } of edges) extend(bounds, geometry.apex.x - 8, geometry.apex.y - 8, 16, 16);
  const hasNetwork = !isEmpty(bounds);
  const netWidth = hasNetwork ? bounds.maxX - bounds.minX : 0;
  const netHeight = hasNetwork ? bounds.maxY - bounds.minY : 0;

  const titleLines = wrap(scene.title, Math.max(netWidth, MIN_TITLE_WIDTH), TITLE_SIZE, 2, true);
  const subtitle = truncate(
    scene.subtitle.replace(/\s+/g, ' ').trim(),
    Math.max(netWidth, MIN_TITLE_WIDTH),
    SUBTITLE_SIZE,
  );
  const contentWidth = Math.max(
    netWidth,
    MIN_CONTENT_WIDTH,
    minContentWidth,
    ...titleLines.map((l) => textWidth(l, TITLE_SIZE, true)),
    textWidth(subtitle, SUBTITLE_SIZE),
  );
  const legend = layoutLegend(scene.legend, contentWidth);
  const width = contentWidth + 2 * MARGIN;

  const header: string[] = [];
  let y = MARGIN;
  for (const line of titleLines) {
    y += TITLE_SIZE * 1.2;
    header.push(
      element(
        'text',
        { x: MARGIN, y: y - TITLE_SIZE * 0.2, 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: INK },
        line,
      ),
    );
  }
  if (subtitle) {
    y += SUBTITLE_SIZE * 1.6;
    header.push(
      element(
        'text',
        { x: MARGIN, y: y - SUBTITLE_SIZE * 0.3, 'font-size': SUBTITLE_SIZE, fill: MUTED },
        subtitle,
      ),
    );
  }
  y += 12;
  header.push(rule(y, contentWidth));
  y += SECTION_GAP;

  // The network keeps its own coordinates inside a translated group, centred on the page.
  const networkTop = y;
  const dx = MARGIN + (contentWidth - netWidth) / 2 - (hasNetwork ? bounds.minX : 0);
  const dy = networkTop - (hasNetwork ? bounds.minY : 0);
  const network = [
    `<g${attrs({ id: 'network', transform: `translate(${num(dx)} ${num(dy)})` })}>`,
    `<g id="frames">${(scene.frames ?? []).map(drawFrame).join('')}</g>`,
    `<g id="edges">${edges.map(({ edge, geometry }) => drawEdge(edge, geometry)).join('')}</g>`,
    `<g id="nodes">${scene.nodes.map(drawNode).join('')}</g>`,
    '</g>',
  ].join('');
  y += netHeight;

  let legendMarkup = '';
  if (legend.height > 0) {
    y += SECTION_GAP;
    legendMarkup = rule(y, contentWidth);
    y += SECTION_GAP;
    legendMarkup += `<g${attrs({ id: 'legend', transform: `translate(${MARGIN} ${num(y)})` })}>${legend.markup}</g>`;
    y += legend.height;
  }
  let notesMarkup = '';
  if (scene.notes && scene.notes.paragraphs.length > 0) {
    const parts: string[] = [];
    y += SECTION_GAP;
    parts.push(rule(y, contentWidth));
    y += SECTION_GAP + NOTE_TITLE_SIZE;
    parts.push(
      element(
        'text',
        { x: MARGIN, y, 'font-size': NOTE_TITLE_SIZE, 'font-weight': 'bold', fill: INK },
        truncate(scene.notes.title, contentWidth, NOTE_TITLE_SIZE, true),
      ),
    );
    y += 6;
    for (const paragraph of scene.notes.paragraphs) {
      y += 4;
      for (const line of wrap(paragraph, contentWidth, NOTE_SIZE, Number.MAX_SAFE_INTEGER)) {
        y += NOTE_SIZE * 1.45;
        parts.push(element('text', { x: MARGIN, y, 'font-size': NOTE_SIZE, fill: INK }, line));
      }
    }
    notesMarkup = `<g id="notes">${parts.join('')}</g>`;
  }
  const height = Math.ceil(y + MARGIN);
  const roundedWidth = Math.ceil(width);

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width: roundedWidth,
      height,
      viewBox: `0 0 ${roundedWidth} ${height}`,
      'font-family': safeFontFamily(scene.fontFamily),
    })}>`,
    `<title>${escapeXml(scene.title)}</title>`,
    element('rect', { x: 0, y: 0, width: roundedWidth, height, fill: '#ffffff' }),
    `<g id="header">${header.join('')}</g>`,
    network,
    legendMarkup,
    notesMarkup,
    '</svg>',
  ].join('\n');
  return { svg, width: roundedWidth, height };
};

const rule = (y: number, width: number): string =>
  element('path', {
    d: `M${MARGIN} ${num(y)}h${num(width)}`,
    stroke: '#d1d5db',
    'stroke-width': 1,
    fill: 'none',
  });
