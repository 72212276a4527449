/**
 * ELK graphs for the grouped layouts (by type, by district, by module): one compound
 * node per frame with its members packed inside, and the frames packed in turn. The
 * council stands on its own, first, outside every frame. Pure: building and reading
 * the graph need no ELK; running it is `layouts.ts`'s job.
 *
 * ELK's `box` packer does both levels: on 2,000 organisations it takes about a third
 * of a second where `rectpacking` takes one to four seconds for a similar picture.
 * Links are left out: packing ignores them.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutFrame, LayoutFrameKind, LayoutNode, XY } from './layoutModel';
import { FRAME_GAP, FRAME_PADDING, NODE_GAP } from './layoutModel';

export type GroupedLayoutKind = 'byType' | 'byDistrict' | 'byModule';

const frameKindOf: Record<GroupedLayoutKind, LayoutFrameKind> = {
  byType: 'type',
  byDistrict: 'district',
  byModule: 'module',
};

export const frameKeyOf = (layout: GroupedLayoutKind, node: LayoutNode): string => {
  if (layout === 'byType') return node.typeCode;
  if (layout === 'byDistrict') return node.district;
  return node.moduleId ?? '';
};

/** Ids ELK sees for frames: unlike any organisation or block id. */
const FRAME_ID_PREFIX = 'kenes-frame:';
const ROOT_ID = 'kenes-root';

/** Frames in order of first appearance, with the '' frame (no district, no module) last. */
export const frameKeys = (layout: GroupedLayoutKind, nodes: readonly LayoutNode[]): string[] => {
  const keys = [...new Set(nodes.filter((n) => !n.isHub).map((n) => frameKeyOf(layout, n)))];
  return [...keys.filter((k) => k !== ''), ...keys.filter((k) => k === '')];
};

const packing = (aspectRatio: number) => ({
  'elk.algorithm': 'box',
  'elk.aspectRatio': String(aspectRatio),
  // Higher priority goes first: keep the order we give rather than sorting by size.
  'elk.box.packingMode': 'SIMPLE',
});

/**
 * The compound graph for a grouped layout of the given (unpinned) nodes. Frame i has
 * id `kenes-frame:i`, for `frameKeys(layout, nodes)[i]`.
 */
export const groupedElkGraph = (layout: GroupedLayoutKind, nodes: readonly LayoutNode[]): ElkNode => {
  const keys = frameKeys(layout, nodes);
  const members = new Map<string, LayoutNode[]>(keys.map((k) => [k, []]));
  for (const n of nodes) if (!n.isHub) members.get(frameKeyOf(layout, n))?.push(n);
  const hub = nodes.find((n) => n.isHub);
  const priority = (i: number) => ({ 'elk.priority': String(keys.length + 1 - i) });
  return {
    id: ROOT_ID,
    layoutOptions: { ...packing(16 / 9), 'elk.spacing.nodeNode': String(FRAME_GAP) },
    children: [
      ...(hub ? [{ id: hub.id, width: hub.width, height: hub.height, layoutOptions: priority(-1) }] : []),
      ...keys.map((key, i) => ({
        id: `${FRAME_ID_PREFIX}${i}`,
        layoutOptions: {
          ...packing(1.6),
          ...priority(i),
          'elk.spacing.nodeNode': String(NODE_GAP),
          'elk.padding': `[top=${FRAME_PADDING.top},left=${FRAME_PADDING.side},bottom=${FRAME_PADDING.side},right=${FRAME_PADDING.side}]`,
        },
        children: (members.get(key) ?? []).map((n) => ({ id: n.id, width: n.width, height: n.height })),
      })),
    ],
  };
};

/** Absolute positions and frames from a laid-out grouped graph (ELK gives children relative to their parent). */
export const readGroupedLayout = (
  layout: GroupedLayoutKind,
  nodes: readonly LayoutNode[],
  laidOut: ElkNode,
): { positions: Map<string, XY>; frames: LayoutFrame[] } => {
  const keys = frameKeys(layout, nodes);
  const positions = new Map<string, XY>();
  const frames: LayoutFrame[] = [];
  for (const child of laidOut.children ?? []) {
    const x = child.x ?? 0;
    const y = child.y ?? 0;
    if (!child.id.startsWith(FRAME_ID_PREFIX)) {
      positions.set(child.id, { x, y });
      continue;
    }
    const key = keys[Number(child.id.slice(FRAME_ID_PREFIX.length))];
    if (key === undefined) continue;
    frames.push({ kind: frameKindOf[layout], key, x, y, width: child.width ?? 0, height: child.height ?? 0 });
    for (const member of child.children ?? [])
      positions.set(member.id, { x: x + (member.x ?? 0), y: y + (member.y ?? 0) });
  }
  return { positions, frames };
};
