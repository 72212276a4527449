import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { uploadBytes } from '../../helpers/uploads';
import { cp1251, emptyCouncil, preview, utf8, xlsx, zipOf } from './helpers';
import { organisationImportFields, personImportFields } from '../../../src/shared/api/imports';
import type { ExportedFile } from '../../../src/shared/api/exports';

const fieldsOf = (p: { columns: { field: string | null }[] }): (string | null)[] =>
  p.columns.map((c) => c.field);

describe('recognising the column headings', () => {
  it('reads Kazakh headings, whatever their case, punctuation and asterisks', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([
      [
        'Ұйымның атауы*',
        'АТАУЫ (ОРЫСША)',
        'Ұйым түрі',
        'деңгейі:',
        'Аудан',
        'Эл. пошта',
        'Басшы',
        'Мүше немесе серіктес',
        'Кластердегі рөлі',
        'Бос баған',
      ],
      [
        'Зеренді аудандық ПМПК',
        'ПМПК Зерендинского района',
        'ПМПК',
        'Аудандық (қалалық)',
        'Зеренді ауданы',
        'pmpk@example.kz',
        'Ахметова А.',
        'Серіктес',
        'Қатысушы',
        'x',
      ],
    ]);
    const p = await preview(t, uploadBytes(t, bytes, 'ұйымдар.xlsx'));
    expect(fieldsOf(p)).toEqual([
      'nameKk',
      'nameRu',
      'type',
      'level',
      'district',
      'email',
      'headName',
      'membership',
      'clusterRole',
      null,
    ]);
    expect(p.headerRow).toBe(1);
    expect(p.rows[0]!.problems).toEqual([]);
  });

  it('reads Russian headings, found below a title row', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([
      ['Реестр партнёров совета на 2026 год'],
      [],
      [
        'Наименование на казахском языке',
        'Наименование (рус.)',
        'Тип организации',
        'Уровень',
        'Район (город)',
        'Телефон',
        'Роль в кластере',
      ],
      [
        'Зеренді аудандық ПМПК',
        'ПМПК Зерендинского района',
        'психолого-медико-педагогическая консультация',
        'Районный (городской)',
        'Зерендинский район',
        '+7 (71632) 2-11-00',
        'Ядро кластера',
      ],
    ]);
    const p = await preview(t, uploadBytes(t, bytes, 'партнеры.xlsx'));
    expect(p.headerRow).toBe(3);
    expect(fieldsOf(p)).toEqual(['nameKk', 'nameRu', 'type', 'level', 'district', 'phone', 'clusterRole']);
    expect(p.rows[0]).toMatchObject({ rowNumber: 4, problems: [] });
  });

  it('reads English headings and type codes', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([
      ['Name (Kazakh)', 'Name (Russian)', 'Type', 'Level', 'District', 'E-mail', 'Website', 'Notes'],
      [
        'Көкшетау қалалық ПМПК',
        '',
        'SPED.PMPK',
        'District (city)',
        'Көкшетау',
        '',
        'https://pmpk.example.kz',
        'Жаңа',
      ],
    ]);
    const p = await preview(t, uploadBytes(t, bytes, 'partners.xlsx'));
    expect(fieldsOf(p)).toEqual([
      'nameKk',
      'nameRu',
      'type',
      'level',
      'district',
      'email',
      'website',
      'notes',
    ]);
    expect(p.rows[0]!.problems).toEqual([]);
  });

  it('reads people headings, and the same heading means the employer there', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([
      ['ФИО', 'Организация', 'Должность', 'Роль в совете', 'Телефон', 'E-mail'],
      ['Сейткали Айгерим', 'Ақмола облысының үйлестіру кеңесі', 'Методист', 'Член совета', '', ''],
    ]);
    const p = await preview(t, uploadBytes(t, bytes, 'люди.xlsx'), 'people');
    expect(fieldsOf(p)).toEqual(['fullName', 'organisation', 'position', 'councilRole', 'phone', 'email']);
  });
});

const CSV_ROWS = [
  ['Наименование (каз.)', 'Наименование (рус.)', 'Тип', 'Уровень', 'Район', 'Адрес'],
  [
    'Қорғалжын аудандық білім бөлімі',
    'Отдел образования Коргалжынского района',
    'А(Қ)ББ',
    'Районный',
    'Қорғалжын ауданы',
    'с. Қорғалжын, ул. Болганбаева, 1',
  ],
  [
    'Шортанды ПМПК',
    'ПМПК Шортандинского района',
    'ПМПК',
    'Аудандық',
    'Шортанды ауданы',
    'п. Шортанды, ул. Абылай хана, 5',
  ],
];
/** Excel on a Russian Windows writes ';' and leaves the commas of an address unquoted. */
const excelCsv = (rows: string[][], delimiter: string): string =>
  rows.map((r) => r.join(delimiter)).join('\r\n') + '\r\n';

