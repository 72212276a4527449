import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/shared/text/fold';
import { foldName } from '../../../src/main/imports/values';

/** foldForSearch as it was first written, letter by letter: the oracle for the faster one. */
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
  i: 'и',
};
const foldLetterByLetter = (text: string): string => {
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) out += kazakhToRussian[ch] ?? ch;
  return out.replace(/\s+/g, ' ').trim();
};

describe('folding names for the duplicate check', () => {
  it('folds exactly as the letter-by-letter definition', () => {
    const alphabet = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
    const samples = [
      alphabet,
      alphabet.toUpperCase(),
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789',
      '  Қорғалжын   аудандық\tПМПК  №2 ',
      'Ы. Алтынсарин атындағы Ұлттық білім академиясы',
      'Школа-гимназия «Ёлочка» İstanbul',
      'и\u0306ошкар-Ола', // й written as и + combining breve
      'Ӏ ӏ Һ һ Ү ү — – ‘’ “”',
    ];
    for (const text of samples) expect(foldForSearch(text)).toBe(foldLetterByLetter(text));
  });

  it('ignores case, Kazakh/Russian spelling, quotes and repeated spaces', () => {
    expect(foldName('«Қорғалжын»  аудандық ПМПК')).toBe(foldName('"коргалжын" аудандык пмпк'));
    expect(foldName('Зеренді ПМПК')).not.toBe(foldName('Зеренді ППТК'));
  });
});
