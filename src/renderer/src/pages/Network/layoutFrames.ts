import { moduleCatalogue } from '../../../../shared/reference';
import type { NetworkSnapshot } from '../../../../shared/model';
import type { Labels } from '../../lib/labels';
import { leadModuleOf, type Scene, type SceneNode } from './scene';
import { boxAround, type FrameBox } from './flowElements';
import type { XY } from './usePositions';

/**
 * The titled boxes of a grouped layout (by type, district or module), drawn from where
 * the nodes stand now, so they follow a moved node and need not be stored.
 */
export const layoutFrames = (
  layout: string,
  scene: Scene,
  snapshot: NetworkSnapshot | undefined,
  positions: ReadonlyMap<string, XY>,
  labels: Labels,
  noneLabel: string,
): FrameBox[] => {
  if (layout !== 'byType' && layout !== 'byDistrict' && layout !== 'byModule') return [];
  const orgs = new Map(snapshot?.organisations.map((o) => [o.id, o]));
  const moduleOf = leadModuleOf(snapshot?.assignments ?? []);
  const keyOf = (n: SceneNode): { key: string; label: string } => {
    const first = orgs.get(n.memberIds[0] ?? '');
    if (layout === 'byType') return { key: n.typeCode, label: labels.typeLabel(n.typeCode) };
    if (layout === 'byDistrict') {
      const district = first?.district ?? '';
      return { key: district, label: district || noneLabel };
    }
    const moduleId = first ? moduleOf.get(first.id) : undefined;
    const module = moduleCatalogue.find((m) => m.id === moduleId);
    return module
      ? { key: module.id, label: `${module.number}. ${labels.text(module.name)}` }
      : { key: '', label: noneLabel };
  };
  const groups = new Map<string, { label: string; nodes: SceneNode[] }>();
  for (const n of scene.nodes) {
    if (n.kind === 'hub') continue;
    const { key, label } = keyOf(n);
    const entry = groups.get(key) ?? { label, nodes: [] };
    entry.nodes.push(n);
    groups.set(key, entry);
  }
  return [...groups].flatMap(([key, g]) => {
    const box = boxAround(`layout:${key}`, g.label, null, g.nodes, positions);
    return box ? [box] : [];
  });
};