describe('reading CSV as Excel saves it', () => {
  it.each([
    ['UTF-8 with a BOM', utf8(excelCsv(CSV_ROWS, ';'), true), 'utf-8', 'с. Қорғалжын, ул. Болганбаева, 1'],
    ['UTF-8 without a BOM', utf8(excelCsv(CSV_ROWS, ';')), 'utf-8', 'с. Қорғалжын, ул. Болганбаева, 1'],
    [
      'Windows-1251',
      cp1251(
        excelCsv(
          CSV_ROWS.map((r) =>
            r.map((c) =>
              c.replace(
                /[ҚқҰұӘәҒғІіӨөҮүҢңҺһ]/g,
                (ch) =>
                  ({
                    Қ: 'К',
                    қ: 'к',
                    Ұ: 'У',
                    ұ: 'у',
                    Ә: 'А',
                    ә: 'а',
                    Ғ: 'Г',
                    ғ: 'г',
                    І: 'I',
                    і: 'i',
                    Ө: 'О',
                    ө: 'о',
                    Ү: 'У',
                    ү: 'у',
                    Ң: 'Н',
                    ң: 'н',
                    Һ: 'Х',
                    һ: 'х',
                  })[ch]!,
              ),
            ),
          ),
          ';',
        ),
      ),
      'windows-1251',
      'с. Коргалжын, ул. Болганбаева, 1',
    ],
  ])('%s with semicolons', async (_name, bytes, encoding, address) => {
    const t = emptyCouncil();
    const p = await preview(t, uploadBytes(t, bytes, 'реестр.csv'));
    expect(p.format).toBe('csv');
    expect(p.encoding).toBe(encoding);
    expect(fieldsOf(p)).toEqual(['nameKk', 'nameRu', 'type', 'level', 'district', 'address']);
    expect(p.rows).toHaveLength(2);
    expect(p.rows[0]!.values.nameRu).toBe('Отдел образования Коргалжынского района');
    expect(p.rows[0]!.values.address).toBe(address);
    expect(p.rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('reads Windows-1251 Russian text exactly', async () => {
    const t = emptyCouncil();
    const text = excelCsv(
      [
        ['Наименование', 'Тип', 'Уровень'],
        ['Отдел образования Шортандинского района «Ёлочка»', 'ПМПК', 'Районный'],
      ],
      ';',
    );
    const p = await preview(t, uploadBytes(t, cp1251(text), 'реестр.csv'));
    expect(p.encoding).toBe('windows-1251');
    expect(p.rows[0]!.values.nameRu).toBe('Отдел образования Шортандинского района «Ёлочка»');
  });

  it('reads commas with quoted cells, and tabs', async () => {
    const t = emptyCouncil();
    const quoted = CSV_ROWS.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
    const p = await preview(t, uploadBytes(t, utf8(quoted), 'comma.csv'));
    expect(p.rows[1]!.values.address).toBe('п. Шортанды, ул. Абылай хана, 5');
    const tabbed = CSV_ROWS.map((r) => r.join('\t')).join('\n');
    const p2 = await preview(t, uploadBytes(t, utf8(tabbed), 'tab.txt'));
    expect(fieldsOf(p2)).toEqual(fieldsOf(p));
    expect(p2.rows[0]!.values.address).toBe('с. Қорғалжын, ул. Болганбаева, 1');
  });
});

describe('Excel’s delimiter hint', () => {
  it('follows a "sep=" first line, counting it as a row', async () => {
    const t = emptyCouncil();
    const text = `sep=,\r\n${CSV_ROWS.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n')}`;
    const p = await preview(t, uploadBytes(t, utf8(text), 'hint.csv'));
    expect(p.headerRow).toBe(2);
    expect(p.rows.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(p.rows[0]!.values.address).toBe('с. Қорғалжын, ул. Болганбаева, 1');
  });
});

describe('the template', () => {
  it.each([
    ['organisations', 'kk', 'Kenes-ұйымдар-үлгісі.xlsx'],
    ['organisations', 'ru', 'Kenes-организации-шаблон.xlsx'],
    ['organisations', 'en', 'Kenes-organisations-template.xlsx'],
    ['people', 'kk', 'Kenes-адамдар-үлгісі.xlsx'],
    ['people', 'ru', 'Kenes-люди-шаблон.xlsx'],
    ['people', 'en', 'Kenes-people-template.xlsx'],
  ] as const)(
    '%s in %s: bold frozen headings, drop-downs, and read back every column',
    async (kind, language, fileName) => {
      const t = emptyCouncil();
      const file = await t.callAsync<ExportedFile>('imports:template', { kind, language });
      expect(file.fileName).toBe(fileName);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      const [sheet, lists] = workbook.worksheets;
      const fields = kind === 'organisations' ? organisationImportFields : personImportFields;
      expect(sheet!.getRow(1).cellCount).toBe(fields.length);
      expect(sheet!.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(lists!.getCell(1, 1).text.length).toBeGreaterThan(20);
      const roleColumn =
        fields.indexOf(kind === 'organisations' ? ('level' as never) : ('councilRole' as never)) + 1;
      const validation = sheet!.getCell(2, roleColumn).dataValidation;
      expect(validation?.type).toBe('list');
      // The drop-down offers the app's own labels: pick the second one into a filled-in row.
      const listed = String(validation.formulae[0]).match(/\$([A-Z]+)\$(\d+):/)!;
      const option = lists!.getCell(`${listed[1]}${Number(listed[2]) + 1}`).text;
      const filled: Record<string, string> =
        kind === 'organisations'
          ? { nameKk: 'Жаңа серіктес', type: 'SPED.PMPK', level: option }
          : { fullName: 'Жаңа адам', councilRole: option };
      sheet!.addRow(fields.map((f) => filled[f] ?? ''));
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const p = await preview(t, uploadBytes(t, bytes, fileName), kind);
      expect(fieldsOf(p)).toEqual([...fields]);
      expect(p.missingFields).toEqual([]);
      expect(p.rows).toHaveLength(1);
      expect(p.rows[0]!.problems).toEqual([]);
    },
  );

  it('lists every allowed type, level and role in the chosen language', async () => {
    const t = emptyCouncil();
    const file = await t.callAsync<ExportedFile>('imports:template', {
      kind: 'organisations',
      language: 'ru',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const lists = workbook.getWorksheet('Списки')!;
    const column = (n: number): string[] => (lists.getColumn(n).values as unknown[]).slice(4).map(String);
    expect(column(1)).toContain('ПМПК — психолого-медико-педагогическая консультация');
    expect(column(2)).toEqual([
      'Республиканский',
      'Областной',
      'Районный (городской)',
      'Организация (учреждение)',
    ]);
    expect(column(3)).toEqual(['Член совета', 'Партнёр']);
  });
});

describe('sheets and cells', () => {
  it('skips an empty first sheet, reads a hidden one only when asked, refuses a sheet that is not there', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([], (_first, workbook) => {
      const data = workbook.addWorksheet('Серіктестер');
      data.addRow(['Атауы (қазақша)', 'Түрі', 'Деңгейі']);
      data.addRow(['Зеренді ПМПК', 'ПМПК', 'Аудандық']);
      const hidden = workbook.addWorksheet('Ескі тізім', { state: 'hidden' });
      hidden.addRow(['Атауы (қазақша)', 'Түрі', 'Деңгейі']);
      hidden.addRow(['Бурабай ПМПК', 'ПМПК', 'Аудандық']);
    });
    const uploadId = uploadBytes(t, bytes, 'book.xlsx');
    const p = await preview(t, uploadId);
    expect(p.sheets).toEqual(['Парақ1', 'Серіктестер', 'Ескі тізім']);
    expect(p.sheet).toBe('Серіктестер');
    expect(p.rows[0]!.values.nameKk).toBe('Зеренді ПМПК');
    const asked = await preview(t, uploadId, 'organisations', { sheet: 'Ескі тізім' });
    expect(asked.rows[0]!.values.nameKk).toBe('Бурабай ПМПК');
    const missing = await t.failAsync('imports:preview', { uploadId, kind: 'organisations', sheet: 'Жоқ' });
    expect(missing).toMatchObject({ messageKey: 'conflict.importNoSuchSheet', params: { sheet: 'Жоқ' } });
  });

  it('reads numbers, links and formatted text as the cell shows them', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx(
      [
        ['Атауы (қазақша)', 'Түрі', 'Деңгейі', 'Телефоны', 'Электрондық поштасы'],
        [null, 'ПМПК', 'Аудандық', 87162251100, null],
      ],
      (sheet) => {
        sheet.getCell('A2').value = {
          richText: [{ text: 'Зеренді ', font: { bold: true } }, { text: 'ПМПК' }],
        };
        sheet.getCell('E2').value = { text: 'pmpk@example.kz', hyperlink: 'mailto:pmpk@example.kz' };
      },
    );
    const p = await preview(t, uploadBytes(t, bytes, 'cells.xlsx'));
    expect(p.rows[0]).toMatchObject({
      values: { nameKk: 'Зеренді ПМПК', phone: '87162251100', email: 'pmpk@example.kz' },
      problems: [],
    });
  });
});

describe('a zip bomb', () => {
  it('is refused as too large before it is unpacked', async () => {
    const t = emptyCouncil();
    const bytes = zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' });
    // The directory says the sheet unpacks to 3 GB, as a bomb's does.
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(3_000_000_000, central + 24);
    const error = await t.failAsync('imports:preview', {
      uploadId: uploadBytes(t, bytes, 'bomb.xlsx'),
      kind: 'organisations',
    });
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'conflict.importTooLarge' });
  });
});
