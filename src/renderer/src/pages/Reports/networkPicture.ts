/**
 * The network picture for a report, drawn without opening the Network page: the snapshot
 * and the default view (the first of the saved views, as the Network page opens it) are
 * read through the API, and the Network page's own pure functions build the same scene,
 * frames and legend that its PNG export draws. Only the gluing lives here.
 */
import type { TFunction } from 'i18next';
import { api } from '../../api/client';
import { readAsBase64 } from '../../lib/savedFile';
import { svgToPngBlob } from '../../lib/exportImage';
import { labelsFor } from '../../lib/labels';
import { renderNetworkSvg } from '../../../../shared/network-export';
import type { NetworkSnapshot, NetworkView } from '../../../../shared/model';
import type { DocumentLanguage } from '../../../../shared/api/exports';
import { buildScene, type Scene, type SceneNode } from '../Network/scene';
import { blockFrames } from '../Network/flowElements';
import { layoutFrames } from '../Network/layoutFrames';
import { legendOf } from '../Network/legend';
import { legendTextsOf } from '../Network/legendTexts';
import { exportSceneOf } from '../Network/exportScene';
import { layoutNodesOf, placeNewcomers, type XY } from '../Network/usePositions';
import { runLayout } from '../Network/graph/layoutClient';
import type { LayoutKind } from '../Network/graph/layoutModel';

/** Wide enough to print sharp across a landscape A4 page (about 250 dpi), small enough to send. */
const MAX_WIDTH_PX = 2400;

/**
 * Where each node stands, as the Network page would place it: the view's saved positions;
 * for a view never arranged, the view's layout computed by the layout worker; nodes
 * without a place (opened blocks, new organisations) set beside the others by the same rule.
 */
const positionsOf = async (
  scene: Scene,
  snapshot: NetworkSnapshot,
  view: NetworkView,
): Promise<Map<string, XY>> => {
  const stored = view.positions;
  const result = new Map<string, XY>();
  const missing: SceneNode[] = [];
  for (const n of scene.nodes) {
    const p = stored[n.id];
    if (p) result.set(n.id, { x: p.x, y: p.y });
    else missing.push(n);
  }
  if (result.size === 0 && missing.length > 0) {
    const layout: LayoutKind = view.layout === 'manual' ? 'radial' : view.layout;
    const computed = await runLayout({
      nodes: layoutNodesOf(scene, snapshot, stored),
      edges: scene.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
      layout,
    });
    return new Map(computed.positions);
  }
  const groupOf = new Map<string, string | null>();
  for (const o of snapshot.organisations) groupOf.set(o.id, o.groupId);
  for (const g of snapshot.groups) groupOf.set(`group:${g.id}`, g.parentId);
  for (const [id, p] of placeNewcomers(missing, result, groupOf, stored)) result.set(id, p);
  return result;
};

const dayText = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export interface NetworkPictureInput {
  /** Labels and legend are drawn in the document's language, whatever the interface's. */
  language: DocumentLanguage;
  /** A translator fixed to `language` (i18n.getFixedT). */
  t: TFunction;
  councilName: string;
  /** The workspace clock's day, printed under the title. */
  today: string;
}

/**
 * The whole network of the default view as PNG, base64 without the data-URL prefix; none
 * when the workspace has no saved view yet, and the report then goes without a picture.
 */
export const networkPicturePng = async ({
  language,
  t,
  councilName,
  today,
}: NetworkPictureInput): Promise<string | undefined> => {
  const [snapshot, views] = await Promise.all([api.network.load({}), api.views.list({})]);
  const first = views[0];
  if (!first) return undefined;
  const view = await api.views.get({ id: first.id });
  const labels = labelsFor(language);
  const colourBy = view.display.colourBy;
  const scene = buildScene(
    snapshot,
    {
      filters: view.filters,
      expandedGroupIds: new Set(view.display.expandedGroupIds),
      colourBy,
      search: '',
    },
    language,
  );
  const positions = await positionsOf(scene, snapshot, view);
  const byLayout = layoutFrames(view.layout, scene, snapshot, positions, labels, t('network.noneLabel'));
  const frames = byLayout.length > 0 ? byLayout : blockFrames(scene, positions);
  const legend = legendOf(scene, colourBy, legendTextsOf(t, labels, colourBy));
  const orgs = new Map(snapshot.organisations.map((o) => [o.id, o]));
  const svg = renderNetworkSvg({
    ...exportSceneOf(
      scene,
      positions,
      frames,
      legend,
      [councilName, view.name].filter(Boolean).join(' — '),
      t('network.exportSubtitle', { date: dayText(today) }),
      {
        title: t('network.exportMembersTitle'),
        nameOf: (id) => {
          const o = orgs.get(id);
          return o ? o.shortName || labels.organisationName(o) : '';
        },
      },
    ),
    // The reports print it on a landscape A4 page (DOCX) or sheet (XLSX): as for the PDF
    // export, the picture takes the page's proportions instead of standing in a column.
    pageAspect: Math.SQRT2,
  });
  const blob = await svgToPngBlob(svg.svg, svg.width, svg.height, Math.min(2, MAX_WIDTH_PX / svg.width));
  return readAsBase64(blob);
};
