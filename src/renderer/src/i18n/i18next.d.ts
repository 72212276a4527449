import type { TranslationResources } from '../../../shared/i18n';

/** Typed keys: `t('registry.add')` is checked against the English resources. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationResources };
  }
}
