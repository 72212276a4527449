import { useCallback } from 'react';
import { App } from 'antd';
import { api } from '../api/client';
import { applyLanguage } from '../i18n';
import { useKenesStore } from '../store';
import { describeFailure } from './errors';
import { toApiError } from './useApiQuery';
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
        // A file from a newer Kenes is open read-only: the language still changes on screen,
        // it just is not stored in that file.
        if (toApiError(e).code === 'read_only') return;
        void message.error(describeFailure(e));
      }
    },
    [setLanguage, message],
  );
};
