import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';

/** Dates and sizes in the current language's conventions (DD.MM.YYYY for Kazakh and Russian). */
export const useFormat = () => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { maximumFractionDigits: 1 });
    return {
      date: (iso: string | null | undefined): string => (iso ? dayjs(iso).format(t('format.date')) : ''),
      dateTime: (iso: string | null | undefined): string =>
        iso ? dayjs(iso).format(t('format.dateTime')) : '',
      number: (n: number): string => number.format(n),
      size: (bytes: number): string =>
        bytes >= 1024 * 1024
          ? t('format.sizeMb', { value: number.format(bytes / 1024 / 1024) })
          : t('format.sizeKb', { value: number.format(Math.max(1, Math.round(bytes / 1024))) }),
    };
  }, [t, lang]);
};
