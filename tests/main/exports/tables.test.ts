import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../src/shared/api/exports';
import type { agreementCalls } from '../../../src/shared/api/agreements';
import type { InputOf } from '../../../src/shared/api/contract';
import { moduleCatalogue, organisationType } from '../../../src/shared/reference';
import { sheetName } from '../../../src/main/exports/tables/sheet';
import { tableFileName } from '../../../src/main/exports/tables';
import { fixedClock, openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { KAZAKH_LETTERS, organisationInput } from '../../helpers/fixtures';

/** 22 November 2026, morning in Astana: every status and "overdue" below is relative to this day. */
const TODAY = '2026-11-22';
const at = () => fixedClock(`${TODAY}T06:00:00.000Z`);

type AgreementCreate = InputOf<typeof agreementCalls.create>;

/** A type's Russian name as a cell shows it: with a capital letter. */
const typeRu = (code: string): string => {
  const name = organisationType(code)!.name.ru;
  return name.charAt(0).toUpperCase() + name.slice(1);
};

const moduleId = (n: number): string => moduleCatalogue.find((m) => m.number === n)!.id;

// ---------------------------------------------------------------- reading the files back

const bytes = (file: ExportedFile): Buffer => Buffer.from(file.base64, 'base64');

const readXlsx = async (file: ExportedFile): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes(file) as unknown as ExcelJS.Buffer);
  return workbook;
};

/** Row 1 the title, row 2 the headings, then the data: as a person sees the sheet. */
const sheetOf = (workbook: ExcelJS.Workbook, index = 0) => {
  const ws = workbook.worksheets[index]!;
  const values = (row: ExcelJS.Row): unknown[] =>
    Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value);
  const rows: ExcelJS.Row[] = [];
  for (let r = 3; r <= ws.rowCount; r++) rows.push(ws.getRow(r));
  return {
    ws,
    title: ws.getCell(1, 1).value,
    headings: values(ws.getRow(2)),
    rows,
    data: rows.map(values),
  };
};

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** A plain RFC 4180 reader (quotes, doubled quotes, separators and line breaks inside quotes). */
const parseCsv = (text: string, separator = ';'): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
};

const readCsv = (file: ExportedFile) => {
  const raw = bytes(file);
  // UTF-8 byte-order mark: what makes Excel read the Cyrillic as UTF-8.
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = raw.subarray(3).toString('utf8');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/); // every line break outside quotes is CRLF
  const [headings, ...data] = parseCsv(text);
  return { text, headings: headings!, data };
};

const exportTable = (t: TestWorkspace, input: Record<string, unknown>) =>
  t.callAsync<ExportedFile>('exports:table', input);

// ---------------------------------------------------------------- a small council with agreements

const KK_AGREEMENT_HEADINGS = [
  'Нөмірі',
  'Атауы',
  'Түрі',
  'Тараптар',
  'Қол қойылған күні',
  'Күшіне енген күні',
  'Қолданылу мерзімі',
  'Автоматты түрде ұзартылады',
  'Ескерту мерзімі, күн',
  'Мәртебесі',
  'Аяқталуына дейін, күн',
  'Әріптестік кезеңі',
  'Модульдер',
  'Міндеттемелер',
  'Оның ішінде мерзімі өткен',
];
const RU_AGREEMENT_HEADINGS = [
  'Номер',
  'Наименование',
  'Вид',
  'Стороны',
  'Дата подписания',
  'Действует с',
  'Действует по',
  'Автоматическое продление',
  'Срок уведомления, дней',
  'Статус',
  'Дней до окончания',
  'Этап партнёрства',
  'Модули',
  'Обязательства',
  'Из них просрочено',
];

const TITLE_WITH_LETTERS = `Инклюзивті білім беру туралы ынтымақтастық — ${KAZAKH_LETTERS}`;
const FORMULA_TITLE = '=HYPERLINK("http://example.invalid","ашу")';

