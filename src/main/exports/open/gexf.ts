import {
  edgeAttributes,
  nodeAttributes,
  presentValues,
  type GraphAttribute,
  type OpenGraph,
} from './network';
import { XML_DECLARATION, xmlAttributes } from './xml';

const attributeElement = (a: GraphAttribute): string =>
  `      <attribute${xmlAttributes({ id: a.id, title: a.id, type: a.type })}/>`;

const attvalues = (values: Record<string, string | boolean | null>): string => {
  const present = presentValues(values);
  if (present.length === 0) return '';
  return `<attvalues>${present.map(([key, value]) => `<attvalue${xmlAttributes({ for: key, value })}/>`).join('')}</attvalues>`;
};

/**
 * The network as GEXF 1.2 (gexf.net), Gephi's own format: the version every Gephi since
 * 0.8 opens. `lastmodifieddate` is the workspace's calendar day.
 */
export const writeGexf = (graph: OpenGraph, day: string): string =>
  [
    XML_DECLARATION,
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    `  <meta${xmlAttributes({ lastmodifieddate: day })}><creator>Kenes</creator></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node" mode="static">',
    ...nodeAttributes.map(attributeElement),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...edgeAttributes.map(attributeElement),
    '    </attributes>',
    '    <nodes>',
    ...graph.nodes.map(
      (n) => `      <node${xmlAttributes({ id: n.id, label: n.label })}>${attvalues(n.values)}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (e) =>
        `      <edge${xmlAttributes({ id: e.id, source: e.source, target: e.target, label: e.label || null })}>${attvalues(e.values)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
