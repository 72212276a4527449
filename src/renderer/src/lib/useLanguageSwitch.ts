import { useCallback } from 'react';
import { App } from 'antd';
import { api } from '../api/client';
import { applyLanguage } from '../i18n';
import { useKenesStore } from '../store';
import { describeFailure } from './errors';
import type { Language } from '../../../shared/i18n';
import type { KenesState } from '../store';

const selectSetLanguage = (s: KenesState) => s.setLanguage;

/**
 * Changes the language everywhere at once (texts, antd, dates) and stores it in the
 * workspace settings, so main writes its error messages in the same language.
 */
export const useLanguageSwitch = () => {
  const setLanguage = useKenesStore(selectSetLanguage);
  const { message } = App.useApp();
  return useCallback(
    async (language: Language, { persist = true }: { persist?: boolean } = {}) => {
      await applyLanguage(language);
      setLanguage(language);
      if (!persist) return;
      try {
        await api.settings.update({ patch: { language } });
      } catch (e) {
        void message.error(describeFailure(e));
      }
    },
    [setLanguage, message],
  );
};
