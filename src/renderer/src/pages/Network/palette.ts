import { moduleCatalogue, taxonomy, organisationType, type SectorCode } from '../../../../shared/reference';
import type { AgreementStatus } from '../../../../shared/domain/enums';
import type { SceneEdge } from './scene';

/**
 * Colours of the picture. Sectors get clearly different hues that stay apart on a dim
 * projector; a type takes its sector's hue with its own lightness, so colouring by type
 * still reads as "these belong together".
 */
export const sectorColours: Record<SectorCode, string> = {
  education: '#1f6fb2',
  special_education: '#7b3fa0',
  health: '#c0392b',
  social: '#d9822b',
  culture_sport: '#2e8b57',
  internal_affairs: '#4a5a6a',
  state: '#0f766e',
  ngo: '#b8860b',
  business: '#8d5524',
  science: '#3949ab',
};

const FALLBACK = '#6b7280';

export const sectorColour = (sector: string): string => sectorColours[sector as SectorCode] ?? FALLBACK;

const hexToHsl = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l * 100];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s * 100, l * 100];
};

const hslToHex = (h: number, s: number, l: number): string => {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
};

/** The colour mixed with white: node backgrounds, so the label stays readable on any hue. */
export const tint = (hex: string, white = 0.86): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) =>
    Math.round(c + (255 - c) * white)
      .toString(16)
      .padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
};

/** Types of one sector, in reference order, spread over lightness 28–62 %. */
const typeColours = new Map<string, string>();
for (const sector of taxonomy.sectors) {
  const types = taxonomy.types.filter((t) => t.sector === sector.code);
  const [h, s] = hexToHsl(sectorColour(sector.code));
  types.forEach((type, i) => {
    const lightness = types.length === 1 ? 40 : 28 + (34 * i) / (types.length - 1);
    typeColours.set(type.code, hslToHex(h, s, lightness));
  });
}

export const typeColour = (typeCode: string): string =>
  typeColours.get(typeCode) ?? sectorColour(organisationType(typeCode)?.sector ?? '');

/**
 * One clearly different hue per module, by module number; module 9, which leads
 * (DOMAIN.md §5.3), gets the darkest so the coordinating core stands out.
 */
const MODULE_HUES = [
  '#4e79a7',
  '#e15759',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#9c755f',
  '#edc948',
  '#1e3a8a',
  '#ff9da7',
  '#8cd17d',
  '#d37295',
];
const moduleColours = new Map(
  moduleCatalogue.map((m) => [m.id, MODULE_HUES[(m.number - 1) % 12] ?? FALLBACK]),
);

/** An organisation in no module is grey: the gap the coverage panel also reports. */
export const NO_MODULE_COLOUR = '#a3a3a3';

export const moduleColour = (moduleId: string | null | undefined): string =>
  (moduleId && moduleColours.get(moduleId)) || NO_MODULE_COLOUR;

export type ColourBy = 'sector' | 'type' | 'module';

export const nodeColour = (
  colourBy: ColourBy,
  node: { sector: string; typeCode: string; moduleId?: string | null },
): string =>
  colourBy === 'type'
    ? typeColour(node.typeCode)
    : colourBy === 'module'
      ? moduleColour(node.moduleId)
      : sectorColour(node.sector);

/**
 * Edge styles by link kind (DOMAIN.md §7.1). Dashes, not only colour, tell kinds apart,
 * so the legend still works on a black-and-white print.
 */
export interface LinkLineStyle {
  stroke: string;
  dash?: string;
}

export const linkKindStyles: Record<string, LinkLineStyle> = {
  external: { stroke: '#64748b' },
  information_exchange: { stroke: '#2563eb', dash: '6 4' },
  joint_actions: { stroke: '#16a34a' },
  working_bodies: { stroke: '#9333ea', dash: '2 4' },
  interaction_agreement: { stroke: '#0f766e', dash: '10 4' },
  network_interaction: { stroke: '#ea580c' },
  organisational_help: { stroke: '#a16207', dash: '6 3 2 3' },
  joint_data: { stroke: '#0891b2', dash: '2 2' },
  common_strategy: { stroke: '#be123c', dash: '12 4 2 4' },
};

/**
 * A line's width on the canvas, in flow units: heavier when it stands for several links,
 * heavier still when selected. The far picture draws with the same widths.
 */
export const canvasLineWidth = (links: number, selected = false): number =>
  selected ? 3.5 : links > 1 ? 2.5 : 1.75;

/** A line to an organisation the filters dim. */
export const DIMMED_LINE_OPACITY = 0.25;

export const linkStyle = (kind: string): { stroke: string; dash?: string } =>
  linkKindStyles[kind] ?? { stroke: '#64748b' };

/** Several kinds folded into one line between blocks. */
export const MIXED_LINK_STYLE: { stroke: string; dash?: string } = { stroke: '#475569' };

/**
 * A line that stands on an agreement takes the agreement's status: the secretary sees at
 * a glance which partnerships are about to lapse. Dashes repeat the status on paper.
 */
export const agreementStatusStyles: Record<AgreementStatus, LinkLineStyle> = {
  draft: { stroke: '#94a3b8', dash: '3 3' },
  active: { stroke: '#15803d' },
  expiring: { stroke: '#d97706', dash: '9 3' },
  expired: { stroke: '#b91c1c', dash: '2 3' },
  terminated: { stroke: '#334155', dash: '1 5' },
};

/** The legend key of a line: its agreement's status, or its link kind. */
export const edgeStyleKey = (e: Pick<SceneEdge, 'kind' | 'agreement'>): string =>
  e.agreement ? `agreement:${e.agreement.status}` : e.kind;

/** How a line of the scene is drawn, on screen and in every export. */
export const edgeStyle = (e: Pick<SceneEdge, 'kind' | 'agreement'>): LinkLineStyle =>
  e.agreement
    ? agreementStatusStyles[e.agreement.status]
    : e.kind === 'mixed'
      ? MIXED_LINK_STYLE
      : linkStyle(e.kind);
