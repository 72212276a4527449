import type { ExportScene } from '../../../../shared/network-export';
import type { Scene } from './scene';
import type { FrameBox } from './flowElements';
import type { LegendSection } from './legend';
import { NODE_SIZE } from './nodes/sizes';
import { edgeStyle, tint } from './palette';
import type { XY } from './usePositions';

/**
 * The whole picture for export — every node of the view, not only what fits in the
 * window — in the shape the shared SVG renderer draws.
 */
export const exportSceneOf = (
  scene: Scene,
  positions: ReadonlyMap<string, XY>,
  frames: readonly FrameBox[],
  legend: LegendSection[],
  title: string,
  subtitle: string,
  members: { title: string; nameOf: (organisationId: string) => string },
): ExportScene => ({
  title,
  subtitle,
  // A folded block is one box on the picture; its organisations are named underneath.
  notes: {
    title: members.title,
    paragraphs: scene.nodes
      .filter((n) => n.kind === 'group')
      .map((n) => `${n.label}: ${n.memberIds.map(members.nameOf).join(', ')}`),
  },
  nodes: scene.nodes.flatMap((n) => {
    const p = positions.get(n.id);
    if (!p) return [];
    return [
      {
        id: n.id,
        x: p.x,
        y: p.y,
        ...NODE_SIZE[n.kind],
        // As on screen: a block reads "ПМПК – 4" first, its full name under it.
        label: n.label,
        sublabel: n.sublabel || undefined,
        fill: n.kind === 'hub' ? n.colour : tint(n.colour),
        stroke: n.colour,
        shape: n.kind,
        count: n.count,
      },
    ];
  }),
  edges: scene.edges.map((e) => {
    const style = edgeStyle(e);
    return {
      id: e.id,
      sourceId: e.source,
      targetId: e.target,
      stroke: style.stroke,
      dash: style.dash,
      width: e.linkIds.length > 1 ? 2.5 : 1.5,
      label: e.linkIds.length > 1 ? String(e.linkIds.length) : undefined,
      curvature: e.curvature,
    };
  }),
  frames: frames.map((f) => ({ id: f.id, x: f.x, y: f.y, width: f.width, height: f.height, label: f.label })),
  legend,
});
