import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NetworkSnapshot } from '../../../../shared/model';
import { groupChains, leadModuleOf, type Scene, type SceneNode } from './scene';
import { NODE_SIZE } from './nodes/sizes';
import { runLayout } from './graph/layoutClient';
import type { LayoutKind, LayoutNode } from './graph/layoutModel';

export interface XY {
  x: number;
  y: number;
}

export interface StoredPosition extends XY {
  pinned?: boolean;
}

/** What the layout engine needs to know of a node on screen. */
export const layoutNodesOf = (
  scene: Scene,
  snapshot: NetworkSnapshot,
  stored: Record<string, StoredPosition>,
) => {
  const orgs = new Map(snapshot.organisations.map((o) => [o.id, o]));
  const chains = groupChains(snapshot.groups);
  /** The Figure 13 block: the top of the group chain. */
  const blockOf = (groupId: string | null): string | null =>
    groupId ? (chains.get(groupId)?.[0]?.id ?? null) : null;
  const moduleOf = leadModuleOf(snapshot.assignments);
  return scene.nodes.map((n: SceneNode): LayoutNode => {
    const first = orgs.get(n.memberIds[0] ?? '');
    const pin = stored[n.id];
    return {
      id: n.id,
      ...NODE_SIZE[n.kind],
      level: first?.level ?? 'organisation',
      typeCode: n.typeCode,
      district: first?.district ?? '',
      moduleId: first ? (moduleOf.get(first.id) ?? null) : null,
      isHub: n.kind === 'hub',
      block: blockOf(n.kind === 'group' ? n.id : (first?.groupId ?? null)),
      pinned: pin?.pinned ? { x: pin.x, y: pin.y } : undefined,
    };
  });
};

const RING_GAP = 36;

/**
 * Places nodes that have no saved position yet: members of a block that was just
 * opened go in a ring around where the block's box stood; anything else goes in rows
 * under the picture, where it is easy to find and drag into place.
 */
export const placeNewcomers = (
  missing: SceneNode[],
  known: Map<string, XY>,
  groupOf: Map<string, string | null>,
  stored: Record<string, StoredPosition>,
): Map<string, XY> => {
  const placed = new Map<string, XY>();
  const byAnchor = new Map<string, SceneNode[]>();
  const loose: SceneNode[] = [];
  for (const n of missing) {
    let anchor: string | undefined;
    for (let g = groupOf.get(n.memberIds[0] ?? '') ?? null; g; g = groupOf.get(`group:${g}`) ?? null)
      if (stored[g]) {
        anchor = g;
        break;
      }
    if (anchor) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), n]);
    else loose.push(n);
  }
  for (const [anchor, nodes] of byAnchor) {
    const centre = stored[anchor];
    if (!centre) continue;
    const size = NODE_SIZE.organisation;
    const radius = Math.max(140, (nodes.length * (size.width + RING_GAP)) / (2 * Math.PI));
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      placed.set(n.id, {
        x: centre.x + radius * Math.cos(angle),
        y: centre.y + radius * Math.sin(angle) * 0.7,
      });
    });
  }
  if (loose.length > 0) {
    const all = [...known.values(), ...placed.values()];
    const left = all.length ? Math.min(...all.map((p) => p.x)) : 0;
    const bottom = all.length ? Math.max(...all.map((p) => p.y)) + 160 : 0;
    const perRow = 8;
    loose.forEach((n, i) =>
      placed.set(n.id, {
        x: left + (i % perRow) * (NODE_SIZE.group.width + RING_GAP),
        y: bottom + Math.floor(i / perRow) * (NODE_SIZE.group.height + RING_GAP),
      }),
    );
  }
  return placed;
};

/**
 * Where every node on screen stands: what the user moved a moment ago (not yet read
 * back), else the view's saved position, else a computed one. A view with no saved
 * positions at all is laid out with its layout; computed positions are not saved until
 * the user moves something or applies a layout, so merely looking changes nothing.
 */
export const usePositions = (
  scene: Scene | undefined,
  snapshot: NetworkSnapshot | undefined,
  view: { id: string; layout: string; positions: Record<string, StoredPosition> } | undefined,
) => {
  // Moves the user just made, until the view comes back with them saved: they belong to
  // the view object they were made on, so a newer read of the view supersedes them.
  const [moves, setMoves] = useState<{ view: unknown; positions: Map<string, XY> }>({
    view: undefined,
    positions: new Map(),
  });
  const [auto, setAuto] = useState<{ viewId: string; positions: Map<string, XY> } | null>(null);
  const stored = useMemo(() => view?.positions ?? {}, [view]);

  const overrides = useMemo(
    () => (moves.view === view ? moves.positions : new Map<string, XY>()),
    [moves, view],
  );

  const missingIds = useMemo(
    () => (scene ? scene.nodes.filter((n) => !stored[n.id]).map((n) => n.id) : []),
    [scene, stored],
  );
  const noneStored = scene !== undefined && missingIds.length === scene.nodes.length;
  const autoFresh =
    auto !== null && auto.viewId === view?.id && missingIds.every((id) => auto.positions.has(id));

  useEffect(() => {
    if (!scene || !snapshot || !view || !noneStored || autoFresh) return;
    let live = true;
    const layout = (view.layout === 'manual' ? 'radial' : view.layout) as LayoutKind;
    void runLayout({
      nodes: layoutNodesOf(scene, snapshot, stored),
      edges: scene.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
      layout,
    }).then(
      (result) => {
        if (live) setAuto({ viewId: view.id, positions: result.positions });
      },
      (error: unknown) => {
        // A layout that failed must not leave the page loading for ever: the nodes go in
        // rows, where they can be dragged or laid out again.
        console.error('Kenes: the first layout of the view failed', error);
        if (live) setAuto({ viewId: view.id, positions: new Map() });
      },
    );
    return () => {
      live = false;
    };
  }, [scene, snapshot, view, stored, noneStored, autoFresh]);

  const positions = useMemo(() => {
    const result = new Map<string, XY>();
    if (!scene || !snapshot) return result;
    const missing: SceneNode[] = [];
    for (const n of scene.nodes) {
      const p =
        overrides.get(n.id) ??
        stored[n.id] ??
        (auto?.viewId === view?.id ? auto?.positions.get(n.id) : undefined);
      if (p) result.set(n.id, { x: p.x, y: p.y });
      else missing.push(n);
    }
    // The first layout of a view is on its way; later ones keep the old places meanwhile.
    if (noneStored && auto?.viewId !== view?.id) return null;
    const groupOf = new Map<string, string | null>();
    for (const o of snapshot.organisations) groupOf.set(o.id, o.groupId);
    for (const g of snapshot.groups) groupOf.set(`group:${g.id}`, g.parentId);
    for (const [id, p] of placeNewcomers(missing, result, groupOf, stored)) result.set(id, p);
    return result;
  }, [scene, snapshot, overrides, stored, auto, view, noneStored]);

  const moveLocally = useCallback(
    (moved: Map<string, XY>) =>
      setMoves((prev) => ({
        view,
        positions: new Map([...(prev.view === view ? prev.positions : []), ...moved]),
      })),
    [view],
  );

  /** Nothing on screen has a saved place yet: the first save must keep the whole picture. */
  return { positions, stored, moveLocally, unsaved: noneStored };
};
