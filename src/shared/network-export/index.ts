/** The export engine: the whole network as SVG, shared by the PNG (renderer) and PDF (main) exports. */
export { renderNetworkSvg, DEFAULT_FONT_FAMILY } from './render';
export { PARALLEL_SPACING } from './geometry';
export type {
  ExportEdge,
  ExportFrame,
  ExportLegendItem,
  ExportLegendSection,
  ExportNode,
  ExportNodeShape,
  ExportNotes,
  ExportScene,
  RenderedSvg,
} from './types';
