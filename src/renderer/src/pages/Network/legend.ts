import type { Scene } from './scene';
import { edgeStyle, edgeStyleKey, nodeColour, type ColourBy } from './palette';
import type { AgreementStatus } from '../../../../shared/domain/enums';

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
  /** "3. Cultural-leisure module", or "In no module" for null. */
  moduleLabel: (moduleId: string | null) => string;
  kindName: (code: string) => string;
  /** "Agreement: expiring" — a line coloured by its agreement's status. */
  agreementStatus: (status: AgreementStatus) => string;
}

/**
 * The legend of what is on screen only: a colour or line style that is not drawn is
 * not explained. The screen and every export use the same list.
 */
export const legendOf = (scene: Scene, colourBy: ColourBy, texts: LegendTexts): LegendSection[] => {
  const nodeKeys = new Map<string, (typeof scene.nodes)[number]>();
  for (const n of scene.nodes) {
    if (n.kind === 'hub') continue;
    const key = colourBy === 'type' ? n.typeCode : colourBy === 'module' ? (n.moduleId ?? '') : n.sector;
    if (!nodeKeys.has(key)) nodeKeys.set(key, n);
  }
  const nodeItems = [...nodeKeys.values()].map((n) => ({
    kind: 'node' as const,
    fill: nodeColour(colourBy, n),
    label:
      colourBy === 'type'
        ? texts.typeLabel(n.typeCode)
        : colourBy === 'module'
          ? texts.moduleLabel(n.moduleId)
          : texts.sectorName(n.sector),
  }));
  const lines = new Map(scene.edges.map((e) => [edgeStyleKey(e), e]));
  const edgeItems = [...lines.values()].map((e) => {
    const style = edgeStyle(e);
    return {
      kind: 'edge' as const,
      stroke: style.stroke,
      dash: style.dash,
      label: e.agreement
        ? texts.agreementStatus(e.agreement.status)
        : e.kind === 'mixed'
          ? texts.mixed
          : texts.kindName(e.kind),
    };
  });
  const byLabel = (a: LegendItem, b: LegendItem) => a.label.localeCompare(b.label);
  return [
    { title: texts.nodesTitle, items: nodeItems.sort(byLabel) },
    { title: texts.edgesTitle, items: edgeItems.sort(byLabel) },
  ].filter((s) => s.items.length > 0);
};
