import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';

const VIEW_KEY = 'kenes.network.view';

/**
 * The network, the saved views and the one being shown. Every write anywhere bumps the
 * store's revision, so all three are read again after an edit, an undo or a redo.
 */
export const useNetworkData = () => {
  const snapshot = useApiQuery('network:load', () => api.network.load({}));
  const views = useApiQuery('views:list', () => api.views.list({}));
  const [chosenId, setChosenId] = useState<string | null>(() => localStorage.getItem(VIEW_KEY));
  // A remembered view may have been deleted since (or belong to another workspace).
  const viewId = views.data?.find((v) => v.id === chosenId)?.id ?? views.data?.[0]?.id ?? null;
  const view = useApiQuery(`views:get:${viewId ?? ''}`, () =>
    viewId ? api.views.get({ id: viewId }) : Promise.resolve(null),
  );

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
