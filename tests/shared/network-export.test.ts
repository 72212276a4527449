import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { renderNetworkSvg, type ExportNode, type ExportScene } from '../../src/shared/network-export';
import { textWidth } from '../../src/shared/network-export/text';
import { akmolaScene, KAZAKH_LETTERS } from '../helpers/export-scene';

/** Parses strictly: any XML warning or error fails the test. */
const parse = (svg: string): Document =>
  new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml');

const elements = (within: Document | Element | undefined, name: string): Element[] =>
  within ? Array.from(within.getElementsByTagName(name)) : [];

/** The words a reader sees: every <text>, in document order, wrapped lines joined by spaces. */
const visibleText = (doc: Document): string =>
  elements(doc, 'text')
    .map((t) => t.textContent ?? '')
    .join(' ');

const nodeGroup = (doc: Document, id: string): Element | undefined =>
  elements(doc, 'g').find((g) => g.getAttribute('data-node-id') === id);

const translation = (doc: Document): { dx: number; dy: number } => {
  const network = elements(doc, 'g').find((g) => g.getAttribute('id') === 'network');
  const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(network?.getAttribute('transform') ?? '');
  if (!match) throw new Error('no network transform');
  return { dx: Number(match[1]), dy: Number(match[2]) };
};

const organisation = (id: string, x: number, y: number, label = id): ExportNode => ({
  id,
  x,
  y,
  width: 180,
  height: 56,
  label,
  fill: '#e3eef8',
  stroke: '#1f6fb2',
  shape: 'organisation',
});

const sceneOf = (nodes: ExportNode[], rest: Partial<ExportScene> = {}): ExportScene => ({
  title: 'Желі',
  subtitle: '15.10.2025',
  nodes,
  edges: [],
  legend: [],
  ...rest,
});

