import { useCallback, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { useApiQuery } from '../../lib/useApiQuery';
import { useKenesStore, selectDataChanged } from '../../store';

/**
 * Undo and redo of the workspace's change history: whatever screen an edit was made
 * on, and across restarts, because the stack is the history in the file.
 */
export const useUndoRedo = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const state = useApiQuery('history:undoState', () => api.history.undoState({}));
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      if (busy) return;
      setBusy(true);
      try {
        const done = which === 'undo' ? await api.history.undo({}) : await api.history.redo({});
        void message.info(
          t(which === 'undo' ? 'network.undoneDone' : 'network.redoneDone', { what: done.label }),
        );
        dataChanged();
      } catch (e) {
        void message.error(describeFailure(e));
      } finally {
        setBusy(false);
      }
    },
    [busy, message, t, dataChanged],
  );

  const undo = useCallback(() => void run('undo'), [run]);
  const redo = useCallback(() => void run('redo'), [run]);

  return {
    canUndo: !busy && !!state.data?.undo,
    canRedo: !busy && !!state.data?.redo,
    undoLabel: state.data?.undo?.label,
    redoLabel: state.data?.redo?.label,
    undo,
    redo,
  };
};
