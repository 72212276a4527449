/**
 * Runs a network layout: the computation behind the layout worker, also callable
 * directly (tests, benchmarks; ELK runs in Node without a worker). Every layout places
 * the unpinned nodes; then pinned nodes take their pins and anything that would sit
 * under another node is moved to the nearest free spot.
 *
 * The canvas should not import this module at run time (it would bundle ELK into the
 * window's script): use `runLayout` from `layoutClient.ts`, and these types.
 */
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

let sharedEngine: Promise<LayoutEngine> | undefined;
let onEngineCreated: (() => void) | undefined;

/**
 * One ELK per thread, loaded the first time a grouped layout needs it: its 1.6 MB of
 * code is parsed then, so the radial and layered layouts (our own code) start at once.
 */
const engine = (): Promise<LayoutEngine> =>
  (sharedEngine ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => {
    const elk = new ELK();
    onEngineCreated?.();
    return elk;
  }));

/**
 * Called right after the thread's ELK is made. In a worker, elk.bundled.js claims the
 * worker's `onmessage` for itself when it loads and when an ELK is constructed; the
 * layout worker takes it back here, in the same task, before another message can arrive.
 */
export const afterLayoutEngineCreated = (callback: () => void): void => {
  onEngineCreated = callback;
};

const grouped = async (
  layout: GroupedLayoutKind,
  input: LayoutInput,
  elk: LayoutEngine | undefined,
): Promise<{ positions: Map<string, XY>; frames: LayoutFrame[] }> => {
  const free = input.nodes.filter((n) => !n.pinned);
  const laidOut = await (elk ?? (await engine())).layout(groupedElkGraph(layout, free));
  return readGroupedLayout(layout, free, laidOut);
};

const place = (
  layout: LayoutKind,
  input: LayoutInput,
  elk: LayoutEngine | undefined,
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

/** `elk` replaces the thread's own ELK (tests); without it, ELK is loaded when first needed. */
export const computeLayout = async (input: LayoutInput, elk?: LayoutEngine): Promise<LayoutResult> => {
  const { positions, frames } = await place(input.layout, input, elk);
  return { positions: settleNodes(input.nodes, positions), frames };
};
