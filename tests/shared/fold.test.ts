import { describe, expect, it } from 'vitest';
import { foldForSearch, sortKey } from '../../src/shared/text/fold';
import akmolaDistricts from '../../resources/templates/akmola-districts.json';

const byKey = (words: string[]) =>
  [...words].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));

describe('foldForSearch', () => {
  it('folds the Kazakh letters onto the Russian ones a Russian keyboard types', () => {
    expect(foldForSearch('Қорғалжын')).toBe('коргалжын');
    expect(foldForSearch('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
    expect(foldForSearch('әғқңөұүһі')).toBe('агкноуухи');
    expect(foldForSearch('ПМПК')).toBe('пмпк');
    expect(foldForSearch('Ёлка ёж')).toBe('елка еж');
  });

  it('normalises Unicode and whitespace, so decomposed letters and stray spaces still match', () => {
    expect(foldForSearch('Е\u0308лка')).toBe('елка');
    expect(foldForSearch('И\u0306')).toBe('й');
    expect(foldForSearch('  Ақмола \t\n облысы  ')).toBe('акмола облысы');
    expect(foldForSearch('Iле')).toBe('иле');
  });

  it('leaves digits, Latin and punctuation alone (apart from case)', () => {
    expect(foldForSearch("№2 'X'; DROP %_")).toBe("№2 'x'; drop %_");
  });
});

describe('sortKey', () => {
  it('orders the whole Kazakh alphabet, letter after letter', () => {
    const alphabet =
      'А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я'.split(' ');
    expect(alphabet).toHaveLength(42);
    for (let i = 1; i < alphabet.length; i++) {
      const [prev, next] = [alphabet[i - 1] as string, alphabet[i] as string];
      expect(sortKey(prev) < sortKey(next), `${prev} < ${next}`).toBe(true);
    }
  });

  it('ignores case and puts numbers in numeric order', () => {
    expect(sortKey('Әлем')).toBe(sortKey('әЛЕМ'));
    expect(byKey(['ПМПК №10', 'ПМПК №2', 'ПМПК №1'])).toEqual(['ПМПК №1', 'ПМПК №2', 'ПМПК №10']);
    expect(byKey(['Мектеп 100', 'Мектеп 9', 'Мектеп 20'])).toEqual(['Мектеп 9', 'Мектеп 20', 'Мектеп 100']);
    expect(byKey(['Бала', 'Zeta', '7 мектеп'])).toEqual(['7 мектеп', 'Zeta', 'Бала']);
  });

  it('agrees with the Kazakh collation of ICU on real names', () => {
    const words = [
      ...akmolaDistricts.districts.map((d) => d.name.kk),
      'Арман',
      'әлем',
      'Бала',
      'Гүл',
      'Ғалым',
      'Ель',
      'Ёлка',
      'Көкше',
      'Қарағанды',
      'Нан',
      'Ңа',
      'Орал',
      'Өркен',
      'ПМПК №10',
      'ПМПК №2',
      'Уақыт',
      'Ұлан',
      'Үміт',
      'Һарон',
      'Ыбырай',
      'Іле',
      'Эра',
      'Яссы',
    ];
    const icu = new Intl.Collator('kk', { numeric: true, sensitivity: 'base' });
    expect(byKey(words)).toEqual([...words].sort(icu.compare));
  });
});
