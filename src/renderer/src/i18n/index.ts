import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import 'dayjs/locale/en-gb';
import type { Locale } from 'antd/es/locale';
import kkKZ from 'antd/locale/kk_KZ';
import ruRU from 'antd/locale/ru_RU';
import enGB from 'antd/locale/en_GB';
import { defaultLanguage, languages, translationResources, type Language } from '../../../shared/i18n';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(languages.map((lang) => [lang, { translation: translationResources[lang] }])),
  lng: defaultLanguage,
  fallbackLng: false,
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const antdLocales: Record<Language, Locale> = { kk: kkKZ, ru: ruRU, en: enGB };
const dayjsLocales: Record<Language, string> = { kk: 'kk', ru: 'ru', en: 'en-gb' };
const htmlLang: Record<Language, string> = { kk: 'kk', ru: 'ru', en: 'en-GB' };

/** Switches every text source at once: i18next, dayjs and the document's language. */
export const applyLanguage = async (lang: Language): Promise<void> => {
  dayjs.locale(dayjsLocales[lang]);
  document.documentElement.lang = htmlLang[lang];
  await i18n.changeLanguage(lang);
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

dayjs.locale(dayjsLocales[defaultLanguage]);
