import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { describeFailure } from '../../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../../store';
import type { TrackedStatus } from '../../../../../shared/domain/enums';
import type { DecisionItem } from '../../../../../shared/model';

/**
 * Follow-up on decisions: status, progress notes, withdrawal. Each is one call; the
 * caller's `onChanged` reloads the sitting, and every other list reloads with the store.
 */
export const useDecisionActions = (onChanged: () => void) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (id: string, action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(id);
    try {
      await action();
      void message.success(done);
      onChanged();
      dataChanged();
      return true;
    } catch (e) {
      void message.error(describeFailure(e));
      return false;
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    setStatus: (d: DecisionItem, status: TrackedStatus) =>
      run(
        d.id,
        () => api.decisions.setStatus({ id: d.id, status }),
        t('decisions.decision.statusSaved', { number: d.number }),
      ),
    addNote: (d: DecisionItem, text: string, sessionId: string | null) =>
      run(
        d.id,
        () => api.decisions.addProgressNote({ decisionId: d.id, text, sessionId }),
        t('decisions.notes.added', { number: d.number }),
      ),
    archive: (d: DecisionItem): void => {
      modal.confirm({
        title: t('decisions.decision.archiveConfirmTitle', { number: d.number }),
        content: t('decisions.decision.archiveConfirmBody'),
        okText: t('decisions.decision.archive'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () =>
          run(
            d.id,
            () => api.decisions.archive({ id: d.id }),
            t('decisions.decision.archived', { number: d.number }),
          ),
      });
    },
  };
};

export type DecisionActions = ReturnType<typeof useDecisionActions>;