const council = (t: TestWorkspace) => {
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  const org = (nameKk: string, nameRu: string, typeCode: string) =>
    t.api.organisations.create(organisationInput({ nameKk, nameRu, typeCode })).id;
  const pmpk = org('Қорғалжын ауданының №1 ПМПК', 'ПМПК №1 Коргалжынского района', 'SPED.PMPK');
  const school = org(
    'Көкшетау қаласының №3 мектеп-гимназиясы',
    'Школа-гимназия №3 города Кокшетау',
    'EDU.SCHOOL',
  );
  // Quotes and the CSV separator inside a name: the CSV must quote them, and read back whole.
  const ngo = org('«Үміт; Һ» қоғамдық бірлестігі', 'ОО "Умит; плюс"', 'PUBLIC_ORG');

  const base = (o: Partial<AgreementCreate>): AgreementCreate => ({
    title: 'Келісім',
    kind: 'cooperation',
    parties: [{ organisationId: pmpk }, { organisationId: school }],
    ...o,
  });
  const expiring = t.api.agreements.create(
    base({
      number: '№ 12/2026',
      title: TITLE_WITH_LETTERS,
      parties: [{ organisationId: pmpk }, { organisationId: school }, { organisationId: ngo }],
      signedOn: '2026-01-10',
      validFrom: '2026-01-10',
      validTo: '2026-12-31',
      noticeDays: 60,
      stage: 'implementing',
      moduleIds: [moduleId(9), moduleId(1)],
      obligations: [
        {
          organisationId: pmpk,
          description: 'Балаларды кешенді тексеру',
          dueOn: '2026-10-01',
          status: 'open',
        },
        {
          organisationId: school,
          description: 'Инклюзивті сыныптар ашу',
          dueOn: '2027-03-01',
          status: 'open',
        },
        { organisationId: ngo, description: 'Ата-аналарға кеңес беру', dueOn: '2026-09-01', status: 'done' },
      ],
    }),
  );
  const indefinite = t.api.agreements.create(
    base({
      number: 'М-1',
      title: FORMULA_TITLE,
      kind: 'memorandum',
      signedOn: '2026-02-01',
      validFrom: '2026-02-01',
      indefinite: true,
      parties: [{ organisationId: school }, { organisationId: ngo }],
    }),
  );
  const draft = t.api.agreements.create(
    base({ number: '+7', title: '@SUM(A1:A9)', kind: 'contract', moduleIds: [moduleId(3)] }),
  );
  return { pmpk, school, ngo, expiring, indefinite, draft };
};

