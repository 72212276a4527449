/**
 * Runs a network layout: the computation behind the layout worker, also callable
 * directly (tests, benchmarks; ELK runs in Node without a worker). Every layout places
 * the unpinned nodes; then pinned nodes take their pins and anything that would sit
 * under another node is moved to the nearest free spot.
 *
 * The canvas should not import this module at run time (it would bundle ELK into the
 * window's script): use `runLayout` from `layoutClient.ts`, and these types.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ELK as ElkEngine } from 'elkjs/lib/elk-api';
import { groupedElkGraph, readGroupedLayout, type GroupedLayoutKind } from './elkGraphs';
import type { LayoutFrame, LayoutInput, LayoutKind, LayoutResult, XY } from './layoutModel';
import { layeredLayout } from './levels';
import { settleNodes } from './overlap';
import { radialLayout } from './radial';

export type {
  LayoutEdge,
  LayoutFrame,
  LayoutFrameKind,
  LayoutInput,
  LayoutKind,
  LayoutNode,
  LayoutResult,
  XY,
} from './layoutModel';
export { layoutKinds, isLayoutKind } from './layoutModel';

export type LayoutEngine = Pick<ElkEngine, 'layout'>;

let sharedEngine: LayoutEngine | undefined;
/** One ELK instance per thread: creating one parses its 1.6 MB of code again. */
const engine = (): LayoutEngine => (sharedEngine ??= new ELK());

/**
 * Creates the thread's ELK now. In a worker, ELK's constructor claims the worker's
 * `onmessage` for itself, so the layout worker makes it first and installs its own
 * handler after.
 */
export const prepareLayoutEngine = (): void => void engine();

const grouped = async (
  layout: GroupedLayoutKind,
  input: LayoutInput,
  elk: LayoutEngine,
): Promise<{ positions: Map<string, XY>; frames: LayoutFrame[] }> => {
  const free = input.nodes.filter((n) => !n.pinned);
  const laidOut = await elk.layout(groupedElkGraph(layout, free));
  return readGroupedLayout(layout, free, laidOut);
};

const place = (
  layout: LayoutKind,
  input: LayoutInput,
  elk: LayoutEngine,
):
  | Promise<{ positions: Map<string, XY>; frames: LayoutFrame[] }>
  | { positions: Map<string, XY>; frames: LayoutFrame[] } => {
  switch (layout) {
    case 'radial':
      return radialLayout(input.nodes, input.edges);
    case 'layered':
      return layeredLayout(input.nodes, input.edges);
    case 'byType':
    case 'byDistrict':
    case 'byModule':
      return grouped(layout, input, elk);
  }
};

export const computeLayout = async (
  input: LayoutInput,
  elk: LayoutEngine = engine(),
): Promise<LayoutResult> => {
  const { positions, frames } = await place(input.layout, input, elk);
  return { positions: settleNodes(input.nodes, positions), frames };
};
