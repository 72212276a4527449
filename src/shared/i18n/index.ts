import { errorMessages, languages, defaultLanguage, type Language } from './errors';
import { en, kk, ru, type UiResources } from './ui';
import type { Widen } from './ui/types';

/**
 * Everything the UI says, per language, in one i18next namespace: the UI texts and the
 * error/validation messages the main process also uses. Keeping them in one place means
 * a message re-translated from its `messageKey` reads the same as one written by main.
 */
export type TranslationResources = UiResources & Widen<(typeof errorMessages)['en']>;

const ui: Record<Language, UiResources> = { kk, ru, en };

export const translationResources: Record<Language, TranslationResources> = {
  kk: { ...ui.kk, ...errorMessages.kk },
  ru: { ...ui.ru, ...errorMessages.ru },
  en: { ...ui.en, ...errorMessages.en },
};

export { languages, defaultLanguage, type Language };
