/**
 * The reference the network-render benchmark compares Kenes with: React Flow as it comes,
 * default nodes (label only) and default edges, on the same nodes, places and links.
 * The only settings are the ones that make it draw the same picture as Kenes: the zoom
 * range (the default minimum of 0.5 could not show the whole network), the canvas size
 * (`w`, `h`: Kenes' canvas, which shares its window with the toolbar and panels) and
 * the opening viewport (`x`, `y`, `zoom`; without them, the whole network: fitView).
 */
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { ReactFlow, type Edge, type Node, type Viewport } from '@xyflow/react';
import type { BenchGraph } from '../network-render/workspace';

const params = new URLSearchParams(window.location.search);
const number = (name: string): number | undefined =>
  params.has(name) ? Number(params.get(name)) : undefined;
const width = number('w') ?? window.innerWidth;
const height = number('h') ?? window.innerHeight;
const zoom = number('zoom');
const viewport: Viewport | undefined =
  zoom === undefined ? undefined : { x: number('x') ?? 0, y: number('y') ?? 0, zoom };

const show = (graph: BenchGraph): void => {
  const nodes: Node[] = graph.nodes.map((n) => ({
    id: n.id,
    position: { x: n.x, y: n.y },
    data: { label: n.label },
  }));
  const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <div style={{ width, height }}>
      <ReactFlow
        defaultNodes={nodes}
        defaultEdges={edges}
        fitView={viewport === undefined}
        defaultViewport={viewport}
        minZoom={0.05}
        maxZoom={3}
      />
    </div>,
  );
};

void fetch('graph.json')
  .then((response) => response.json() as Promise<BenchGraph>)
  .then(show);
