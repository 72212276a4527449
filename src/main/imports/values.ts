import { en, kk, ru } from '../../shared/i18n/ui';
import { taxonomy } from '../../shared/reference';
import { clusterRoles, councilRoles, memberships, organisationLevels } from '../../shared/domain/enums';
import type { Language } from '../../shared/i18n/errors';
import { foldHeading } from './headers';
import { foldForSearch } from '../../shared/text/fold';

/**
 * Label-valued cells: a spreadsheet says "ПМПК", "Аудандық (қалалық)" or "Партнёр"; the
 * registry stores codes. Each value is recognised by its code or by the label the app
 * itself shows in kk, ru or en (the same texts as the registry's forms), compared folded.
 */
const ui = { kk, ru, en } as const;
const languages = ['kk', 'ru', 'en'] as const;

type Vocabulary = 'level' | 'membership' | 'clusterRole' | 'councilRole';
const codes: Record<Vocabulary, readonly string[]> = {
  level: organisationLevels,
  membership: memberships,
  clusterRole: clusterRoles,
  councilRole: councilRoles,
};

/** What people write besides the app's own labels. */
const extraSynonyms: Record<Vocabulary, Record<string, readonly string[]>> = {
  level: {
    republican: ['Республикалық', 'Республиканский', 'Republican', 'Национальный'],
    regional: ['Облыстық', 'Областной', 'Regional', 'Облыс', 'Область'],
    district: ['Аудандық', 'Қалалық', 'Районный', 'Городской', 'District', 'City', 'Аудан', 'Район'],
    organisation: [
      'Ұйым',
      'Мекеме',
      'Организация',
      'Учреждение',
      'Organisation',
      'Organization',
      'Institution',
    ],
  },
  membership: {
    member: ['Мүше', 'Член', 'Член совета', 'Member'],
    partner: ['Серіктес', 'Партнер', 'Partner'],
  },
  clusterRole: {
    core: ['Өзек', 'Ядро', 'Core'],
    coordinator: ['Үйлестіруші', 'Координатор', 'Coordinator'],
    participant: ['Қатысушы', 'Участник', 'Participant'],
  },
  councilRole: {
    chair: ['Председатель совета', 'Кеңес төрағасы'],
    deputy_chair: ['Заместитель', 'Орынбасар', 'Deputy'],
    secretary: ['Секретарь совета', 'Кеңес хатшысы'],
    member: ['Член', 'Кеңес мүшесі', 'Член совета', 'Council member'],
    invited: ['Приглашенный', 'Гость', 'Guest', 'Invited'],
  },
};

/**
 * Folding is most of the cost of checking 10,000 rows, and label cells and districts
 * repeat a handful of values: each distinct text is folded once. The caches are capped,
 * so a long-running app never holds more than a few thousand strings.
 */
const CACHE_LIMIT = 5_000;
const labels = new Map<string, string>();
const names = new Map<string, string>();
const remembered = (cache: Map<string, string>, text: string, fold: () => string): string => {
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    folded = fold();
    cache.set(text, folded);
  }
  return folded;
};
const foldLabel = (text: string): string => remembered(labels, text, () => foldHeading(text));

/** The app's label for a code, e.g. label('level', 'district', 'kk') = 'Аудандық (қалалық)'. */
export const vocabularyLabel = (vocabulary: Vocabulary, code: string, lang: Language): string =>
  (ui[lang][vocabulary] as Record<string, string>)[code] ?? code;

export const vocabularyCodes = (vocabulary: Vocabulary): readonly string[] => codes[vocabulary];

const vocabularyLookup = new Map<Vocabulary, Map<string, string>>(
  (Object.keys(codes) as Vocabulary[]).map((vocabulary) => {
    const map = new Map<string, string>();
    const add = (text: string, code: string): void => {
      const key = foldHeading(text);
      if (key && !map.has(key)) map.set(key, code);
    };
    for (const code of codes[vocabulary]) {
      add(code, code);
      for (const lang of languages) add(vocabularyLabel(vocabulary, code, lang), code);
    }
    for (const code of codes[vocabulary])
      for (const text of extraSynonyms[vocabulary][code] ?? []) add(text, code);
    return [vocabulary, map];
  }),
);

/** The code a cell names, or null when it names none. */
export const resolveVocabulary = (vocabulary: Vocabulary, text: string): string | null =>
  vocabularyLookup.get(vocabulary)!.get(foldLabel(text)) ?? null;

/**
 * How the template lists a type, and the registry shows it: "ПМПК — психологиялық-…" when
 * the guide gives an abbreviation, else the name with a capital letter.
 */
export const typeLabel = (code: string, lang: Language): string => {
  const type = taxonomy.types.find((t) => t.code === code);
  if (!type) return code;
  const name = type.name[lang];
  return type.abbreviation
    ? `${type.abbreviation} — ${name}`
    : name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

const typeLookup = ((): Map<string, string> => {
  const map = new Map<string, string>();
  const add = (text: string, code: string): void => {
    const key = foldHeading(text);
    if (key && !map.has(key)) map.set(key, code);
  };
  for (const type of taxonomy.types) {
    add(type.code, type.code);
    for (const lang of languages) {
      add(type.name[lang], type.code);
      add(typeLabel(type.code, lang), type.code);
    }
  }
  // Abbreviations last: a name that happens to equal another type's abbreviation wins.
  for (const type of taxonomy.types) if (type.abbreviation) add(type.abbreviation, type.code);
  return map;
})();

/** An organisation type by its code, abbreviation, or kk/ru/en name (or "ABBR — name"). */
export const resolveType = (text: string): string | null => typeLookup.get(foldLabel(text)) ?? null;

/**
 * Names of organisations and groups compared as the duplicate rule says: folded (case,
 * Kazakh/Russian spelling variants), quotes «» "" ' ignored, spaces collapsed.
 */
export const foldName = (text: string): string =>
  remembered(names, text, () => foldForSearch(text.replace(/[«»"“”„‟'‘’`]/g, ' ')));