describe('exports:table — the agreements registry', () => {
  it('writes the registry as a Kazakh XLSX: title, bold frozen headings with a filter, real dates, every row', async () => {
    const t = openTestWorkspace({ clock: at() });
    const { expiring, indefinite } = council(t);
    const file = await exportTable(t, { table: 'agreements', format: 'xlsx', language: 'kk' });
    expect(file.fileName).toBe(`Келісімдер-${TODAY}.xlsx`);

    const workbook = await readXlsx(file);
    const { ws, title, headings, rows, data } = sheetOf(workbook);
    expect(ws.name).toBe('Келісімдер');
    expect(title).toBe('Келісімдер тізілімі');
    expect(headings).toEqual(KK_AGREEMENT_HEADINGS);
    expect(ws.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:O5'); // headings and the three rows
    // Wide enough to read, narrow enough that a long title wraps instead of running off the page.
    const widths = ws.columns.map((c) => c.width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...widths)).toBeLessThanOrEqual(50);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '2:2' });
    expect(data).toHaveLength(t.api.agreements.list({}).length);
    expect(data).toHaveLength(3);

    const row = data.find((r) => r[0] === expiring.number)!;
    expect(row).toEqual([
      '№ 12/2026',
      TITLE_WITH_LETTERS,
      'Ынтымақтастық туралы келісім',
      'Қорғалжын ауданының №1 ПМПК; Көкшетау қаласының №3 мектеп-гимназиясы; «Үміт; Һ» қоғамдық бірлестігі',
      utcDay('2026-01-10'),
      utcDay('2026-01-10'),
      utcDay('2026-12-31'),
      'жоқ',
      60,
      'Мерзімі аяқталуда',
      39,
      '6. Іске асыру және мониторинг',
      '1, 9',
      3,
      1,
    ]);
    // The row of an agreement with an overdue obligation stands out; the others do not.
    const fill = (r: number) => {
      const f = rows[r]!.getCell(1).fill;
      return f?.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect(fill(data.indexOf(row))).toBeDefined();
    expect(data.map((_, r) => fill(r)).filter(Boolean)).toHaveLength(1);
    const dateCell = rows[data.indexOf(row)]!.getCell(5);
    expect(dateCell.numFmt).toBe('dd.mm.yyyy');
    expect(String(row[1])).toContain('Ә Ғ Қ Ң Ө Ұ Ү Һ І');

    const open = data.find((r) => r[0] === indefinite.number)!;
    expect(open[6]).toBe('мерзімсіз');
    expect(open[9]).toBe('Қолданыста');
    expect(open[10]).toBeNull();
    // A title that looks like a formula is stored as text: nothing is evaluated on opening.
    const cell = rows[data.indexOf(open)]!.getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(FORMULA_TITLE);
  });

  it('keeps the filters of the screen and writes Russian headings, parties and statuses', async () => {
    const t = openTestWorkspace({ clock: at() });
    const { pmpk, expiring, draft } = council(t);

    const byKind = await exportTable(t, {
      table: 'agreements',
      format: 'xlsx',
      language: 'ru',
      agreementFilters: { kind: 'cooperation' },
    });
    expect(byKind.fileName).toBe(`Соглашения-${TODAY}.xlsx`);
    const sheet = sheetOf(await readXlsx(byKind));
    expect(sheet.ws.name).toBe('Соглашения');
    expect(sheet.title).toBe('Реестр соглашений');
    expect(sheet.headings).toEqual(RU_AGREEMENT_HEADINGS);
    expect(sheet.data.map((r) => r[0])).toEqual([expiring.number]);
    expect(sheet.data[0]!.slice(2, 4)).toEqual([
      'Соглашение о сотрудничестве',
      'ПМПК №1 Коргалжынского района; Школа-гимназия №3 города Кокшетау; ОО "Умит; плюс"',
    ]);
    expect(sheet.data[0]![9]).toBe('Истекает');

    const filters = { status: 'draft', organisationId: pmpk } as const;
    const drafts = readCsv(
      await exportTable(t, { table: 'agreements', format: 'csv', language: 'ru', agreementFilters: filters }),
    );
    expect(drafts.headings).toEqual(RU_AGREEMENT_HEADINGS);
    expect(drafts.data).toHaveLength(t.api.agreements.list(filters).length);
    expect(drafts.data.map((r) => r[0])).toEqual(["'" + draft.number]);
    expect(drafts.data[0]![9]).toBe('Проект');

    const none = readCsv(
      await exportTable(t, {
        table: 'agreements',
        format: 'csv',
        language: 'kk',
        agreementFilters: { moduleId: moduleId(12) },
      }),
    );
    expect(none.headings).toEqual(KK_AGREEMENT_HEADINGS);
    expect(none.data).toEqual([]);
  });

  it('writes a CSV Excel opens as written: ; separated, quoted, dd.mm.yyyy, Kazakh letters intact, no formulas', async () => {
    const t = openTestWorkspace({ clock: at() });
    const { pmpk, school, expiring, indefinite } = council(t);
    t.api.agreements.create({
      number: 'Б-2025',
      title: 'Бірлескен жоспар 2025',
      kind: 'joint_plan',
      signedOn: '2025-01-01',
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      parties: [{ organisationId: pmpk }, { organisationId: school }],
    });
    const file = await exportTable(t, { table: 'agreements', format: 'csv', language: 'kk' });
    expect(file.fileName).toBe(`Келісімдер-${TODAY}.csv`);
    const { text, headings, data } = readCsv(file);
    expect(headings).toEqual(KK_AGREEMENT_HEADINGS);
    expect(data).toHaveLength(t.api.agreements.list({}).length);
    expect(text).toContain(KAZAKH_LETTERS);
    // The name with a separator and quotes inside is quoted in the file and whole once read.
    expect(text).toContain(
      '"Қорғалжын ауданының №1 ПМПК; Көкшетау қаласының №3 мектеп-гимназиясы; «Үміт; Һ» қоғамдық бірлестігі"',
    );

    const row = data.find((r) => r[0] === expiring.number)!;
    expect(row).toEqual([
      '№ 12/2026',
      TITLE_WITH_LETTERS,
      'Ынтымақтастық туралы келісім',
      'Қорғалжын ауданының №1 ПМПК; Көкшетау қаласының №3 мектеп-гимназиясы; «Үміт; Һ» қоғамдық бірлестігі',
      '10.01.2026',
      '10.01.2026',
      '31.12.2026',
      'жоқ',
      '60',
      'Мерзімі аяқталуда',
      '39',
      '6. Іске асыру және мониторинг',
      '1, 9',
      '3',
      '1',
    ]);
    // Cells that would start a formula get a leading apostrophe: = + - @.
    expect(data.find((r) => r[0] === indefinite.number)![1]).toBe(`'${FORMULA_TITLE}`);
    const draft = data.find((r) => r[0] === "'+7")!;
    expect(draft[1]).toBe("'@SUM(A1:A9)");
    // A negative count of days is a number, not text that could be a formula: it stays as it is.
    const expired = data.find((r) => r[0] === 'Б-2025')!;
    expect(expired.slice(9, 11)).toEqual(['Мерзімі өткен', '-326']);
    expect(data.flatMap((r) => r.filter((_, i) => i !== 10)).filter((cell) => /^[=+\-@]/.test(cell))).toEqual(
      [],
    );
  });
});

