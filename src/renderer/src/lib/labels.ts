import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linkClassification, organisationType, taxonomy, type SectorCode } from '../../../shared/reference';
import type { LocalisedText } from '../../../shared/reference/schema';
import type { OrganisationGroup } from '../../../shared/model';
import { isLanguage } from '../i18n';
import type { Language } from '../../../shared/i18n';

const sectorNames = new Map(taxonomy.sectors.map((s) => [s.code, s.name]));
const linkKindNames = new Map(linkClassification.kinds.map((k) => [k.code, k.name]));

export const useCurrentLanguage = (): Language => {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'kk';
};

/** Names from the reference data and the workspace, in a given language (a document's, say). */
export const labelsFor = (lang: Language) => {
  const text = (value: LocalisedText | undefined): string => (value ? value[lang] : '');
  const typeName = (code: string): string => text(organisationType(code)?.name) || code;
  const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);
  return {
    lang,
    text,
    typeName,
    typeAbbreviation: (code: string): string => organisationType(code)?.abbreviation ?? '',
    /** "ПМПК — психологиялық-медициналық-педагогикалық консультация", or just the name. */
    typeLabel: (code: string): string => {
      const abbreviation = organisationType(code)?.abbreviation;
      return abbreviation ? `${abbreviation} — ${typeName(code)}` : capitalised(typeName(code));
    },
    sectorName: (code: string): string => text(sectorNames.get(code as SectorCode)) || code,
    /** A link kind from the guide's classification, capitalised as a label. */
    linkKindName: (code: string): string => capitalised(text(linkKindNames.get(code)) || code),
    /** Groups have Kazakh and Russian names; English shows the Kazakh one. */
    groupName: (g: Pick<OrganisationGroup, 'nameKk' | 'nameRu'>): string =>
      lang === 'ru' && g.nameRu ? g.nameRu : g.nameKk,
    /** Organisations likewise: the Russian name in Russian when there is one. */
    organisationName: (o: { nameKk: string; nameRu: string }): string =>
      lang === 'ru' && o.nameRu ? o.nameRu : o.nameKk,
  };
};

/** Names from the reference data and the workspace, in the current language. */
export const useLabels = () => {
  const lang = useCurrentLanguage();
  return useMemo(() => labelsFor(lang), [lang]);
};

export type Labels = ReturnType<typeof labelsFor>;
