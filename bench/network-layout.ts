/**
 * The network canvas's computations on a council network of 2,000 organisations and
 * 5,000 links (the size network:load is benchmarked at): each layout as the layout
 * worker runs it, and betweenness for the analysis panel. The median of a few runs after
 * a warm-up; figures only, no targets yet.
 */
import type { Benchmark } from './harness';
import { median, time } from './harness';
import { linkSpecs, organisationInputs } from './fixtures/network';
import { moduleCatalogue } from '../src/shared/reference';
import { betweenness } from '../src/renderer/src/pages/Network/graph/analysis';
import {
  computeLayout,
  layoutKinds,
  type LayoutEdge,
  type LayoutNode,
} from '../src/renderer/src/pages/Network/graph/layouts';

const SIZE = { organisations: 2_000, links: 5_000, runs: 3 };

const network = (): { nodes: LayoutNode[]; edges: LayoutEdge[] } => {
  const organisations = organisationInputs(SIZE.organisations);
  const nodes: LayoutNode[] = [
    {
      id: 'council',
      width: 230,
      height: 84,
      level: 'regional',
      typeCode: 'GOV.COORDINATION_COUNCIL',
      district: '',
      moduleId: null,
      isHub: true,
    },
    ...organisations.map((o, i) => ({
      id: `org-${i}`,
      width: 168,
      height: 58,
      level: o.level,
      typeCode: o.typeCode,
      district: o.district ?? '',
      // Most organisations in one of the 12 modules, some in none.
      moduleId: i % 7 === 0 ? null : (moduleCatalogue[i % moduleCatalogue.length]?.id ?? null),
      isHub: false,
    })),
  ];
  const edges: LayoutEdge[] = linkSpecs(SIZE.links, SIZE.organisations).map((l, i) => ({
    id: `link-${i}`,
    source: `org-${l.source}`,
    target: `org-${l.target}`,
  }));
  // The council is linked to the regional and district bodies, as in the Akmola model.
  organisations.forEach((o, i) => {
    if (o.level !== 'organisation') edges.push({ id: `council-${i}`, source: 'council', target: `org-${i}` });
  });
  return { nodes, edges };
};

const benchmark: Benchmark = {
  name: 'network-layout',
  description: `layouts and betweenness, ${SIZE.organisations.toLocaleString('en-GB')} organisations and ${SIZE.links.toLocaleString('en-GB')} links`,
  async run(report) {
    const { nodes, edges } = network();
    report.note(`${nodes.length} nodes, ${edges.length} links; median of ${SIZE.runs} runs after a warm-up`);

    report.section('Layouts (computeLayout, as the layout worker runs it)');
    for (const layout of layoutKinds) {
      await computeLayout({ nodes, edges, layout });
      const runs: number[] = [];
      for (let i = 0; i < SIZE.runs; i++) {
        const started = performance.now();
        await computeLayout({ nodes, edges, layout });
        runs.push(performance.now() - started);
      }
      report.timing(layout, median(runs));
    }

    report.section('Analysis');
    const graph = () => ({ nodes: nodes.map((n) => n.id), edges });
    betweenness(graph());
    // A fresh graph object each run: betweenness caches per graph.
    const runs = Array.from({ length: SIZE.runs }, () => time(() => betweenness(graph())).ms);
    report.timing('betweenness (Brandes, normalised)', median(runs));
  },
};

export default benchmark;
