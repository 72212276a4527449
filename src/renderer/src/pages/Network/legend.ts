import type { Scene } from './scene';
import { linkStyle, MIXED_LINK_STYLE, sectorColour, typeColour, type ColourBy } from './palette';

export interface LegendItem {
  label: string;
  kind: 'node' | 'edge';
  fill?: string;
  stroke?: string;
  dash?: string;
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

export interface LegendTexts {
  nodesTitle: string;
  edgesTitle: string;
  mixed: string;
  sectorName: (code: string) => string;
  typeLabel: (code: string) => string;
  kindName: (code: string) => string;
}

/**
 * The legend of what is on screen only: a colour or line style that is not drawn is
 * not explained. The screen and every export use the same list.
 */
export const legendOf = (scene: Scene, colourBy: ColourBy, texts: LegendTexts): LegendSection[] => {
  const nodeKeys = new Map<string, string>();
  for (const n of scene.nodes) {
    if (n.kind === 'hub') continue;
    const key = colourBy === 'type' ? n.typeCode : n.sector;
    if (!nodeKeys.has(key)) nodeKeys.set(key, colourBy === 'type' ? typeColour(key) : sectorColour(key));
  }
  const nodeItems = [...nodeKeys].map(([key, fill]) => ({
    kind: 'node' as const,
    fill,
    label: colourBy === 'type' ? texts.typeLabel(key) : texts.sectorName(key),
  }));
  const kinds = [...new Set(scene.edges.map((e) => e.kind))];
  const edgeItems = kinds.map((kind) => {
    const style = kind === 'mixed' ? MIXED_LINK_STYLE : linkStyle(kind);
    return {
      kind: 'edge' as const,
      stroke: style.stroke,
      dash: style.dash,
      label: kind === 'mixed' ? texts.mixed : texts.kindName(kind),
    };
  });
  const byLabel = (a: LegendItem, b: LegendItem) => a.label.localeCompare(b.label);
  return [
    { title: texts.nodesTitle, items: nodeItems.sort(byLabel) },
    { title: texts.edgesTitle, items: edgeItems.sort(byLabel) },
  ].filter((s) => s.items.length > 0);
};
