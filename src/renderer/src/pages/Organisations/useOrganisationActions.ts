import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../store';

interface Named {
  id: string;
  nameKk: string;
}

/** Archive (after a confirmation) and restore, with the outcome announced either way. */
export const useOrganisationActions = () => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);

  const archive = useCallback(
    (o: Named) =>
      new Promise<boolean>((resolve) => {
        modal.confirm({
          title: t('registry.archiveConfirmTitle', { name: o.nameKk }),
          content: t('registry.archiveConfirmBody'),
          okText: t('common.archive'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onCancel: () => resolve(false),
          onOk: async () => {
            try {
              await api.organisations.archive({ id: o.id });
              void message.success(t('registry.archivedDone', { name: o.nameKk }));
              dataChanged();
              resolve(true);
            } catch (e) {
              void message.error(describeFailure(e));
              resolve(false);
            }
          },
        });
      }),
    [modal, message, t, dataChanged],
  );

  const restore = useCallback(
    async (o: Named) => {
      try {
        await api.organisations.restore({ id: o.id });
        void message.success(t('registry.restoredDone', { name: o.nameKk }));
        dataChanged();
        return true;
      } catch (e) {
        void message.error(describeFailure(e));
        return false;
      }
    },
    [message, t, dataChanged],
  );

  return { archive, restore };
};