describe('exports:table — obligations', () => {
  it('lists every obligation with its agreement and party; overdue ones flagged and highlighted', async () => {
    const t = openTestWorkspace({ clock: at() });
    council(t);
    const expected = t.api.agreements.obligations({});
    expect(expected).toHaveLength(3);

    const file = await exportTable(t, { table: 'obligations', format: 'xlsx', language: 'kk' });
    expect(file.fileName).toBe(`Міндеттемелер-${TODAY}.xlsx`);
    const { ws, headings, rows, data } = sheetOf(await readXlsx(file));
    expect(ws.name).toBe('Міндеттемелер');
    expect(headings).toEqual([
      'Келісім нөмірі',
      'Келісім атауы',
      'Жауапты тарап',
      'Міндеттеме',
      'Орындау мерзімі',
      'Мәртебесі',
      'Мерзімі өткен',
    ]);
    expect(data).toHaveLength(expected.length);
    const overdue = data.findIndex((r) => r[3] === 'Балаларды кешенді тексеру');
    expect(data[overdue]).toEqual([
      '№ 12/2026',
      TITLE_WITH_LETTERS,
      'Қорғалжын ауданының №1 ПМПК',
      'Балаларды кешенді тексеру',
      utcDay('2026-10-01'),
      'Орындалмаған',
      'иә',
    ]);
    const fillOf = (r: number) => {
      const fill = rows[r]!.getCell(4).fill;
      return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
    };
    expect(fillOf(overdue)).toBeDefined();
    const onTime = data.findIndex((r) => r[3] === 'Инклюзивті сыныптар ашу');
    expect(data[onTime]![6]).toBe('жоқ');
    expect(fillOf(onTime)).toBeUndefined();
    const done = data.findIndex((r) => r[3] === 'Ата-аналарға кеңес беру');
    expect(data[done]!.slice(5)).toEqual(['Орындалды', 'жоқ']);
    expect(data.filter((r) => r[6] === 'иә')).toHaveLength(expected.filter((o) => o.overdue).length);

    const csv = readCsv(await exportTable(t, { table: 'obligations', format: 'csv', language: 'ru' }));
    expect(csv.headings).toEqual([
      'Номер соглашения',
      'Наименование соглашения',
      'Ответственная сторона',
      'Обязательство',
      'Срок исполнения',
      'Статус',
      'Просрочено',
    ]);
    expect(csv.data).toHaveLength(expected.length);
    expect(csv.data.find((r) => r[3] === 'Балаларды кешенді тексеру')).toEqual([
      '№ 12/2026',
      TITLE_WITH_LETTERS,
      'ПМПК №1 Коргалжынского района',
      'Балаларды кешенді тексеру',
      '01.10.2026',
      'Не выполнено',
      'да',
    ]);
    expect(csv.data.find((r) => r[3] === 'Ата-аналарға кеңес беру')![2]).toBe('ОО "Умит; плюс"');
  });
});

