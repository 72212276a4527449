/**
 * The synthetic council for the rendering benchmark: an empty workspace with 2,000
 * organisations and 5,000 links, laid out once here in Node and saved to the default
 * view, so Kenes opens on saved positions (no layout in the window) and the plain React
 * Flow page can be handed the very same nodes, places and links.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkInputs, linkSpecs, organisationInputs } from '../fixtures/network';
import { openWorkspaceIn } from '../fixtures/workspace';
import { organisationCalls } from '../../src/shared/api/organisations';
import { linkCalls } from '../../src/shared/api/links';
import { networkCalls, workspaceCalls } from '../../src/shared/api/workspace';
import { viewCalls, type NodePositions } from '../../src/shared/api/views';
import { buildScene } from '../../src/renderer/src/pages/Network/scene';
import { layoutNodesOf } from '../../src/renderer/src/pages/Network/usePositions';
import { NODE_SIZE } from '../../src/renderer/src/pages/Network/nodes/sizes';
import { computeLayout } from '../../src/renderer/src/pages/Network/graph/layouts';

/** One node as both pages draw it: where it stands and the box Kenes gives it. */
export interface GraphNode {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}

export interface BenchGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface BenchNetwork {
  dataDir: string;
  viewId: string;
  graph: BenchGraph;
  /** The saved radial positions, to put back after a layout has replaced them. */
  positions: NodePositions;
  /** Milliseconds the radial layout took in Node. */
  layoutMs: number;
  remove(): void;
}

export const createBenchNetwork = async (organisations: number, links: number): Promise<BenchNetwork> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-bench-render-'));
  const ws = openWorkspaceIn(dataDir);
  try {
    ws.invoke(workspaceCalls.initialise, { template: 'empty', councilName: 'Ақмола облысының кеңесі' });
    const { ids } = ws.invoke(organisationCalls.createMany, { items: organisationInputs(organisations) });
    ws.invoke(linkCalls.createMany, { items: linkInputs(linkSpecs(links, organisations), ids) });

    const snapshot = ws.invoke(networkCalls.load, {});
    const [summary] = ws.invoke(viewCalls.list, {});
    if (!summary) throw new Error('the workspace has no view');
    const view = ws.invoke(viewCalls.get, { id: summary.id });
    // The scene the network page builds for this view: with no expanded groups and
    // organisations in no group, every organisation is a node of its own.
    const scene = buildScene(
      snapshot,
      {
        filters: view.filters,
        expandedGroupIds: new Set(view.display.expandedGroupIds),
        colourBy: view.display.colourBy,
        search: '',
      },
      'kk',
    );
    const started = performance.now();
    const { positions } = await computeLayout({
      nodes: layoutNodesOf(scene, snapshot, {}),
      edges: scene.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
      layout: 'radial',
    });
    const layoutMs = performance.now() - started;

    const saved: NodePositions = {};
    const nodes: GraphNode[] = scene.nodes.map((n) => {
      const p = positions.get(n.id);
      if (!p) throw new Error(`the layout left ${n.id} out`);
      // Rounded, as the page saves a layout.
      const at = { x: Math.round(p.x), y: Math.round(p.y) };
      saved[n.id] = at;
      return { id: n.id, label: n.label, ...at, ...NODE_SIZE[n.kind] };
    });
    ws.invoke(viewCalls.movePositions, { id: view.id, positions: saved, layout: 'radial' });
    return {
      dataDir,
      viewId: view.id,
      graph: { nodes, edges: scene.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })) },
      positions: saved,
      layoutMs,
      remove: () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  } finally {
    ws.close();
  }
};
