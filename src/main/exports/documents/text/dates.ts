/** Calendar days (YYYY-MM-DD) as the two document languages write them in contracts. */

const parts = (iso: string): { year: number; month: number; day: number } => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/**
 * Kazakh month names with the case endings a contract needs. Spelled out rather than
 * derived: the endings follow vowel harmony and the last consonant (қыркүйек → қыркүйекке,
 * қыркүйектен; маусым → маусымнан; шілде → шілдені), and a table is easy to proofread.
 */
const KK_MONTHS = [
  { nom: 'қаңтар', dat: 'қаңтарға', loc: 'қаңтарда', abl: 'қаңтардан', acc: 'қаңтарды', attr: 'қаңтардағы' },
  { nom: 'ақпан', dat: 'ақпанға', loc: 'ақпанда', abl: 'ақпаннан', acc: 'ақпанды', attr: 'ақпандағы' },
  { nom: 'наурыз', dat: 'наурызға', loc: 'наурызда', abl: 'наурыздан', acc: 'наурызды', attr: 'наурыздағы' },
  { nom: 'сәуір', dat: 'сәуірге', loc: 'сәуірде', abl: 'сәуірден', acc: 'сәуірді', attr: 'сәуірдегі' },
  { nom: 'мамыр', dat: 'мамырға', loc: 'мамырда', abl: 'мамырдан', acc: 'мамырды', attr: 'мамырдағы' },
  { nom: 'маусым', dat: 'маусымға', loc: 'маусымда', abl: 'маусымнан', acc: 'маусымды', attr: 'маусымдағы' },
  { nom: 'шілде', dat: 'шілдеге', loc: 'шілдеде', abl: 'шілдеден', acc: 'шілдені', attr: 'шілдедегі' },
  { nom: 'тамыз', dat: 'тамызға', loc: 'тамызда', abl: 'тамыздан', acc: 'тамызды', attr: 'тамыздағы' },
  {
    nom: 'қыркүйек',
    dat: 'қыркүйекке',
    loc: 'қыркүйекте',
    abl: 'қыркүйектен',
    acc: 'қыркүйекті',
    attr: 'қыркүйектегі',
  },
  { nom: 'қазан', dat: 'қазанға', loc: 'қазанда', abl: 'қазаннан', acc: 'қазанды', attr: 'қазандағы' },
  { nom: 'қараша', dat: 'қарашаға', loc: 'қарашада', abl: 'қарашадан', acc: 'қарашаны', attr: 'қарашадағы' },
  {
    nom: 'желтоқсан',
    dat: 'желтоқсанға',
    loc: 'желтоқсанда',
    abl: 'желтоқсаннан',
    acc: 'желтоқсанды',
    attr: 'желтоқсандағы',
  },
] as const;

export type KazakhCase = keyof (typeof KK_MONTHS)[number];

/**
 * "2026 жылғы 22 қараша" and its case forms: the ending goes on the month, the year
 * stays attributive (жылғы). `attr` gives "2026 жылғы 22 қарашадағы" (dated),
 * `dat` "…қарашаға" (до), `abl` "…қарашадан" (с), `acc` "…қарашаны" (…қоса алғанда).
 */
export const kazakhDate = (iso: string, form: KazakhCase = 'nom'): string => {
  const { year, month, day } = parts(iso);
  return `${year} жылғы ${day} ${KK_MONTHS[month - 1]![form]}`;
};

const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** «22» ноября 2026 г. — the day in guillemets, as Russian contracts write it. */
export const russianDate = (iso: string): string => {
  const { year, month, day } = parts(iso);
  return `«${String(day).padStart(2, '0')}» ${RU_MONTHS_GENITIVE[month - 1]} ${year} г.`;
};
