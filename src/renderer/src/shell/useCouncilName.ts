import { api } from '../api/client';
import { useApiQuery } from '../lib/useApiQuery';
import { useCurrentLanguage } from '../lib/labels';
import type { CouncilProfile } from '../../../shared/model';

export const councilNameIn = (profile: CouncilProfile | null | undefined, lang: string): string => {
  if (!profile) return '';
  if (lang === 'ru' && profile.nameRu) return profile.nameRu;
  if (lang === 'en' && profile.nameEn) return profile.nameEn;
  return profile.nameKk;
};

/** The council's name in the current language, falling back to the Kazakh one. */
export const useCouncilName = (): string => {
  const lang = useCurrentLanguage();
  const { data } = useApiQuery('council', () => api.council.get({}));
  return councilNameIn(data, lang);
};
