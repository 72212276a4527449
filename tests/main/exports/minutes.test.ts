import { describe, expect, it } from 'vitest';
import type { DocumentLanguage, ExportedFile } from '../../../src/shared/api/exports';
import { readDocx, type DocxContent } from '../../helpers/docx-reader';
import { readPdfPages } from '../../helpers/pdf-reader';
import { KAZAKH_LETTERS } from '../../helpers/fixtures';
import type { Council } from '../../helpers/sessions';
import {
  AMENDMENT,
  COUNCIL_RU,
  OVERRIDE_REASON,
  approvedAndAmended,
  recordedSitting,
  sittingWithoutQuorum,
} from './minutes-scene';

const COUNCIL_KK = 'Ақмола облысында инклюзивті білім беруді дамыту жөніндегі үйлестіру кеңесі';

const docx = async (c: Council, sessionId: string, language: DocumentLanguage) => {
  const file = await c.callAsync<ExportedFile>('minutes:docx', { sessionId, language });
  return { fileName: file.fileName, doc: readDocx(file.base64) };
};

/** The PDF's text as a reader would copy it, page by page, runs joined and spaces collapsed. */
const pdf = async (c: Council, sessionId: string, language: DocumentLanguage) => {
  const file = await c.callAsync<ExportedFile>('minutes:pdf', { sessionId, language });
  const bytes = Buffer.from(file.base64, 'base64');
  const pages = await readPdfPages(bytes);
  return { fileName: file.fileName, bytes, pages, text: pages.join(' ') };
};

/** The paragraphs from the one that starts with `prefix` on. */
const from = (doc: DocxContent, prefix: string): string[] => {
  const at = doc.paragraphs.findIndex((p) => p.startsWith(prefix));
  expect(at, `no paragraph starting “${prefix}”`).toBeGreaterThanOrEqual(0);
  return doc.paragraphs.slice(at);
};

const indexOf = (doc: DocxContent, prefix: string): number =>
  doc.paragraphs.findIndex((p) => p.startsWith(prefix));

