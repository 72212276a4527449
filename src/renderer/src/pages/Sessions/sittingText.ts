import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { CouncilSession } from '../../../../shared/model';

/** `startsAt` is the local "YYYY-MM-DDTHH:MM", or the day alone while the hour is not fixed. */
export const dayOf = (startsAt: string | null): string | null => (startsAt ? startsAt.slice(0, 10) : null);
export const timeOf = (startsAt: string | null): string | null =>
  startsAt && startsAt.length > 10 ? startsAt.slice(11, 16) : null;

/** "№ 3 — 12.03.2027": how a sitting is named everywhere, as on its minutes. */
export const useSittingTitle = () => {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (s: Pick<CouncilSession, 'number' | 'startsAt'>): string =>
      s.startsAt
        ? t('sessions.sittingTitle', { number: s.number, date: format.date(dayOf(s.startsAt)) })
        : t('sessions.sittingTitleUndated', { number: s.number }),
    [t, format],
  );
};

/** "Kokshetau, hall 2 · Online: Zoom", or the notice that no place is set. */
export const usePlaceText = () => {
  const { t } = useTranslation();
  return useCallback(
    (s: Pick<CouncilSession, 'place' | 'onlinePlatform'>): string => {
      const parts = [
        s.place,
        s.onlinePlatform ? t('sessions.online', { platform: s.onlinePlatform }) : '',
      ].filter(Boolean);
      return parts.length > 0 ? parts.join(' · ') : t('sessions.noPlace');
    },
    [t],
  );
};
