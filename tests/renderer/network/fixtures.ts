import type { LayoutEdge, LayoutNode, XY } from '../../../src/renderer/src/pages/Network/graph/layouts';

const SIZE = { width: 168, height: 58 };
const HUB_SIZE = { width: 230, height: 84 };

/**
 * The Akmola model as the canvas shows it expanded (DOMAIN.md §3): the council, 124
 * organisations in 7 blocks, and one link from the council to each. Districts and
 * modules are spread over the members so every grouped layout has several frames.
 */
export const figure13 = (): { nodes: LayoutNode[]; edges: LayoutEdge[] } => {
  const blocks: [string, string, number, LayoutNode['level']][] = [
    ['state', 'GOV.REGION_EDU', 1, 'regional'],
    ['state', 'GOV.DISTRICT_EDU', 19, 'district'],
    ['method', 'EDU.METHOD_OFFICE', 1, 'regional'],
    ['method', 'EDU.METHOD_OFFICE', 19, 'district'],
    ['colleges', 'EDU.PED_COLLEGE', 2, 'organisation'],
    ['special', 'SPED.BOARDING', 5, 'organisation'],
    ['special', 'SPED.PMPK', 4, 'organisation'],
    ['special', 'SPED.PPTK', 20, 'organisation'],
    ['inservice', 'EDU.INSERVICE', 1, 'regional'],
    ['pivot', 'EDU.TVET', 6, 'organisation'],
    ['pivot', 'EDU.PRESCHOOL', 20, 'organisation'],
    ['pivot', 'EDU.SCHOOL', 24, 'organisation'],
    ['pivot', 'EDU.HEI', 2, 'organisation'],
  ];
  const nodes: LayoutNode[] = [
    {
      id: 'council',
      ...HUB_SIZE,
      level: 'regional',
      typeCode: 'GOV.COORDINATION_COUNCIL',
      district: '',
      moduleId: null,
      isHub: true,
    },
  ];
  const edges: LayoutEdge[] = [];
  let n = 0;
  for (const [block, typeCode, count, level] of blocks)
    for (let i = 0; i < count; i++, n++) {
      const id = `org-${n}`;
      nodes.push({
        id,
        ...SIZE,
        level,
        typeCode,
        district: level === 'regional' ? '' : `district-${i % 19}`,
        moduleId: n % 5 === 0 ? null : `module-${n % 12}`,
        block,
        isHub: false,
      });
      edges.push({ id: `link-${n}`, source: 'council', target: id });
    }
  return { nodes, edges };
};

/** Five organisations on three levels, a few links between them, one with no link. */
export const smallNetwork = (): { nodes: LayoutNode[]; edges: LayoutEdge[] } => {
  const node = (id: string, level: LayoutNode['level'], typeCode: string, district = ''): LayoutNode => ({
    id,
    ...SIZE,
    level,
    typeCode,
    district,
    moduleId: null,
    isHub: false,
  });
  return {
    nodes: [
      { ...node('council', 'regional', 'GOV.COORDINATION_COUNCIL'), ...HUB_SIZE, isHub: true },
      node('ministry', 'republican', 'GOV.MINISTRY'),
      node('division', 'district', 'GOV.DISTRICT_EDU', 'Көкшетау'),
      node('school', 'organisation', 'EDU.SCHOOL', 'Көкшетау'),
      node('pmpk', 'organisation', 'SPED.PMPK', 'Көкшетау'),
      node('alone', 'organisation', 'NGO', 'Степногорск'),
    ],
    edges: [
      { id: 'l1', source: 'council', target: 'division' },
      { id: 'l2', source: 'ministry', target: 'council' },
      { id: 'l3', source: 'division', target: 'school' },
      { id: 'l4', source: 'school', target: 'pmpk' },
      { id: 'l5', source: 'pmpk', target: 'school' },
    ],
  };
};

export interface Placed extends XY {
  id: string;
  width: number;
  height: number;
}

export const placed = (nodes: readonly LayoutNode[], positions: ReadonlyMap<string, XY>): Placed[] =>
  nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p) throw new Error(`${n.id} was not placed`);
    return { id: n.id, width: n.width, height: n.height, x: p.x, y: p.y };
  });

/** Pairs of nodes whose boxes overlap (touching edges allowed). */
export const overlappingPairs = (boxes: readonly Placed[]): [string, string][] => {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Placed;
      const b = boxes[j] as Placed;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push([a.id, b.id]);
    }
  return pairs;
};

export const centreOf = (b: { x: number; y: number; width: number; height: number }): XY => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

export const boundsOf = (boxes: readonly Placed[]) => {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
};

export const inside = (box: Placed, frame: { x: number; y: number; width: number; height: number }) =>
  box.x >= frame.x &&
  box.y >= frame.y &&
  box.x + box.width <= frame.x + frame.width &&
  box.y + box.height <= frame.y + frame.height;
