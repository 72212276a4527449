import {
  edgeAttributes,
  nodeAttributes,
  presentValues,
  type GraphAttribute,
  type OpenGraph,
} from './network';
import { XML_DECLARATION, xmlAttributes, xmlEscape } from './xml';

/** GraphML keys must be unique across nodes and edges: "n_type", "e_kind"; attr.name is the plain name. */
const keyId = (prefix: 'n' | 'e', id: string): string => `${prefix}_${id}`;

const keyElement = (prefix: 'n' | 'e', a: GraphAttribute): string =>
  `  <key${xmlAttributes({
    id: keyId(prefix, a.id),
    for: prefix === 'n' ? 'node' : 'edge',
    'attr.name': a.id,
    'attr.type': a.type,
  })}/>`;

const dataElements = (prefix: 'n' | 'e', values: Record<string, string | boolean | null>): string =>
  presentValues(values)
    .map(([key, value]) => `<data key="${keyId(prefix, key)}">${xmlEscape(value)}</data>`)
    .join('');

/**
 * The network as GraphML (graphml.graphdrawing.org): yEd maps the attributes to labels
 * and colours in its properties mapper, Cytoscape and Gephi read them as columns.
 */
export const writeGraphml = (graph: OpenGraph): string =>
  [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="n_label" for="node" attr.name="label" attr.type="string"/>`,
    ...nodeAttributes.map((a) => keyElement('n', a)),
    ...edgeAttributes.map((a) => keyElement('e', a)),
    '  <graph id="kenes-network" edgedefault="undirected">',
    ...graph.nodes.map(
      (n) =>
        `    <node${xmlAttributes({ id: n.id })}><data key="n_label">${xmlEscape(n.label)}</data>${dataElements('n', n.values)}</node>`,
    ),
    ...graph.edges.map(
      (e) =>
        `    <edge${xmlAttributes({ id: e.id, source: e.source, target: e.target })}>${dataElements('e', e.values)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
