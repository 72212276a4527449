/**
 * The `layered` layout: one band per organisation level, republican at the top,
 * organisations at the bottom (DOMAIN.md §4.1). Inside a band, nodes stand in a grid
 * that wraps at a common width, ordered so that linked organisations in neighbouring
 * bands line up (barycentre sweeps), which keeps links short and mostly vertical.
 *
 * Computed here rather than by ELK's layered algorithm with partitions: on 2,000
 * organisations and 5,000 links ELK took over six minutes (links inside a level create
 * dozens of extra layers), and it puts a level's organisations in one row tens of
 * thousands of units wide.
 */
import type { OrganisationLevel } from '../../../../../shared/domain/enums';
import type { LayoutEdge, LayoutFrame, LayoutNode, XY } from './layoutModel';
import { FRAME_GAP, FRAME_PADDING, LEVEL_ORDER, NODE_GAP } from './layoutModel';

/** Up and down passes of barycentre ordering; more change little on real networks. */
const SWEEPS = 4;
/** The picture's aspect ratio the band width aims at: a wide screen. */
const ASPECT = 16 / 9;

interface Band {
  level: OrganisationLevel;
  nodes: LayoutNode[];
  cellWidth: number;
  cellHeight: number;
  columns: number;
  rows: number;
}

/** Column-major: consecutive nodes go down a column, so order along the band is order in x. */
const columnOf = (band: Band, i: number) => Math.floor(i / band.rows);
const rowOf = (band: Band, i: number) => i % band.rows;

const bandWidth = (band: Band) => band.columns * band.cellWidth - NODE_GAP;

export const layeredLayout = (
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): { positions: Map<string, XY>; frames: LayoutFrame[] } => {
  const free = nodes.filter((n) => !n.pinned);
  const bands: Band[] = [];
  for (const level of LEVEL_ORDER) {
    const members = free.filter((n) => n.level === level);
    if (members.length === 0) continue;
    bands.push({
      level,
      nodes: members,
      cellWidth: Math.max(...members.map((n) => n.width)) + NODE_GAP,
      cellHeight: Math.max(...members.map((n) => n.height)) + NODE_GAP,
      columns: 0,
      rows: 0,
    });
  }
  const area = bands.reduce((sum, b) => sum + b.nodes.length * b.cellWidth * b.cellHeight, 0);
  const targetWidth = Math.sqrt(area * ASPECT);
  for (const band of bands) {
    band.columns = Math.max(1, Math.min(band.nodes.length, Math.floor(targetWidth / band.cellWidth)));
    band.rows = Math.ceil(band.nodes.length / band.columns);
    // As few columns as the rows need, so the last column is not left half empty.
    band.columns = Math.ceil(band.nodes.length / band.rows);
  }

  // Initial order: by district, then type, then as given, so a district's bodies and
  // schools start together even where no link says so.
  const given = new Map(nodes.map((n, i) => [n.id, i]));
  for (const band of bands)
    band.nodes.sort(
      (a, b) =>
        a.district.localeCompare(b.district) ||
        a.typeCode.localeCompare(b.typeCode) ||
        (given.get(a.id) ?? 0) - (given.get(b.id) ?? 0),
    );

  const bandOf = new Map<string, number>();
  bands.forEach((band, b) => band.nodes.forEach((n) => bandOf.set(n.id, b)));
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    const a = bandOf.get(source);
    const b = bandOf.get(target);
    // Links inside a band do not help order it along x.
    if (a === undefined || b === undefined || a === b) continue;
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }

  // x of a node's centre, the band centred on 0.
  const xOf = new Map<string, number>();
  const placeAlong = (band: Band) =>
    band.nodes.forEach((n, i) =>
      xOf.set(n.id, columnOf(band, i) * band.cellWidth + band.cellWidth / 2 - bandWidth(band) / 2),
    );
  bands.forEach(placeAlong);

  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const order = sweep % 2 === 0 ? bands : [...bands].reverse();
    for (const band of order) {
      const key = new Map<string, number>();
      for (const n of band.nodes) {
        const xs = (neighbours.get(n.id) ?? []).map((m) => xOf.get(m) ?? 0);
        key.set(n.id, xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : (xOf.get(n.id) ?? 0));
      }
      band.nodes.sort((a, b) => (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0));
      placeAlong(band);
    }
  }

  const positions = new Map<string, XY>();
  const frames: LayoutFrame[] = [];
  let top = 0;
  for (const band of bands) {
    const left = -bandWidth(band) / 2;
    band.nodes.forEach((n, i) =>
      positions.set(n.id, {
        x: left + columnOf(band, i) * band.cellWidth + (band.cellWidth - NODE_GAP - n.width) / 2,
        y: top + FRAME_PADDING.top + rowOf(band, i) * band.cellHeight,
      }),
    );
    const height = FRAME_PADDING.top + band.rows * band.cellHeight - NODE_GAP + FRAME_PADDING.side;
    frames.push({
      kind: 'level',
      key: band.level,
      x: left - FRAME_PADDING.side,
      y: top,
      width: bandWidth(band) + 2 * FRAME_PADDING.side,
      height,
    });
    top += height + FRAME_GAP;
  }
  return { positions, frames };
};