describe('renderNetworkSvg', () => {
  it('draws a well-formed SVG with the title, date, every node and the legend', () => {
    const scene = akmolaScene();
    const { svg, width, height } = renderNetworkSvg(scene);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root?.nodeName).toBe('svg');
    expect(root?.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const text = visibleText(doc);
    expect(text).toContain(scene.title);
    expect(text).toContain(KAZAKH_LETTERS);
    expect(text).toContain('15.10.2025');
    expect(text).toContain('ПМПК – 4');
    expect(text).toContain('Ақмола облысы');
    expect(text).toContain('Қорғалжын ауданының білім бөлімі');
    for (const node of scene.nodes) expect(nodeGroup(doc, node.id), node.id).toBeDefined();
    for (const section of scene.legend) {
      expect(text).toContain(section.title);
      for (const item of section.items) expect(text).toContain(item.label);
    }
  });

  it('is plain vector with a font list that has the Kazakh letters', () => {
    const { svg } = renderNetworkSvg(akmolaScene());
    const doc = parse(svg);
    expect(elements(doc, 'foreignObject')).toHaveLength(0);
    expect(elements(doc, 'image')).toHaveLength(0);
    expect(doc.documentElement?.getAttribute('font-family')).toMatch(/^'DejaVu Sans', 'Noto Sans'/);
  });

  it('keeps hostile names as text: no markup, no new attributes', () => {
    const hostile = `<script>alert("x")</script> & 'q'`;
    const scene = sceneOf(
      [
        { ...organisation('a" onload="alert(1)', 0, 0, hostile), width: 600 },
        { ...organisation('b', 0, 200, 'ok'), stroke: 'red" onclick="alert(1)', fill: 'url(javascript:x)' },
      ],
      {
        title: `</title><script>alert(1)</script> & «Ақмола»`,
        subtitle: 'control \u0001\u0008 chars and a lone \uD800 surrogate',
        edges: [
          { id: 'e', sourceId: 'b', targetId: 'a" onload="alert(1)', stroke: '#000', label: '<b>&amp;' },
        ],
        legend: [{ title: '<i>', items: [{ label: '"&"', kind: 'node', fill: '#fff' }] }],
      },
    );
    const { svg } = renderNetworkSvg(scene);
    const doc = parse(svg);
    expect(elements(doc, 'script')).toHaveLength(0);
    expect(elements(doc, 'b')).toHaveLength(0);
    const attributeNames = elements(doc, '*').flatMap((e) => Array.from(e.attributes).map((a) => a.name));
    expect(attributeNames.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(svg).not.toContain('javascript:');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
    const text = visibleText(doc);
    expect(text).toContain(hostile);
    expect(text).toContain('</title><script>alert(1)</script> & «Ақмола»');
    expect(text).toContain('<b>&amp;');
    expect(text).toContain('"&"');
    expect(text).toContain('control  chars and a lone  surrogate');
    expect(nodeGroup(doc, 'a" onload="alert(1)')).toBeDefined();
    // A colour that is not plainly a colour is replaced, not passed through.
    const rect = elements(nodeGroup(doc, 'b'), 'rect')[0];
    expect(rect?.getAttribute('stroke')).toMatch(/^#[0-9a-f]{6}$/);
    expect(rect?.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('fits every node, at negative coordinates too, inside the picture and below the header', () => {
    const nodes = [
      organisation('far-left-top', -5000, -3000),
      organisation('origin', 0, 0),
      organisation('far-right-bottom', 4000, 2500),
    ];
    const { svg, width, height } = renderNetworkSvg(sceneOf(nodes));
    expect(width).toBeGreaterThanOrEqual(9180);
    expect(height).toBeGreaterThanOrEqual(5556);
    const doc = parse(svg);
    const { dx, dy } = translation(doc);
    for (const n of nodes) {
      const rect = elements(nodeGroup(doc, n.id), 'rect')[0];
      const x = Number(rect?.getAttribute('x')) + dx;
      const y = Number(rect?.getAttribute('y')) + dy;
      expect(x, n.id).toBeGreaterThanOrEqual(0);
      expect(x + n.width, n.id).toBeLessThanOrEqual(width);
      expect(y, n.id).toBeGreaterThan(60); // under the title and date
      expect(y + n.height, n.id).toBeLessThanOrEqual(height);
    }
  });

  it('bows parallel links apart and draws a single link straight', () => {
    const scene = sceneOf([organisation('a', 0, 0), organisation('b', 400, 0)], {
      edges: [
        { id: 'left', sourceId: 'a', targetId: 'b', stroke: '#000', curvature: 0.5 },
        { id: 'right', sourceId: 'a', targetId: 'b', stroke: '#000', curvature: -0.5 },
        { id: 'straight', sourceId: 'b', targetId: 'a', stroke: '#000' },
      ],
    });
    const doc = parse(renderNetworkSvg(scene).svg);
    const pathOf = (id: string) =>
      elements(doc, 'g')
        .find((g) => g.getAttribute('data-edge-id') === id)
        ?.getElementsByTagName('path')[0]
        ?.getAttribute('d') ?? '';
    const control = (d: string) => Number(/Q[-\d.]+ ([-\d.]+)/.exec(d)?.[1]);
    expect(pathOf('straight')).toMatch(/^M[-\d. ]+L[-\d. ]+$/);
    // Boxes side by side at y 0..56, a → b runs rightwards: a positive curvature bows to its
    // left (up, in SVG's y-down coordinates), a negative one to its right.
    expect(control(pathOf('left'))).toBeLessThan(28);
    expect(control(pathOf('right'))).toBeGreaterThan(28);
    // Lines start at the border, not the centre: the source box ends at x = 180.
    expect(Number(/^M([-\d.]+)/.exec(pathOf('straight'))?.[1])).toBeCloseTo(398, 0);
  });

  it('leaves out links whose ends are missing, and links of a node to itself', () => {
    const scene = sceneOf([organisation('a', 0, 0)], {
      edges: [
        { id: 'dangling', sourceId: 'a', targetId: 'gone', stroke: '#000' },
        { id: 'loop', sourceId: 'a', targetId: 'a', stroke: '#000' },
      ],
    });
    const doc = parse(renderNetworkSvg(scene).svg);
    expect(elements(doc, 'g').filter((g) => g.getAttribute('data-edge-id'))).toHaveLength(0);
  });

  it('wraps a long name onto at most three lines that fit the box, ending in an ellipsis', () => {
    const long =
      'Ақмола облысы білім басқармасының Көкшетау қаласы бойынша білім бөлімінің «№19 жалпы орта білім беретін мектебі» коммуналдық мемлекеттік мекемесі';
    const doc = parse(renderNetworkSvg(sceneOf([organisation('long', 0, 0, long)])).svg);
    const group = nodeGroup(doc, 'long');
    const lines = elements(group, 'text').map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(long.startsWith(lines[0] ?? '-')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(180 - 12);
  });

  it('names every organisation of a folded block under the legend, wrapped, never cut short', () => {
    const members = Array.from({ length: 20 }, (_, i) => `ППТК №${i + 1}`);
    const paragraph = `ППТК – 20: ${members.join(', ')}`;
    const { svg, height } = renderNetworkSvg(
      sceneOf([organisation('a', 0, 0, 'ППТК – 20')], {
        notes: { title: 'Блоктардың құрамы', paragraphs: [paragraph, 'ЖОО – 2: ЖОО №1, ЖОО №2'] },
      }),
    );
    const doc = parse(svg);
    const notes = elements(doc, 'g').find((g) => g.getAttribute('id') === 'notes');
    const lines = elements(notes, 'text').map((t) => t.textContent ?? '');
    expect(lines[0]).toBe('Блоктардың құрамы');
    // The long paragraph takes several lines and every name is on one of them.
    expect(lines.length).toBeGreaterThan(3);
    const words = lines.slice(1).join(' ');
    for (const name of [...members, 'ЖОО №2']) expect(words).toContain(name);
    expect(words).not.toContain('…');
    const lastY = Math.max(...elements(notes, 'text').map((t) => Number(t.getAttribute('y'))));
    expect(lastY).toBeLessThan(height);
  });

  it('takes the proportions of the page it is for, so a landscape page is filled', () => {
    const members = Array.from({ length: 120 }, (_, i) => `ОББҰ №${i + 1}`);
    const scene = sceneOf([organisation('a', 0, 0), organisation('b', 0, 900)], {
      notes: { title: 'Блоктардың құрамы', paragraphs: [`ОББҰ – 120: ${members.join(', ')}`] },
    });
    const column = renderNetworkSvg(scene);
    expect(column.width / column.height).toBeLessThan(1);
    const page = renderNetworkSvg({ ...scene, pageAspect: Math.SQRT2 });
    expect(page.width / page.height).toBeGreaterThan(Math.SQRT2 * 0.95);
    expect(page.width / page.height).toBeLessThan(Math.SQRT2 * 1.25);
    // Still every name, now on fewer, longer lines.
    const words = visibleText(parse(page.svg));
    for (const name of members) expect(words).toContain(name);
  });

  it('measures numbered names wide enough that a wrapped line of them stays inside the page', () => {
    // DejaVu Sans: П 0.752, Т 0.611, К 0.710, № 1.040, digits 0.636, comma and space 0.318 em.
    const dejaVu = (text: string) =>
      [...text].reduce(
        (em, ch) =>
          em +
          (({ П: 0.752, Т: 0.611, К: 0.71, '№': 1.04, ',': 0.318, ' ': 0.318 } as Record<string, number>)[
            ch
          ] ?? 0.636),
        0,
      );
    const line = Array.from({ length: 12 }, (_, i) => `ППТК №${i + 10}`).join(', ');
    expect(textWidth(line, 11)).toBeGreaterThanOrEqual(dejaVu(line) * 11);
  });

  it('draws an empty network as just its header and legend', () => {
    const scene = sceneOf([], { legend: akmolaScene().legend });
    const { svg, width, height } = renderNetworkSvg(scene);
    const doc = parse(svg);
    expect(visibleText(doc)).toContain('Білім беру');
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });
});
