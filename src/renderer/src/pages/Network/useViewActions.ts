import { useCallback, useMemo } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../store';
import type { NetworkView, NetworkViewSummary } from '../../../../shared/model';
import type {
  NetworkDisplay,
  NetworkFilters,
  NetworkViewport,
  NodePositions,
} from '../../../../shared/api/views';
import type { SceneFilters } from './scene';
import type { XY } from './usePositions';
import { usePromptName } from './usePromptName';

/** Empty lists mean "no filter"; they are not stored, so views compare equal when they show the same. */
const compactFilters = (filters: SceneFilters): NetworkFilters => {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) kept[key] = value;
  return kept;
};

const round = (p: XY): XY => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** Every change to the shown view, saved at once: the view is the secretary's document. */
export const useViewActions = (
  view: NetworkView | undefined,
  moveLocally: (moved: Map<string, XY>) => void,
  chooseView: (id: string) => void,
) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const promptName = usePromptName();

  const attempt = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
        dataChanged();
        return true;
      } catch (e) {
        void message.error(describeFailure(e));
        dataChanged(); // read the truth back: an optimistic move must not linger
        return false;
      }
    },
    [message, dataChanged],
  );

  const id = view?.id;
  const stored = view?.positions;

  /** Saves where nodes now stand; `pins` changes whether some are pinned, others keep theirs. */
  const move = useCallback(
    (moved: ReadonlyMap<string, XY>, pins?: ReadonlyMap<string, boolean>) => {
      if (!id || moved.size === 0) return;
      moveLocally(new Map(moved));
      const positions: NodePositions = {};
      for (const [nodeId, p] of moved) {
        const keepPin = pins?.get(nodeId) ?? stored?.[nodeId]?.pinned;
        positions[nodeId] = keepPin ? { ...round(p), pinned: true } : round(p);
      }
      void attempt(() => api.views.movePositions({ id, positions }));
    },
    [id, stored, moveLocally, attempt],
  );

  return useMemo(
    () => ({
      move,
      setDisplay: (display: NetworkDisplay) => {
        if (id) void attempt(() => api.views.update({ id, patch: { display } }));
      },
      setFilters: (filters: SceneFilters) => {
        if (id) void attempt(() => api.views.update({ id, patch: { filters: compactFilters(filters) } }));
      },
      saveAs: (
        filters: SceneFilters,
        display: NetworkDisplay,
        positions: ReadonlyMap<string, XY> | null,
        viewport: NetworkViewport,
      ) =>
        promptName(t('network.saveViewAs'), '', async (name) => {
          const all: NodePositions = {};
          for (const [nodeId, p] of positions ?? []) {
            all[nodeId] = stored?.[nodeId]?.pinned ? { ...round(p), pinned: true } : round(p);
          }
          let createdId: string | null = null;
          const ok = await attempt(async () => {
            const created = await api.views.create({
              name,
              filters: compactFilters(filters),
              layout: view?.layout ?? 'manual',
              display,
              positions: all,
              viewport,
            });
            createdId = created.id;
          });
          if (ok && createdId) {
            chooseView(createdId);
            void message.success(t('network.viewSaved', { name }));
          }
          return ok;
        }),
      rename: () => {
        if (!view) return;
        promptName(t('network.renameView'), view.name, (name) =>
          attempt(() => api.views.update({ id: view.id, patch: { name } })),
        );
      },
      remove: (views: NetworkViewSummary[]) => {
        if (!view) return;
        modal.confirm({
          title: t('network.deleteViewConfirm', { name: view.name }),
          content: t('network.deleteViewBody'),
          okText: t('network.deleteConfirm'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: async () => {
            const other = views.find((v) => v.id !== view.id);
            if ((await attempt(() => api.views.delete({ id: view.id }))) && other) chooseView(other.id);
          },
        });
      },
    }),
    [move, id, attempt, promptName, t, stored, view, chooseView, message, modal],
  );
};