describe('exports:table — the module matrix', () => {
  const akmola = (t: TestWorkspace) => {
    t.api.workspace.initialise({ template: 'akmola' });
    const members = t.api.organisations.list({ pageSize: 500 }).items;
    const ob = members.find((o) => o.typeCode === 'GOV.REGION_EDU')!;
    const pmpk = members.find((o) => o.typeCode === 'SPED.PMPK')!;
    t.api.modules.assign({
      moduleId: moduleId(9),
      organisationId: ob.id,
      role: 'lead',
      tasks: `Ведомствоаралық өзара іс-қимылды үйлестіру — ${KAZAKH_LETTERS}`,
    });
    t.api.modules.assign({
      moduleId: moduleId(6),
      organisationId: pmpk.id,
      role: 'participant',
      tasks: '=1+1',
    });
    return { members, ob, pmpk };
  };

  it('puts every active organisation against the 12 modules, with the role in the cell and the tasks on a second sheet', async () => {
    const t = openTestWorkspace({ clock: at() });
    const { members, ob, pmpk } = akmola(t);
    const file = await exportTable(t, { table: 'moduleMatrix', format: 'xlsx', language: 'kk' });
    expect(file.fileName).toBe(`Модульдер-матрицасы-${TODAY}.xlsx`);
    const workbook = await readXlsx(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Модульдер матрицасы', 'Міндеттері']);

    const matrix = sheetOf(workbook, 0);
    expect(matrix.headings).toEqual([
      'Ұйым',
      'Түрі',
      'Саласы',
      'Ауданы (қаласы)',
      ...Array.from({ length: 12 }, (_, i) => `${i + 1}-модуль`),
    ]);
    expect(matrix.ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    // The hub has no module, so it is left out: the matrix is of the partners.
    expect(matrix.data).toHaveLength(members.length);
    const hub = t.api.organisations
      .list({ includeHub: true, pageSize: 500 })
      .items.find((o) => o.isCouncilHub)!;
    expect(matrix.data.map((r) => r[0])).not.toContain(hub.nameKk);

    const obRow = matrix.data.findIndex((r) => r[0] === ob.nameKk);
    expect(matrix.data[obRow]!.slice(4)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i === 8 ? 'жетекші' : null)),
    );
    expect(matrix.rows[obRow]!.getCell(4 + 9).font?.bold).toBe(true);
    const pmpkRow = matrix.data.find((r) => r[0] === pmpk.nameKk)!;
    expect(pmpkRow.slice(1, 4)).toEqual([
      'Психологиялық-медициналық-педагогикалық консультация',
      'Арнайы білім беру',
      pmpk.district,
    ]);
    expect(pmpkRow[4 + 5]).toBe('қатысушы');
    // Everyone else is in no module.
    const placed = matrix.data.filter((r) => r.slice(4).some((c) => c !== null));
    expect(placed).toHaveLength(2);

    const tasks = sheetOf(workbook, 1);
    expect(tasks.headings).toEqual(['Модуль №', 'Модуль', 'Ұйым', 'Рөлі', 'Міндеттері']);
    expect(tasks.data).toEqual([
      [6, 'Диагностикалық-болжамдық модуль', pmpk.nameKk, 'қатысушы', '=1+1'],
      [
        9,
        'Ұйымдастырушылық-басқарушылық модуль',
        ob.nameKk,
        'жетекші',
        `Ведомствоаралық өзара іс-қимылды үйлестіру — ${KAZAKH_LETTERS}`,
      ],
    ]);
  });

  it('writes Russian roles, names and districts; the CSV carries the tasks as columns, formulas neutralised', async () => {
    const t = openTestWorkspace({ clock: at() });
    const { members, ob, pmpk } = akmola(t);

    const workbook = await readXlsx(
      await exportTable(t, { table: 'moduleMatrix', format: 'xlsx', language: 'ru' }),
    );
    const matrix = sheetOf(workbook, 0);
    expect(matrix.ws.name).toBe('Матрица модулей');
    expect(matrix.headings.slice(0, 5)).toEqual(['Организация', 'Тип', 'Сфера', 'Район (город)', 'Модуль 1']);
    const obRow = matrix.data.find((r) => r[0] === ob.nameRu)!;
    expect(obRow[4 + 8]).toBe('ведущий');
    const pmpkRow = matrix.data.find((r) => r[0] === pmpk.nameRu)!;
    expect(pmpkRow[4 + 5]).toBe('участник');
    // Districts are stored in Kazakh; the Russian sheet names the template's districts in Russian.
    const akkol = members.find((o) => o.district === 'Ақкөл ауданы')!;
    expect(matrix.data.find((r) => r[0] === akkol.nameRu)!.slice(1, 4)).toEqual([
      typeRu(akkol.typeCode),
      expect.any(String),
      'Аккольский район',
    ]);

    const file = await exportTable(t, { table: 'moduleMatrix', format: 'csv', language: 'ru' });
    expect(file.fileName).toBe(`Матрица-модулей-${TODAY}.csv`);
    const csv = readCsv(file);
    expect(csv.headings).toHaveLength(4 + 12 + 12);
    expect(csv.headings[4 + 8]).toBe('Модуль 9. Организационно-управленческий модуль');
    expect(csv.headings[4 + 12 + 8]).toBe('Модуль 9: задачи');
    expect(csv.data).toHaveLength(members.length);
    const obCsv = csv.data.find((r) => r[0] === ob.nameRu)!;
    expect(obCsv[4 + 8]).toBe('ведущий');
    expect(obCsv[4 + 12 + 8]).toBe(`Ведомствоаралық өзара іс-қимылды үйлестіру — ${KAZAKH_LETTERS}`);
    expect(csv.data.find((r) => r[0] === pmpk.nameRu)![4 + 12 + 5]).toBe("'=1+1");
  });

  it('shows the council hub first once it has a module of its own', async () => {
    const t = openTestWorkspace({ clock: at() });
    akmola(t);
    const hub = t.api.organisations
      .list({ includeHub: true, pageSize: 500 })
      .items.find((o) => o.isCouncilHub)!;
    t.api.modules.assign({ moduleId: moduleId(9), organisationId: hub.id, role: 'lead' });
    const matrix = sheetOf(
      await readXlsx(await exportTable(t, { table: 'moduleMatrix', format: 'xlsx', language: 'kk' })),
    );
    expect(matrix.data[0]![0]).toBe(hub.nameKk);
    expect(matrix.data[0]![4 + 8]).toBe('жетекші');
  });
});

describe('names of sheets and files', () => {
  it('keeps sheet names within Excel rules and file names safe on Windows', () => {
    const name = sheetName('Модуль: [1]/2*?\\ қатысушылар мен жетекшілер тізімі');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.startsWith('Модуль 1 2')).toBe(true);
    expect(tableFileName('Келісімдер: "жоба" <1>/2', TODAY, 'xlsx')).toBe(
      `Келісімдер-жоба-1-2-${TODAY}.xlsx`,
    );
  });
});

describe('exports:table — refused input', () => {
  it('names the field that is wrong and writes nothing', async () => {
    const t = openTestWorkspace({ clock: at() });
    t.api.workspace.initialise({ template: 'empty', councilName: 'Кеңес' });
    const error = await t.failAsync('exports:table', { table: 'agreements', format: 'ods', language: 'kk' });
    expect(error.code).toBe('validation');
    const language = await t.failAsync('exports:table', {
      table: 'obligations',
      format: 'csv',
      language: 'en',
    });
    expect(language.code).toBe('validation');
  });
});
