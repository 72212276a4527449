/**
 * Text folding for search and sorting in Kazakh and Russian.
 *
 * Search must find "Қорғалжын" when a secretary types "коргалжын" on a Russian
 * keyboard, and "ПМПК" when she types "пмпк". So search folds case, ё→е, and the
 * Kazakh-specific letters onto their nearest Russian ones. The fold is used on both
 * sides of a comparison, never shown.
 */
const kazakhToRussian: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  // Latin look-alikes typed by mistake in Cyrillic words.
  i: 'и',
};

const foldedLetters = new RegExp(`[${Object.keys(kazakhToRussian).join('')}]`, 'g');

// One regular expression rather than a loop building the string a letter at a time: an
// import folds 20,000 names, and the loop took most of a second of it.
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(foldedLetters, (ch) => kazakhToRussian[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The Kazakh Cyrillic alphabet in its own order; Russian letters are a subset of it.
 * SQLite's byte order would put Ә, Қ, Ө … after Я.
 */
const alphabet = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const rank = new Map<string, number>([...alphabet].map((ch, i) => [ch, i]));

/**
 * A string that sorts, byte by byte, in Kazakh alphabetical order, ignoring case.
 * Cyrillic letters map to U+4E00 + rank (all above Latin and digits), so digits come
 * first, then Latin, then Cyrillic in the Kazakh order.
 */
export const sortKey = (text: string): string => {
  let out = '';
  // Numbers sort by value: "ПМПК №2" before "ПМПК №10".
  const padded = text.replace(/\d+/g, (digits) => digits.padStart(12, '0'));
  for (const ch of padded.normalize('NFC').toLowerCase()) {
    const r = rank.get(ch);
    out += r === undefined ? ch : String.fromCharCode(0x4e00 + r);
  }
  return out;
};
