import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import { prefetch } from '../../lib/prefetch';

const VIEW_KEY = 'kenes.network.view';

const loadNetwork = () => api.network.load({});
const loadViews = () => api.views.list({});

/** The view the page shows: the one last chosen, if it still exists, else the first. */
const shownViewId = (views: readonly { id: string }[] | undefined, chosenId: string | null): string | null =>
  views?.find((v) => v.id === chosenId)?.id ?? views?.[0]?.id ?? null;

const loadView = (viewId: string | null) => (viewId ? api.views.get({ id: viewId }) : Promise.resolve(null));

/** Starts the reads the network page begins with, for Kenes opening straight onto it. */
export const prefetchNetwork = (revision: number): void => {
  prefetch('network:load', revision, loadNetwork);
  prefetch('views:list', revision, () =>
    loadViews().then((views) => {
      const viewId = shownViewId(views, localStorage.getItem(VIEW_KEY));
      prefetch(`views:get:${viewId ?? ''}`, revision, () => loadView(viewId));
      return views;
    }),
  );
};

/**
 * The network, the saved views and the one being shown. Every write anywhere bumps the
 * store's revision, so all three are read again after an edit, an undo or a redo.
 */
export const useNetworkData = () => {
  const snapshot = useApiQuery('network:load', loadNetwork);
  const views = useApiQuery('views:list', loadViews);
  const [chosenId, setChosenId] = useState<string | null>(() => localStorage.getItem(VIEW_KEY));
  // A remembered view may have been deleted since (or belong to another workspace).
  const viewId = shownViewId(views.data, chosenId);
  const view = useApiQuery(`views:get:${viewId ?? ''}`, () => loadView(viewId));

  useEffect(() => {
    if (viewId) localStorage.setItem(VIEW_KEY, viewId);
  }, [viewId]);

  return {
    snapshot,
    views,
    /** The view being shown; undefined while loading, and while a switch is on its way. */
    view: view.data && view.data.id === viewId ? view.data : undefined,
    viewError: view.error,
    chooseView: setChosenId,
  };
};
