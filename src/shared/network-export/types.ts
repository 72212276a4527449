/**
 * What the export draws: the whole network in flow coordinates (the canvas's own
 * units, before any zoom), already coloured and labelled by the caller. The renderer
 * knows nothing of organisations or link kinds, only boxes, lines and words.
 */

export type ExportNodeShape = 'hub' | 'organisation' | 'group';

export interface ExportNode {
  id: string;
  /** Top-left corner in flow coordinates; may be negative. */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  sublabel?: string;
  fill: string;
  stroke: string;
  /** hub: the council, drawn heavier; group: a folded block, drawn as a stack. */
  shape: ExportNodeShape;
  /** A folded block's member count, drawn as a badge. */
  count?: number;
}

export interface ExportEdge {
  id: string;
  sourceId: string;
  targetId: string;
  stroke: string;
  /** An SVG dash array such as "6 4". */
  dash?: string;
  width?: number;
  label?: string;
  /**
   * The fan slot of a parallel link, as the canvas computes it (…, -1, -0.5, 0, 0.5, 1, …):
   * the line bows by `curvature × PARALLEL_SPACING` to the left of source → target. 0 is straight.
   */
  curvature?: number;
  /** Arrowheads for directed links; none when omitted. */
  arrow?: 'end' | 'both';
}

/** An expanded block: a titled frame drawn behind its members. */
export interface ExportFrame {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  stroke?: string;
  fill?: string;
}

export interface ExportLegendItem {
  label: string;
  fill?: string;
  stroke?: string;
  dash?: string;
  kind: 'node' | 'edge';
}

export interface ExportLegendSection {
  title: string;
  items: ExportLegendItem[];
}

export interface ExportScene {
  /** E.g. the council's name and the view's name. */
  title: string;
  /** E.g. the date, already formatted in the user's language. */
  subtitle: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  frames?: ExportFrame[];
  legend: ExportLegendSection[];
  /**
   * Text under the legend, e.g. which organisations each folded block holds, so that
   * every organisation is named on the page even when the picture shows it as a count.
   */
  notes?: ExportNotes;
  /**
   * The proportions (width / height) of the page the picture is for, such as A4
   * landscape: the content is widened to match, so the picture fills the page.
   */
  pageAspect?: number;
  /** A CSS font-family list; the default names fonts that have the Kazakh letters. */
  fontFamily?: string;
}

export interface RenderedSvg {
  svg: string;
  /** In SVG user units (CSS pixels at 1×). */
  width: number;
  height: number;
}

export interface ExportNotes {
  title: string;
  /** Each wrapped to the page's width; none is cut short. */
  paragraphs: string[];
}
