import { useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../store';
import type { NetworkSnapshot, NetworkView } from '../../../../shared/model';
import type { NodePositions } from '../../../../shared/api/views';
import type { Scene } from './scene';
import { runLayout } from './graph/layoutClient';
import type { LayoutKind } from './graph/layoutModel';
import { layoutNodesOf, type StoredPosition, type XY } from './usePositions';

interface Args {
  scene: Scene | undefined;
  snapshot: NetworkSnapshot | undefined;
  positions: ReadonlyMap<string, XY> | null;
  stored: Record<string, StoredPosition>;
  view: NetworkView | undefined;
  moveLocally: (moved: Map<string, XY>) => void;
  /** Called once the new arrangement is saved, e.g. to fit it in the window. */
  onDone: () => void;
}

/**
 * Runs a layout in the worker (the window stays responsive), glides the nodes to their
 * new places and saves the whole arrangement as one undoable step. Pinned nodes stay.
 */
export const useLayoutAction = ({ scene, snapshot, positions, stored, view, moveLocally, onDone }: Args) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [busy, setBusy] = useState(false);
  // A ref as well as state: a menu rendered before the last layout finished must not see it as running.
  const running = useRef(false);
  const ready = !!scene && !!snapshot && !!view && !!positions;

  const apply = async (kind: LayoutKind) => {
    if (!scene || !snapshot || !view || !positions || running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const result = await runLayout({
        nodes: layoutNodesOf(scene, snapshot, stored),
        edges: scene.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
        layout: kind,
      });
      const moved = new Map<string, XY>();
      const saved: NodePositions = {};
      for (const n of scene.nodes) {
        const pin = stored[n.id];
        const p = pin?.pinned ? pin : result.positions.get(n.id);
        if (!p) continue;
        const at = { x: Math.round(p.x), y: Math.round(p.y) };
        moved.set(n.id, at);
        saved[n.id] = pin?.pinned ? { ...at, pinned: true } : at;
      }
      moveLocally(moved);
      await api.views.movePositions({ id: view.id, positions: saved, layout: kind });
      void message.success(t('network.layoutDone', { name: t(`network.layouts.${kind}`) }));
      onDone();
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      running.current = false;
      setBusy(false);
      dataChanged();
    }
  };

  // Until the network and its view are read (again, after each change), the button waits
  // visibly rather than ignoring a click.
  return { apply, busy: busy || !ready };
};
