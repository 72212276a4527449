import { useCallback } from 'react';
import { App, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Asks for a name in a small dialog. The dialog stays open when saving fails, so what
 * was typed is not lost; an empty name is not offered to save.
 */
export const usePromptName = () => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return useCallback(
    (title: string, initial: string, save: (name: string) => Promise<boolean>) => {
      let value = initial;
      modal.confirm({
        title,
        icon: null,
        content: (
          <Input
            autoFocus
            defaultValue={initial}
            maxLength={100}
            aria-label={t('network.viewName')}
            onChange={(e) => {
              value = e.target.value;
            }}
          />
        ),
        okText: t('common.save'),
        cancelText: t('common.cancel'),
        onOk: async () => {
          const name = value.trim();
          if (!name) throw new Error('empty');
          const ok = await save(name);
          if (!ok) throw new Error('failed');
        },
      });
    },
    [modal, t],
  );
};
