import type { ExportScene } from '../../src/shared/network-export';

/** Every Kazakh-specific letter, capital and small: a PDF must keep all of them. */
export const KAZAKH_LETTERS = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і';

const DISTRICTS = [
  'Ақмола облысы',
  'Қорғалжын ауданы',
  'Ерейментау ауданы',
  'Бұланды ауданы',
  'Көкшетау қаласы',
];

/** A small picture like the Akmola model's: the council, two blocks, organisations, parallel links. */
export const akmolaScene = (): ExportScene => ({
  title: `Ақмола облысының үйлестіру кеңесі — ${KAZAKH_LETTERS}`,
  subtitle: '15.10.2025',
  nodes: [
    {
      id: 'hub',
      x: 0,
      y: 0,
      width: 220,
      height: 64,
      label: 'Үйлестіру кеңесі',
      sublabel: 'Ақмола облысы',
      fill: '#0f766e',
      stroke: '#0b524d',
      shape: 'hub',
    },
    {
      id: 'pmpk',
      x: -420,
      y: -260,
      width: 180,
      height: 56,
      label: 'ПМПК – 4',
      sublabel: 'Психологиялық-медициналық-педагогикалық консультациялар',
      fill: '#efe5f5',
      stroke: '#7b3fa0',
      shape: 'group',
      count: 4,
    },
    {
      id: 'korgalzhyn',
      x: 360,
      y: -180,
      width: 190,
      height: 56,
      label: 'Қорғалжын ауданының білім бөлімі',
      sublabel: 'Қорғалжын ауданы',
      fill: '#e3eef8',
      stroke: '#1f6fb2',
      shape: 'organisation',
    },
    {
      id: 'hospital',
      x: 380,
      y: 200,
      width: 190,
      height: 56,
      label: 'Облыстық балалар ауруханасы',
      sublabel: 'Денсаулық сақтау',
      fill: '#fbe9e7',
      stroke: '#c0392b',
      shape: 'organisation',
    },
  ],
  edges: [
    { id: 'e-pmpk', sourceId: 'hub', targetId: 'pmpk', stroke: '#7b3fa0', width: 2.5, label: '4' },
    { id: 'e-k1', sourceId: 'hub', targetId: 'korgalzhyn', stroke: '#1f6fb2', curvature: -0.5, arrow: 'end' },
    {
      id: 'e-k2',
      sourceId: 'hub',
      targetId: 'korgalzhyn',
      stroke: '#c0392b',
      dash: '6 4',
      curvature: 0.5,
      label: 'Ақпарат алмасу',
    },
    { id: 'e-h', sourceId: 'hospital', targetId: 'hub', stroke: '#c0392b', dash: '2 3', arrow: 'both' },
  ],
  frames: [],
  legend: [
    {
      title: 'Салалар',
      items: [
        { label: 'Білім беру', fill: '#e3eef8', stroke: '#1f6fb2', kind: 'node' },
        { label: 'Арнайы білім беру', fill: '#efe5f5', stroke: '#7b3fa0', kind: 'node' },
        { label: 'Денсаулық сақтау', fill: '#fbe9e7', stroke: '#c0392b', kind: 'node' },
      ],
    },
    {
      title: 'Байланыс түрлері',
      items: [
        { label: 'Келісім бойынша', stroke: '#1f6fb2', kind: 'edge' },
        { label: 'Ақпарат алмасу', stroke: '#c0392b', dash: '6 4', kind: 'edge' },
      ],
    },
  ],
});

/**
 * A realistic large network: `count` organisations with long Kazakh names on a grid
 * around the council, each linked to the council and to a neighbour, some twice.
 */
export const largeScene = (count: number): ExportScene => {
  const base = akmolaScene();
  const columns = Math.ceil(Math.sqrt(count));
  const nodes = [base.nodes[0]!];
  const edges: ExportScene['edges'] = [];
  for (let i = 0; i < count; i++) {
    const id = `org-${i}`;
    const district = DISTRICTS[i % DISTRICTS.length]!;
    nodes.push({
      id,
      x: (i % columns) * 240 - 3000,
      y: Math.floor(i / columns) * 110 - 2500,
      width: 190,
      height: 56,
      label: `${district} №${i + 1} жалпы білім беретін мектебі`,
      sublabel: district,
      fill: '#e3eef8',
      stroke: '#1f6fb2',
      shape: 'organisation',
    });
    edges.push({ id: `hub-${i}`, sourceId: 'hub', targetId: id, stroke: '#1f6fb2' });
    if (i > 0) {
      edges.push({ id: `n-${i}`, sourceId: `org-${i - 1}`, targetId: id, stroke: '#c0392b', dash: '6 4' });
      if (i % 10 === 0) {
        edges.push({
          id: `n2-${i}`,
          sourceId: `org-${i - 1}`,
          targetId: id,
          stroke: '#2e8b57',
          curvature: 1,
          label: 'Келісім',
        });
      }
    }
  }
  return { ...base, nodes, edges };
};