describe('minutes:docx — the minutes in the official layout', () => {
  it('writes Kazakh minutes: council, title, day and place, officers, attendance, agenda, each item and the signatures', async () => {
    const { c, session } = recordedSitting();
    const { fileName, doc } = await docx(c, session.id, 'kk');

    expect(fileName).toBe('Хаттама-№1-2026-12-15.docx');
    expect(doc.paragraphs.slice(0, 2)).toEqual([COUNCIL_KK, 'ХАТТАМА № 1']);
    // Day on the left, place on the right, on one line.
    expect(doc.tables[0]).toEqual([['2026 жылғы 15 желтоқсан, сағат 10:00', 'Көкшетау қ., Абай к-сі, 96']]);
    expect(doc.paragraphs).toContain(
      'Төрағалық етті: Ибраев Марат Ұзақбайұлы — басшының орынбасары, Ақмола облысының білім басқармасы.',
    );
    expect(doc.paragraphs).toContain('Хатшы: Нұрланова Сәуле Болатқызы — Ақмола облысының білім басқармасы.');

    const present = from(doc, 'Қатысқандар:');
    expect(present[1]).toBe('Кеңес мүшелері: барлығы 8, қатысқаны 6.');
    expect(present[2]).toBe(
      '1.\tИбраев Марат Ұзақбайұлы — басшының орынбасары, Ақмола облысының білім басқармасы;',
    );
    expect(present[8]).toBe('Кворум бар (кемінде 5 мүше қажет).');
    const absent = from(doc, 'Қатыспағандар:');
    expect(absent[1]).toMatch(/^1\.\t\S+ \S+ \S+ — Ақмола облысының білім басқармасы;$/);
    expect(absent[2]).toMatch(
      /— Ақмола облысының білім басқармасы \(дәлелді себеппен; орнына: Ахметова Жанар Қанатқызы\)\.$/,
    );
    const invited = from(doc, 'Шақырылғандар:');
    expect(invited.slice(1, 3)).toEqual([
      '1.\tСәрсенова Әйгерім Қайратқызы — Көкшетау қаласының №1 психологиялық-медициналық-педагогикалық консультациясы;',
      '2.\tИванова Анна Петровна — Ақмола облысының білім басқармасы.',
    ]);

    const agenda = from(doc, 'КҮН ТӘРТІБІ:');
    expect(agenda[1]).toBe('1.\tБұрын қабылданған шешімдердің орындалуы туралы.');
    expect(agenda[3]).toBe('2.\tАутизмі бар балаларды қолдау жоспары туралы.');
    expect(agenda[4]).toBe(
      'Баяндамашы: Сәрсенова Әйгерім Қайратқызы — Көкшетау қаласының №1 психологиялық-медициналық-педагогикалық консультациясы.',
    );

    const item = from(doc, '2. Аутизмі бар балаларды қолдау жоспары туралы.');
    expect(item.slice(1, 6)).toEqual([
      'ТЫҢДАЛДЫ: Сәрсенова Әйгерім Қайратқызы — Көкшетау қаласының №1 психологиялық-медициналық-педагогикалық консультациясы.',
      'ПМПК 2026 жылы 412 баланы тексерді, оның 57-сінде аутизм спектрінің бұзылысы анықталды.',
      'СӨЙЛЕГЕНДЕР:',
      'Бурдинская О.В. ресурстық орталықтың мамандарын оқыту қажеттігін атап өтті.',
      'ШЕШІМ ҚАБЫЛДАНДЫ:',
    ]);
    expect(item.slice(6, 13)).toEqual([
      '2.1. Аутизмі бар балаларды қолдаудың өңірлік жоспарын әзірлеу.',
      'Жауаптылар: Көкшетау қаласының №1 психологиялық-медициналық-педагогикалық консультациясы; Нұрланова Сәуле Болатқызы.',
      'Серіктестер: Ақмола облысының білім басқармасы.',
      'Орындау мерзімі: 2027 жылғы 1 наурызға дейін.',
      'Іске асыру индикаторы: Жоспар бекітілді.',
      'Дауыс берді: жақтап — 5, қарсы — 1, қалыс — 0.',
      '2.2. Ақпарат назарға алынсын.',
    ]);
    // The signatures: role, a line to sign on, initials and surname.
    expect(doc.tables.at(-1)).toEqual([
      ['Төраға', '____________________', 'М.Ұ. Ибраев'],
      ['Хатшы', '____________________', 'С.Б. Нұрланова'],
    ]);
    expect(doc.text).not.toMatch(/undefined|null|NaN|\[object/);
    // A4, Times New Roman, page numbers in the footer.
    expect(doc.xml('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.xml('word/styles.xml')).toContain('Times New Roman');
    expect([...doc.files.keys()].some((k) => /footer/.test(k) && doc.xml(k).includes('PAGE'))).toBe(true);
  });

  it('writes the same sitting in Russian, whatever the interface language', async () => {
    const { c, session } = recordedSitting();
    const { fileName, doc } = await docx(c, session.id, 'ru');

    expect(fileName).toBe('Протокол-№1-2026-12-15.docx');
    expect(doc.paragraphs.slice(0, 2)).toEqual([COUNCIL_RU, 'ПРОТОКОЛ № 1']);
    expect(doc.tables[0]).toEqual([['«15» декабря 2026 г., 10:00', 'Көкшетау қ., Абай к-сі, 96']]);
    expect(doc.paragraphs[indexOf(doc, 'Председательствовал:')]).toMatch(
      /^Председательствовал: Ибраев Марат/,
    );
    expect(from(doc, 'Присутствовали:')[1]).toBe('Членов Совета: всего 8, присутствуют 6.');
    expect(doc.paragraphs).toContain('Кворум имеется (необходимо не менее 5).');
    expect(from(doc, 'Отсутствовали:')[2]).toMatch(
      /\(по уважительной причине; замещает: Ахметова Жанар Қанатқызы\)\.$/,
    );
    expect(doc.paragraphs).toContain('Приглашенные:');
    expect(from(doc, 'ПОВЕСТКА ДНЯ:')[1]).toBe('1.\tОб исполнении ранее принятых решений.');
    const item = from(doc, '2. Аутизмі бар');
    expect(item[1]).toMatch(/^СЛУШАЛИ: Сәрсенова Әйгерім Қайратқызы/);
    expect(item[3]).toBe('ВЫСТУПИЛИ:');
    expect(item[5]).toBe('РЕШИЛИ:');
    expect(item.slice(6, 12)).toEqual([
      '2.1. Аутизмі бар балаларды қолдаудың өңірлік жоспарын әзірлеу.',
      // The organisation has no Russian name in the record: its Kazakh name stands.
      'Ответственные: Көкшетау қаласының №1 психологиялық-медициналық-педагогикалық консультациясы; Нұрланова Сәуле Болатқызы.',
      'Партнеры: Управление образования Акмолинской области.',
      'Срок исполнения: до «01» марта 2027 г.',
      'Индикатор реализации: Жоспар бекітілді.',
      'Голосовали: за — 5, против — 1, воздержались — 0.',
    ]);
    expect(doc.tables.at(-1)?.map((r) => [r[0], r[2]])).toEqual([
      ['Председатель', 'М.Ұ. Ибраев'],
      ['Секретарь', 'С.Б. Нұрланова'],
    ]);
    expect(doc.xml('word/styles.xml')).toContain('ru-RU');
  });

  it('prints the amendments made after approval after the signatures, with their dates', async () => {
    const scene = recordedSitting();
    const before = await docx(scene.c, scene.session.id, 'kk');
    expect(before.doc.text).not.toContain('ТҮЗЕТУЛЕР');

    const amended = approvedAndAmended(scene);
    expect(amended.locked).toBe(true);
    const { doc } = await docx(scene.c, scene.session.id, 'kk');
    const tail = from(doc, 'ХАТТАМА БЕКІТІЛГЕННЕН КЕЙІН ЕНГІЗІЛГЕН ТҮЗЕТУЛЕР');
    expect(tail.slice(1)).toEqual([
      'Хаттама 2026 жылғы 16 желтоқсанда бекітілді.',
      `1.\t2026 жылғы 22 желтоқсан — ${AMENDMENT}.`,
    ]);
    // After the signatures: the signature table's last name comes before the heading.
    expect(doc.paragraphs.indexOf('С.Б. Нұрланова')).toBeLessThan(
      doc.paragraphs.indexOf('ХАТТАМА БЕКІТІЛГЕННЕН КЕЙІН ЕНГІЗІЛГЕН ТҮЗЕТУЛЕР'),
    );
    const ru = await docx(scene.c, scene.session.id, 'ru');
    expect(from(ru.doc, 'ПОПРАВКИ, ВНЕСЕННЫЕ ПОСЛЕ УТВЕРЖДЕНИЯ ПРОТОКОЛА').slice(1)).toEqual([
      'Протокол утвержден «16» декабря 2026 г.',
      `1.\t«22» декабря 2026 г. — ${AMENDMENT}.`,
    ]);
  });

  it('states the missing quorum and the reason the decisions were recorded all the same', async () => {
    const { c, session } = sittingWithoutQuorum();
    const kk = await docx(c, session.id, 'kk');
    expect(kk.doc.paragraphs).toContain('Кеңес мүшелері: барлығы 8, қатысқаны 3.');
    expect(kk.doc.paragraphs).toContain('Кворум жоқ (кемінде 5 мүше қажет).');
    expect(kk.doc.paragraphs).toContain(
      `Шешімдер кворум болмаған кезде қабылданды. Себебі: ${OVERRIDE_REASON}.`,
    );
    const ru = await docx(c, session.id, 'ru');
    expect(ru.doc.paragraphs).toContain('Кворума нет (необходимо не менее 5).');
    expect(ru.doc.paragraphs).toContain(
      `Решения приняты при отсутствии кворума. Основание: ${OVERRIDE_REASON}.`,
    );
  });

  it('leaves a line for the pen where the record is silent, and invents nothing', async () => {
    const { c } = recordedSitting();
    const bare = c.api.sessions.create({ date: '2026-12-28', chairPersonId: null, secretaryPersonId: null });
    const { doc } = await docx(c, bare.id, 'kk');
    expect(doc.paragraphs[1]).toBe('ХАТТАМА № 2');
    expect(doc.tables[0]).toEqual([['2026 жылғы 28 желтоқсан', '____________________']]);
    expect(doc.paragraphs).toContain('Төрағалық етті: ______________________________');
    expect(doc.paragraphs).toContain('Хатшы: ______________________________');
    // Attendance not taken: no count, no quorum claimed, lines to fill in.
    expect(doc.text).not.toContain('Кворум');
    expect(from(doc, 'Қатысқандар:')[1]).toBe('______________________________');
    expect(doc.text).not.toContain('Шақырылғандар:');
    expect(doc.tables.at(-1)?.map((r) => r[2])).toEqual(['________________', '________________']);
    expect(doc.text).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it('refuses a sitting that does not exist', async () => {
    const { c } = recordedSitting();
    const error = await c.failAsync('minutes:docx', {
      sessionId: '00000000-0000-4000-8000-000000000000',
      language: 'kk',
    });
    expect(error.code).toBe('not_found');
    const bad = await c.failAsync('minutes:pdf', { sessionId: 'x', language: 'de' });
    expect(bad.code).toBe('validation');
  });
});

describe('minutes:pdf — the same minutes as PDF with Kazakh letters', () => {
  it('draws the Kazakh minutes with the headings, names, decisions, vote and signatures', async () => {
    const scene = recordedSitting();
    scene.c.api.agenda.update({
      id: scene.session.agenda[0]!.id,
      patch: { heard: `Әріптер: ${KAZAKH_LETTERS}` },
    });
    approvedAndAmended(scene);
    const { fileName, bytes, pages, text } = await pdf(scene.c, scene.session.id, 'kk');

    expect(fileName).toBe('Хаттама-№1-2026-12-15.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages[0]).toContain(COUNCIL_KK);
    expect(pages[0]).toContain('ХАТТАМА № 1');
    expect(pages[0]).toContain('2026 жылғы 15 желтоқсан, сағат 10:00');
    for (const heading of [
      'Төрағалық етті: Ибраев Марат Ұзақбайұлы',
      'Хатшы: Нұрланова Сәуле Болатқызы',
      'Қатысқандар:',
      'Қатыспағандар:',
      'Шақырылғандар:',
      'КҮН ТӘРТІБІ:',
      'ТЫҢДАЛДЫ:',
      'СӨЙЛЕГЕНДЕР:',
      'ШЕШІМ ҚАБЫЛДАНДЫ:',
      '2.1. Аутизмі бар балаларды қолдаудың өңірлік жоспарын әзірлеу.',
      'Дауыс берді: жақтап — 5, қарсы — 1, қалыс — 0.',
      'Төраға',
      'М.Ұ. Ибраев',
      'С.Б. Нұрланова',
      'ХАТТАМА БЕКІТІЛГЕННЕН КЕЙІН ЕНГІЗІЛГЕН ТҮЗЕТУЛЕР',
      KAZAKH_LETTERS,
    ])
      expect(text).toContain(heading);
    // Every page is numbered at its foot.
    pages.forEach((page, i) => expect(page).toContain(String(i + 1)));
    expect(text.indexOf('М.Ұ. Ибраев')).toBeLessThan(text.indexOf('ТҮЗЕТУЛЕР'));
  });

  it('draws the Russian minutes and the quorum override', async () => {
    const { c, session } = sittingWithoutQuorum();
    const { fileName, text } = await pdf(c, session.id, 'ru');
    expect(fileName).toBe('Протокол-№1-2026-12-10.pdf');
    for (const heading of [
      'ПРОТОКОЛ № 1',
      'Председательствовал:',
      'Присутствовали:',
      'ПОВЕСТКА ДНЯ:',
      'СЛУШАЛИ:',
      'РЕШИЛИ:',
      'Председатель',
      'Секретарь',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Кворума нет (необходимо не менее 5).');
    expect(text).toContain(`Основание: ${OVERRIDE_REASON}`);
  });

  it('still states why a decision was taken without a quorum when members arrived afterwards', async () => {
    const { c, session } = sittingWithoutQuorum();
    c.api.sessions.setAttendance({
      sessionId: session.id,
      members: c.members.map((m) => ({ personId: m.id, status: 'present' as const })),
      guests: [],
    });
    const { doc } = await docx(c, session.id, 'kk');
    expect(doc.text).toContain('Кворум бар');
    expect(doc.paragraphs).toContain(`Кворумсыз қабылданды. Себебі: ${OVERRIDE_REASON}.`);
    expect(doc.text).not.toContain('Шешімдер кворум болмаған кезде қабылданды');
  });
});

describe('signatureName — initials and surname under the signature line', () => {
  it('writes initials before the surname, keeping initials already entered', async () => {
    const { signatureName } = await import('../../../src/main/exports/minutes/blocks');
    expect(signatureName('Ибраев Марат Ұзақбайұлы')).toBe('М.Ұ. Ибраев');
    expect(signatureName('Ибраев М.У.')).toBe('М.У. Ибраев');
    expect(signatureName('Бурдинская Ольга Владимировна')).toBe('О.В. Бурдинская');
    expect(signatureName('Сейтқали')).toBe('Сейтқали');
    expect(signatureName(null)).toBe('________________');
  });
});
