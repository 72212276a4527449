import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../src/shared/api/exports';
import type { AgreementDetail } from '../../../src/shared/model';
import { moduleCatalogue } from '../../../src/shared/reference';
import { threeParty, withPartners, type Partners } from '../../helpers/agreements';
import { KAZAKH_LETTERS } from '../../helpers/fixtures';
import { fixedClock, openTestWorkspace } from '../../helpers/workspace';
import { readDocx, type DocxContent } from '../../helpers/docx-reader';

const agreementDocx = async (p: Partners, id: string, language: 'kk' | 'ru') => {
  const file = await p.callAsync<ExportedFile>('exports:agreementDocx', { id, language });
  return { fileName: file.fileName, doc: readDocx(file.base64) };
};

/** The paragraph that starts with `prefix`, and the ones after it. */
const after = (doc: DocxContent, prefix: string): string[] => {
  const at = doc.paragraphs.findIndex((p) => p.includes(prefix));
  expect(at, `no paragraph with “${prefix}”`).toBeGreaterThanOrEqual(0);
  return doc.paragraphs.slice(at);
};

const WINDOWS_FORBIDDEN = /[/\\:*?"<>|]/;

const create = (p: Partners, overrides: Parameters<typeof threeParty>[1] = {}): AgreementDetail =>
  p.api.agreements.create(threeParty(p, overrides));

/** An obligation whose text carries every Kazakh letter, to see none is lost on the way. */
const withKazakhLetters = (p: Partners) => [
  { organisationId: p.pmpk.id, description: 'Балаларды тексеріп, қорытынды беру', dueOn: '2025-06-01' },
  {
    organisationId: p.pmpk.id,
    description: `Әдістемелік кеңес беру: ${KAZAKH_LETTERS}`,
    dueOn: '2025-09-30',
  },
  { organisationId: p.school.id, description: 'Инклюзивті сыныптар ашу', dueOn: '2025-09-01' },
  { organisationId: p.college.id, description: 'Студенттерді тәжірибеге жіберу' },
];

describe('exports:agreementDocx — a cooperation agreement drafted from the record', () => {
  it('drafts a Kazakh three-party agreement with the parties, their heads, every obligation and the term', async () => {
    const p = withPartners();
    p.api.council.update({ patch: { region: 'Ақмола облысы' } });
    const agreement = create(p, { obligations: withKazakhLetters(p) });
    const { fileName, doc } = await agreementDocx(p, agreement.id, 'kk');

    expect(fileName).toBe('Келісім-№12-2025.docx');
    expect(fileName).not.toMatch(WINDOWS_FORBIDDEN);
    expect(doc.paragraphs.slice(0, 3)).toEqual([
      'ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛІСІМ',
      '№ 12',
      'Ерекше білім берілуіне қажеттілігі бар балаларды қолдау туралы ынтымақтастық келісімі',
    ]);
    // Place and date: the council's region, the signing day in the Kazakh form.
    expect(doc.tables[0]).toEqual([['Ақмола облысы', '2025 жылғы 15 қаңтар']]);

    // The parties with their heads: the chosen signatory, else the organisation's head; the college has neither.
    expect(after(doc, 'Төменде аталған ұйымдар:').slice(1, 5)).toEqual([
      `1) ${p.pmpk.nameKk} (басшысы — Сәрсенова Әйгерім Қайратқызы), Консультация;`,
      `2) ${p.school.nameKk} (басшысы — Оспанов Ерлан Бекұлы), Мектеп;`,
      `3) ${p.college.nameKk} (басшысы — […]), Колледж,`,
      'бұдан әрі бірлесіп «Тараптар», ал жекелей «Тарап» деп аталатындар, төмендегілер туралы осы Келісімді жасасты.',
    ]);

    expect(doc.paragraphs).toContain('1. КЕЛІСІМНІҢ МӘНІ');
    expect(doc.paragraphs).toContain(
      '1.1. Осы Келісімнің мәні: ПМПК, мектеп және колледж арасындағы өзара іс-қимыл.',
    );
    const modules = [1, 3].map((n) => moduleCatalogue.find((m) => m.number === n)!.name.kk);
    expect(doc.paragraphs).toContain(
      `1.2. Тараптардың ынтымақтастығы мына өзара іс-қимыл модульдері шеңберінде жүзеге асырылады: ${modules.join('; ')}.`,
    );

    // §8.3: the matters a cooperation agreement regulates, each a clause of section 2.
    expect(doc.paragraphs).toContain('2. ЫНТЫМАҚТАСТЫҚТЫҢ НЫСАНДАРЫ МЕН ТӘРТІБІ');
    for (const matter of [
      '2.1. Бірлескен іс-шаралар.',
      '2.2. Меншік пен ақша қаражатын пайдалану.',
      '2.3. Кадр ресурстарын, өкілеттіктер мен жауапкершілікті бөлу.',
      '2.4. Бірлескен қызметті басқарудың ұйымдастырушылық схемалары мен рәсімдері.',
      '2.5. Нәтижелердің есептілігі.',
    ])
      expect(
        doc.paragraphs.some((para) => para.startsWith(matter)),
        matter,
      ).toBe(true);

    // Each party's obligations, numbered under that party, with due dates.
    expect(after(doc, '3. ТАРАПТАРДЫҢ МІНДЕТТЕМЕЛЕРІ').slice(1, 10)).toEqual([
      `3.1. ${p.pmpk.nameKk} мыналарды міндетіне алады:`,
      '3.1.1. Балаларды тексеріп, қорытынды беру (орындау мерзімі — 2025 жылғы 1 маусымнан кешіктірмей).',
      `3.1.2. Әдістемелік кеңес беру: ${KAZAKH_LETTERS} (орындау мерзімі — 2025 жылғы 30 қыркүйектен кешіктірмей).`,
      `3.2. ${p.school.nameKk} мыналарды міндетіне алады:`,
      '3.2.1. Инклюзивті сыныптар ашу (орындау мерзімі — 2025 жылғы 1 қыркүйектен кешіктірмей).',
      `3.3. ${p.college.nameKk} мыналарды міндетіне алады:`,
      '3.3.1. Студенттерді тәжірибеге жіберу.',
      '4. КЕЛІСІМНІҢ ҚОЛДАНЫЛУ МЕРЗІМІ',
      '4.1. Осы Келісім 2025 жылғы 15 қаңтардан бастап күшіне енеді және 2026 жылғы 14 қаңтарды қоса алғанға дейін қолданылады.',
    ]);

    // §8.2 item 5: amendment and termination, with the notice period.
    expect(doc.paragraphs).toContain('5. КЕЛІСІМДІ ӨЗГЕРТУ ЖӘНЕ ТОҚТАТУ ТӘРТІБІ');
    expect(doc.text).toContain(
      'Әр Тарап қалған Тараптарды кемінде 30 күнтізбелік күн бұрын жазбаша хабардар ете отырып, осы Келісімге қатысуын мерзімінен бұрын тоқтатуға құқылы.',
    );
    expect(doc.text).toContain('Осы Келісім бірдей заңды күші бар 3 данада, әр Тарапқа бір данадан жасалды.');

    // The signature block: a table, two parties a row, each with head, signature line and seal place.
    const signatures = doc.tables.at(-1)!;
    expect(signatures).toHaveLength(2);
    expect(signatures[0]![0]).toBe(
      `${p.pmpk.nameKk}\nБасшы\nСәрсенова Әйгерім Қайратқызы\n______________________\nМ.О.`,
    );
    expect(signatures[0]![1]).toContain('Оспанов Ерлан Бекұлы\n______________________');
    expect(signatures[1]![0]).toBe(`${p.college.nameKk}\nБасшы\n[…]\n______________________\nМ.О.`);
    expect(signatures[1]![1]).toBe('');

    expect(doc.text).toContain(KAZAKH_LETTERS);
    expect(doc.text).not.toMatch(/undefined|null|NaN|\?\?/);
  });

  it('lays the draft out as an official paper: A4, Times New Roman 14 pt, justified, page numbers in the footer', async () => {
    const p = withPartners();
    const { doc } = await agreementDocx(p, create(p).id, 'kk');
    const body = doc.xml('word/document.xml');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toContain('<w:jc w:val="both"/>');
    const styles = doc.xml('word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(styles).toContain('w:val="kk-KZ"');
    const footers = [...doc.files.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.map((f) => doc.xml(f)).join('')).toMatch(/PAGE/);
    // Every field left to fill is highlighted, so it is seen before the paper is signed.
    expect(body.match(/\[…\]/g)?.length).toBe(body.match(/<w:highlight w:val="yellow"\/>/g)?.length);
  });

  it('drafts the same agreement in Russian, with Russian names, dates and the Kazakh name where no Russian one exists', async () => {
    const p = withPartners();
    p.api.organisations.update({ id: p.college.id, patch: { nameRu: '' } });
    const agreement = create(p, { obligations: withKazakhLetters(p), autoRenew: true, noticeDays: 21 });
    const { fileName, doc } = await agreementDocx(p, agreement.id, 'ru');

    expect(fileName).toBe('Соглашение-№12-2025.docx');
    expect(doc.paragraphs.slice(0, 2)).toEqual(['СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ', '№ 12']);
    expect(doc.tables[0]![0]![1]).toBe('«15» января 2025 г.');
    expect(after(doc, 'Нижеперечисленные организации:').slice(1, 5)).toEqual([
      `1) ${p.pmpk.nameRu} (руководитель — Сәрсенова Әйгерім Қайратқызы), Консультация;`,
      `2) ${p.school.nameRu} (руководитель — Оспанов Ерлан Бекұлы), Мектеп;`,
      `3) ${p.college.nameKk} (руководитель — […]), Колледж,`,
      'далее совместно именуемые «Стороны», а по отдельности — «Сторона», заключили настоящее Соглашение о нижеследующем.',
    ]);
    expect(after(doc, '3. ОБЯЗАТЕЛЬСТВА СТОРОН').slice(1, 4)).toEqual([
      `3.1. ${p.pmpk.nameRu} обязуется:`,
      '3.1.1. Балаларды тексеріп, қорытынды беру (срок исполнения — не позднее «01» июня 2025 г.).',
      `3.1.2. Әдістемелік кеңес беру: ${KAZAKH_LETTERS} (срок исполнения — не позднее «30» сентября 2025 г.).`,
    ]);
    expect(doc.text).toContain(
      '4.1. Настоящее Соглашение вступает в силу с «15» января 2025 г. и действует по «14» января 2026 г. включительно.',
    );
    // Automatic renewal and the notice period, with the numeral's agreement: 21 календарный день.
    expect(doc.text).toContain(
      '4.2. Если ни одна из Сторон письменно не заявит о прекращении настоящего Соглашения не позднее чем за 21 календарный день до окончания срока его действия, настоящее Соглашение считается продлённым на тот же срок на тех же условиях.',
    );
    expect(doc.paragraphs).toContain('5. ПОРЯДОК ИЗМЕНЕНИЯ И РАСТОРЖЕНИЯ СОГЛАШЕНИЯ');
    expect(doc.text).toContain('подписывается в 3 экземплярах');
    const signatures = doc.tables.at(-1)!;
    expect(signatures[0]![0]).toBe(
      `${p.pmpk.nameRu}\nРуководитель\nСәрсенова Әйгерім Қайратқызы\n______________________\nМ.П.`,
    );
    expect(doc.xml('word/styles.xml')).toContain('w:val="ru-RU"');
  });

  it('gives a network-form contract the mandatory sections of §8.2 and an indefinite term', async () => {
    const p = withPartners();
    const agreement = create(p, {
      kind: 'network_contract',
      number: '7/2 «А»',
      validTo: null,
      indefinite: true,
      noticeDays: 60,
    });
    const { fileName, doc } = await agreementDocx(p, agreement.id, 'kk');

    expect(fileName).toBe('Шарт-№7-2-«А»-2025.docx');
    expect(fileName).not.toMatch(WINDOWS_FORBIDDEN);
    expect(doc.paragraphs[0]).toBe('ЖЕЛІЛІК НЫСАНЫ ТУРАЛЫ ШАРТ');
    const headings = doc.paragraphs.filter((para) => /^\d+\. [А-ЯӘҒҚҢӨҰҮҺІЁ]/.test(para));
    expect(headings).toEqual([
      '1. ШАРТТЫҢ МӘНІ',
      '2. ЖЕЛІЛІК НЫСАНДЫ ПАЙДАЛАНА ОТЫРЫП ІСКЕ АСЫРЫЛАТЫН БАҒДАРЛАМА',
      '3. ҚАБЫЛДАУ ТӘРТІБІ ЖӘНЕ ПРОЦЕСТЕРДІ ҰЙЫМДАСТЫРУ ҚАҒИДАЛАРЫ',
      '4. ҚЫЗМЕТТЕРДІ ЖҮЗЕГЕ АСЫРУ ШАРТТАРЫ МЕН ТӘРТІБІ',
      '5. ТАРАПТАРДЫҢ МІНДЕТТЕМЕЛЕРІ',
      '6. БЕРІЛЕТІН ҚҰЖАТТАР',
      '7. ШАРТТЫҢ ҚОЛДАНЫЛУ МЕРЗІМІ',
      '8. ШАРТТЫ ӨЗГЕРТУ ЖӘНЕ ТОҚТАТУ ТӘРТІБІ',
      '9. ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР',
      '10. ТАРАПТАРДЫҢ ҚОЛДАРЫ',
    ]);
    expect(doc.paragraphs).toContain('2.1. Бағдарламаның түрі: […].');
    // Item 3: the resources each organisation puts in, one line a party.
    for (const [i, org] of [p.pmpk, p.school, p.college].entries())
      expect(doc.paragraphs).toContain(
        `4.1.${i + 1}. ${org.nameKk}: пайдаланылатын ресурстардың көлемі — […].`,
      );
    expect(doc.text).toContain(
      '7.1. Осы Шарт 2025 жылғы 15 қаңтардан бастап күшіне енеді және мерзімсіз қолданылады.',
    );
    expect(doc.text).toContain('кемінде 60 күнтізбелік күн бұрын');
    expect(doc.text).not.toContain('ұзарт');
  });

  it('leaves out cancelled obligations and leaves the date and number to fill on an unsigned draft', async () => {
    const clock = fixedClock('2026-11-22T06:00:00.000Z');
    const p = withPartners(clock);
    const agreement = create(p, {
      number: '',
      signedOn: null,
      validFrom: null,
      validTo: null,
      obligations: [
        { organisationId: p.pmpk.id, description: 'Қорытынды беру', status: 'cancelled' },
        { organisationId: p.school.id, description: 'Сынып ашу', status: 'done', dueOn: '2026-12-22' },
      ],
    });
    const { fileName, doc } = await agreementDocx(p, agreement.id, 'kk');

    expect(fileName).toBe('Келісім-2026.docx');
    expect(doc.paragraphs[1]).toBe('№ ____');
    expect(doc.tables[0]![0]![1]).toBe('20__ жылғы «___» ____________');
    expect(doc.text).not.toContain('Қорытынды беру');
    expect(after(doc, `3.1. ${p.pmpk.nameKk}`)[1]).toBe('3.1.1. […].');
    expect(doc.text).toContain(
      '3.2.1. Сынып ашу (орындау мерзімі — 2026 жылғы 22 желтоқсаннан кешіктірмей).',
    );
    expect(doc.text).toContain(
      'Осы Келісім Тараптар қол қойған күннен бастап күшіне енеді және […] дейін қолданылады.',
    );
  });

  it('refuses an unknown agreement and a language it cannot draft in', async () => {
    const p = withPartners();
    const id = create(p).id;
    expect(
      (
        await p.failAsync('exports:agreementDocx', {
          id: '00000000-0000-4000-8000-000000000000',
          language: 'kk',
        })
      ).code,
    ).toBe('not_found');
    expect((await p.failAsync('exports:agreementDocx', { id, language: 'en' })).code).toBe('validation');
    expect(p.internalErrors).toEqual([]);
  });
});

describe('exports:clusterDocumentDocx — skeletons of the cluster documents', () => {
  const akmola = () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'akmola' });
    return t;
  };

  it('drafts the regulation in Kazakh with the council, its region and year, §6 headings, blanks and every member', async () => {
    const t = akmola();
    const council = t.api.council.get({})!;
    // The whole network in one read: the registry's list is paged.
    const { organisations } = t.api.network.load({});
    const core =
      organisations.find((o) => o.shortName === 'ПМПК №1') ?? organisations.find((o) => !o.isCouncilHub)!;
    t.api.organisations.update({ id: core.id, patch: { clusterRole: 'core' } });
    const file = await t.callAsync<ExportedFile>('exports:clusterDocumentDocx', {
      document: 'cluster_regulation',
      language: 'kk',
    });
    const doc = readDocx(file.base64);

    expect(file.fileName).toBe('Ведомствоаралық-кластер-туралы-ереже-2025.docx');
    expect(doc.text).toContain('ВЕДОМСТВОАРАЛЫҚ КЛАСТЕР ТУРАЛЫ ЕРЕЖЕ');
    expect(doc.text).toContain(`Кластердің үйлестіру органы — ${council.nameKk} (бұдан әрі – Кеңес).`);
    expect(doc.text).toContain('Кеңес 2014 жылы Ақмола облысының білім басқармасы жанынан құрылған.');
    expect(doc.text).toContain('Кластердің қызмет аумағы — Ақмола облысы.');
    expect(doc.paragraphs).toContain('5.2. Кеңес төрағасы — Ибраев М.У.');
    expect(doc.text).toContain(`Кластер өзегі — ${core.nameKk}.`);
    const headings = doc.paragraphs.filter((para) => /^\d+\. [А-ЯӘҒҚҢӨҰҮҺІ]/.test(para));
    expect(headings).toEqual([
      '1. ЖАЛПЫ ЕРЕЖЕЛЕР',
      '2. КЛАСТЕРДІҢ МАҚСАТЫ МЕН МІНДЕТТЕРІ',
      '3. КЛАСТЕРГЕ ҚОСУ ҚАҒИДАТТАРЫ',
      '4. КЛАСТЕРДІ ҚҰРУ СЦЕНАРИЙІ',
      '5. ҮЙЛЕСТІРУ ОРГАНЫ',
      '6. КЛАСТЕР ӨЗЕГІ ЖӘНЕ ОНЫҢ ФУНКЦИЯЛАРЫ',
      '7. ҚАТЫСУШЫЛАРДЫҢ ДЕРБЕСТІГІ',
      '8. ҚАТЫСУШЫЛАРДЫ ІРІКТЕУ КРИТЕРИЙЛЕРІ',
      '9. ҚҰЖАТТАР ПАКЕТІ',
      '10. ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР',
    ]);
    expect(doc.text).toContain('2.1. Кластердің мақсаты: […].');
    expect(doc.paragraphs).toContain('– аумақтық жақындық;');

    // The annex lists every active member except the council itself, the core first.
    const members = organisations.filter((o) => o.membership === 'member' && !o.isCouncilHub);
    const annex = doc.tables.at(-1)!;
    expect(annex[0]).toEqual(['№', 'Ұйымның атауы', 'Аудан (қала)', 'Кластердегі рөлі']);
    expect(annex).toHaveLength(members.length + 1);
    expect(annex[1]).toEqual(['1', core.nameKk, core.district, 'кластер өзегі']);
    expect(new Set(annex.slice(1).map((row) => row[1]))).toEqual(new Set(members.map((o) => o.nameKk)));
  });

  it('drafts the concept in Russian with the council’s Russian name and the twelve modules with their leads', async () => {
    const t = akmola();
    const council = t.api.council.get({})!;
    const school = t.api.network.load({}).organisations.find((o) => !o.isCouncilHub)!;
    const module9 = moduleCatalogue.find((m) => m.number === 9)!;
    t.api.modules.assign({ moduleId: module9.id, organisationId: school.id, role: 'lead' });
    const file = await t.callAsync<ExportedFile>('exports:clusterDocumentDocx', {
      document: 'concept_programme',
      language: 'ru',
    });
    const doc = readDocx(file.base64);

    expect(file.fileName).toBe('Концепция-совместной-деятельности-2025.docx');
    expect(doc.text).toContain('КОНЦЕПЦИЯ (ПРОГРАММА) СОВМЕСТНОЙ ДЕЯТЕЛЬНОСТИ МЕЖВЕДОМСТВЕННОГО КЛАСТЕРА');
    expect(doc.text).toContain(`Координирующий орган Кластера — ${council.nameRu} (далее — Совет).`);
    expect(doc.text).toContain('Совет создан в 2014 году');
    const modules = doc.tables.find((table) => table[0]![1] === 'Модуль')!;
    expect(modules).toHaveLength(13);
    expect(modules[9]).toEqual(['9', module9.name.ru, school.nameRu || school.nameKk, '0']);
    expect(modules[1]![2]).toBe('[…]');
    expect(doc.paragraphs).toContain('– территориальная близость;');
  });

  it('refuses to draft before the workspace has a council', async () => {
    const t = openTestWorkspace();
    const error = await t.failAsync('exports:clusterDocumentDocx', {
      document: 'cluster_regulation',
      language: 'kk',
    });
    expect(error.messageKey).toBe('conflict.notInitialised');
  });
});
