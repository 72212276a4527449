/**
 * The Figure 13 picture: the council in the centre and its blocks of organisations
 * around it, each block a compact grid whose side facing the council holds the
 * organisations closest to it in links.
 *
 * Computed here rather than by ELK's radial algorithm: ELK puts every organisation
 * linked to the council on one ring (for the Akmola model, a ring 8,600 units wide with
 * the blocks smeared along it), while the guide's figure shows blocks.
 */
import type { LayoutEdge, LayoutFrame, LayoutNode, XY } from './layoutModel';
import { FRAME_GAP, FRAME_PADDING, NODE_GAP } from './layoutModel';

interface Block {
  kind: 'block' | 'type';
  key: string;
  members: LayoutNode[];
  columns: number;
  rows: number;
  cellWidth: number;
  cellHeight: number;
  width: number;
  height: number;
}

/** Links from the council: 1 for its direct partners, Infinity for those it cannot reach. */
const stepsFrom = (hubId: string | undefined, nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]) => {
  const steps = new Map<string, number>(nodes.map((n) => [n.id, Infinity]));
  if (hubId === undefined) return steps;
  const adjacent = new Map<string, string[]>();
  for (const { source, target } of edges) {
    if (!steps.has(source) || !steps.has(target)) continue;
    adjacent.set(source, [...(adjacent.get(source) ?? []), target]);
    adjacent.set(target, [...(adjacent.get(target) ?? []), source]);
  }
  steps.set(hubId, 0);
  let frontier = [hubId];
  for (let step = 1; frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacent.get(id) ?? [])
        if (steps.get(other) === Infinity) {
          steps.set(other, step);
          next.push(other);
        }
    frontier = next;
  }
  return steps;
};

/** Blocks in order of first appearance; members nearest the council first, then by type. */
const gatherBlocks = (nodes: readonly LayoutNode[], steps: ReadonlyMap<string, number>): Block[] => {
  const blocks = new Map<string, Block>();
  const typeRank = new Map<string, number>();
  for (const n of nodes) {
    if (!typeRank.has(n.typeCode)) typeRank.set(n.typeCode, typeRank.size);
    const kind = n.block ? 'block' : 'type';
    const key = n.block ? n.block : n.typeCode;
    const id = `${kind}:${key}`;
    const block = blocks.get(id);
    if (block) block.members.push(n);
    else
      blocks.set(id, {
        kind,
        key,
        members: [n],
        columns: 0,
        rows: 0,
        cellWidth: 0,
        cellHeight: 0,
        width: 0,
        height: 0,
      });
  }
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  for (const block of blocks.values()) {
    block.members.sort(
      (a, b) =>
        (steps.get(a.id) ?? Infinity) - (steps.get(b.id) ?? Infinity) ||
        (typeRank.get(a.typeCode) ?? 0) - (typeRank.get(b.typeCode) ?? 0) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    block.cellWidth = Math.max(...block.members.map((m) => m.width)) + NODE_GAP;
    block.cellHeight = Math.max(...block.members.map((m) => m.height)) + NODE_GAP;
    // Roughly square on screen, not in cells: nodes are much wider than tall.
    const count = block.members.length;
    block.columns = Math.max(1, Math.round(Math.sqrt((count * block.cellHeight) / block.cellWidth)));
    block.rows = Math.ceil(count / block.columns);
    block.width = block.columns * block.cellWidth - NODE_GAP + 2 * FRAME_PADDING.side;
    block.height = block.rows * block.cellHeight - NODE_GAP + FRAME_PADDING.top + FRAME_PADDING.side;
  }
  return [...blocks.values()];
};

/**
 * The radius of the circle of block centres: far enough out that neighbouring blocks'
 * circumscribed circles do not meet, and that no block reaches the council.
 */
const ringRadius = (diameters: readonly number[], hubRadius: number): number => {
  const total = diameters.reduce((sum, d) => sum + d, 0);
  let radius = hubRadius + Math.max(0, ...diameters) / 2 + FRAME_GAP;
  if (diameters.length < 2) return radius;
  diameters.forEach((d, i) => {
    const next = diameters[(i + 1) % diameters.length] ?? 0;
    const apart = (Math.PI * (d + next)) / total; // angle between the two centres
    radius = Math.max(radius, (d + next) / 2 / (2 * Math.sin(Math.min(apart, Math.PI) / 2)));
  });
  return radius;
};

/** Places a block's members in its grid, filling first the lines that face the council. */
const placeMembers = (block: Block, left: number, top: number, towardsHub: XY, into: Map<string, XY>) => {
  const sideways = Math.abs(towardsHub.x) >= Math.abs(towardsHub.y);
  const x0 = left + FRAME_PADDING.side;
  const y0 = top + FRAME_PADDING.top;
  block.members.forEach((m, i) => {
    // Column by column when the council is to the left or right, row by row otherwise.
    let column = sideways ? Math.floor(i / block.rows) : i % block.columns;
    let row = sideways ? i % block.rows : Math.floor(i / block.columns);
    if (sideways && towardsHub.x > 0) column = block.columns - 1 - column;
    if (!sideways && towardsHub.y > 0) row = block.rows - 1 - row;
    into.set(m.id, {
      x: x0 + column * block.cellWidth + (block.cellWidth - NODE_GAP - m.width) / 2,
      y: y0 + row * block.cellHeight + (block.cellHeight - NODE_GAP - m.height) / 2,
    });
  });
};

/**
 * Positions and block frames for the radial layout. Pinned nodes are left out of the
 * blocks (their pins are applied afterwards); a pinned council still sets the centre.
 */
export const radialLayout = (
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): { positions: Map<string, XY>; frames: LayoutFrame[] } => {
  const hub = nodes.find((n) => n.isHub);
  const centre = hub?.pinned
    ? { x: hub.pinned.x + hub.width / 2, y: hub.pinned.y + hub.height / 2 }
    : { x: 0, y: 0 };
  const positions = new Map<string, XY>();
  if (hub && !hub.pinned)
    positions.set(hub.id, { x: centre.x - hub.width / 2, y: centre.y - hub.height / 2 });

  const steps = stepsFrom(hub?.id, nodes, edges);
  const blocks = gatherBlocks(
    nodes.filter((n) => n !== hub && !n.pinned),
    steps,
  );
  const diameters = blocks.map((b) => Math.hypot(b.width, b.height) + FRAME_GAP);
  const total = diameters.reduce((sum, d) => sum + d, 0);
  const hubRadius = hub ? Math.hypot(hub.width, hub.height) / 2 : 0;
  const radius = blocks.length === 0 ? 0 : ringRadius(diameters, hubRadius);

  const frames: LayoutFrame[] = [];
  // Clockwise from the top, each block taking an arc in proportion to its size.
  let angle = -Math.PI / 2 - (Math.PI * (diameters[0] ?? 0)) / total;
  blocks.forEach((block, i) => {
    const share = (2 * Math.PI * (diameters[i] ?? 0)) / total;
    const middle = angle + share / 2;
    angle += share;
    const direction = { x: Math.cos(middle), y: Math.sin(middle) };
    const left = centre.x + radius * direction.x - block.width / 2;
    const top = centre.y + radius * direction.y - block.height / 2;
    placeMembers(block, left, top, { x: -direction.x, y: -direction.y }, positions);
    frames.push({
      kind: block.kind,
      key: block.key,
      x: left,
      y: top,
      width: block.width,
      height: block.height,
    });
  });
  return { positions, frames };
};
