import { describe, expect, it } from 'vitest';
import { uploadBytes } from '../helpers/uploads';
import { commitInput, cp1251, emptyCouncil, utf8, xlsx, zipOf } from '../main/imports/helpers';
import { translateMessage } from '../../src/shared/i18n/translate';
import { MAX_IMPORT_ROWS } from '../../src/shared/api/imports';

/**
 * Twenty files a council secretary might pick by mistake or receive broken. Each is
 * refused, in preview and in commit, with its own translated reason — and nothing in the
 * workspace changes: no organisation, no person, no history, no backup.
 */

const HEADINGS = ['Атауы (қазақша)', 'Түрі', 'Деңгейі', 'Ауданы (қаласы)'];
const ROW = ['Зеренді аудандық ПМПК', 'ПМПК', 'Аудандық', 'Зеренді ауданы'];

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const oleFile = (streams: string[]): Buffer =>
  Buffer.concat([
    OLE,
    Buffer.alloc(504),
    ...streams.map((s) => Buffer.from(s, 'utf16le')),
    Buffer.alloc(1024),
  ]);

/** Deterministic noise: a picture or an executable renamed .csv. */
const garbage = (size: number): Buffer => {
  const out = Buffer.alloc(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
};

interface Case {
  name: string;
  fileName: string;
  bytes: () => Promise<Buffer> | Buffer;
  messageKey: string;
  params?: Record<string, string | number>;
}

const cases: Case[] = [
  {
    name: 'an empty file (0 bytes)',
    fileName: 'бос.xlsx',
    bytes: () => Buffer.alloc(0),
    messageKey: 'conflict.importEmpty',
  },
  {
    name: 'an XLSX with no rows',
    fileName: 'no-rows.xlsx',
    bytes: () => xlsx([]),
    messageKey: 'conflict.importEmptySheet',
    params: { sheet: 'Парақ1' },
  },
  {
    name: 'headings only',
    fileName: 'header.xlsx',
    bytes: () => xlsx([HEADINGS]),
    messageKey: 'conflict.importNoRows',
  },
  {
    name: 'columns that are not the registry’s',
    fileName: 'budget.xlsx',
    bytes: () =>
      xlsx([
        ['Статья', 'Сумма, тг', 'Квартал'],
        ['Канцтовары', 12000, 'I'],
      ]),
    messageKey: 'conflict.importNoHeader',
    params: { expected: 'Атауы (қазақша), Түрі, Деңгейі' },
  },
  {
    name: 'a formula in the data',
    fileName: 'formula.xlsx',
    bytes: () =>
      xlsx([HEADINGS, ROW, ['Бурабай ПМПК', 'ПМПК', 'Аудандық', '']], (s) => {
        s.getCell('D3').value = { formula: 'D2', result: 'Зеренді ауданы' };
      }),
    messageKey: 'conflict.importFormula',
    params: { cell: 'D3' },
  },
  {
    name: 'merged cells in the data',
    fileName: 'merged.xlsx',
    bytes: () =>
      xlsx([HEADINGS, ROW, ['Зеренді ППТК', 'ППТК', 'Аудандық', '']], (s) => s.mergeCells('D2:D3')),
    messageKey: 'conflict.importMerged',
    params: { range: 'D2:D3' },
  },
  {
    name: 'a 10 MB file',
    fileName: 'big.csv',
    bytes: () =>
      utf8(`${HEADINGS.join(';')}\n${`${ROW.join(';')}\n`.repeat(Math.ceil((10 * 1024 * 1024) / 80))}`),
    messageKey: 'conflict.importTooLarge',
    params: { maxMb: 8 },
  },
  {
    name: 'a truncated XLSX',
    fileName: 'truncated.xlsx',
    bytes: async () => {
      const whole = await xlsx([HEADINGS, ROW]);
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    messageKey: 'conflict.importBrokenZip',
  },
  {
    name: 'a zip archive that is not a workbook',
    fileName: 'documents.xlsx',
    bytes: () => zipOf({ 'readme.txt': 'Кеңес отырысының хаттамасы', 'word/document.xml': '<w:document/>' }),
    messageKey: 'conflict.importNotXlsx',
  },
  {
    name: 'a PDF renamed .xlsx',
    fileName: 'хаттама.xlsx',
    bytes: () =>
      Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), garbage(2000)]),
    messageKey: 'conflict.importNotSpreadsheet',
  },
  {
    name: 'a PNG picture',
    fileName: 'scheme.png',
    bytes: () =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), garbage(4000)]),
    messageKey: 'conflict.importNotSpreadsheet',
  },
  {
    name: 'a legacy .xls',
    fileName: 'реестр.xls',
    bytes: () => oleFile(['Root Entry', 'Workbook', 'SummaryInformation']),
    messageKey: 'conflict.importLegacyXls',
  },
  {
    name: 'a password-protected XLSX',
    fileName: 'құпия.xlsx',
    bytes: () => oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
    messageKey: 'conflict.importEncrypted',
  },
  {
    name: 'a CSV of binary garbage',
    fileName: 'data.csv',
    bytes: () => garbage(50_000),
    messageKey: 'conflict.importBinary',
  },
  {
    name: 'a CSV with only a BOM',
    fileName: 'bom.csv',
    bytes: () => Buffer.from([0xef, 0xbb, 0xbf]),
    messageKey: 'conflict.importEmpty',
  },
  {
    name: 'a CSV with inconsistent quoting',
    fileName: 'quotes.csv',
    bytes: () =>
      cp1251(
        `Наименование;Тип;Уровень\nПМПК Зерендинского района;ПМПК;Районный\n"Школа "Ак ниет;ПМПК;Организация\nДетсад;ПМПК;Организация\n`,
      ),
    messageKey: 'conflict.importCsvQuoting',
  },
  {
    name: 'a sheet with 201 columns',
    fileName: 'wide.xlsx',
    bytes: () => {
      const extra = Array.from({ length: 201 - HEADINGS.length }, (_, i) => `Баған ${i + 1}`);
      return xlsx([
        [...HEADINGS, ...extra],
        [...ROW, ...extra.map(() => 'x')],
      ]);
    },
    messageKey: 'conflict.importTooManyColumns',
    params: { max: 200 },
  },
  {
    name: 'more rows than allowed',
    fileName: 'many.csv',
    bytes: () =>
      utf8(
        `${HEADINGS.join(';')}\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `ПМПК №${i};ПМПК;Аудандық;`).join('\n')}`,
      ),
    messageKey: 'conflict.importTooManyRows',
    params: { max: MAX_IMPORT_ROWS },
  },
  {
    name: 'headings on row 15',
    fileName: 'low-header.xlsx',
    bytes: () => xlsx([...Array.from({ length: 14 }, (_, i) => [`Ескерту ${i + 1}`]), HEADINGS, ROW]),
    messageKey: 'conflict.importNoHeader',
    params: { expected: 'Атауы (қазақша), Түрі, Деңгейі' },
  },
  {
    name: 'data only on a hidden sheet, the visible one empty',
    fileName: 'hidden.xlsx',
    bytes: () =>
      xlsx(
        [HEADINGS, ROW],
        (sheet, workbook) => {
          sheet.state = 'hidden';
          workbook.addWorksheet('Бос парақ');
        },
        'Тізім',
      ),
    messageKey: 'conflict.importHiddenSheet',
    params: { sheet: 'Тізім' },
  },
];

describe('malformed spreadsheets are refused whole, with their own reason, changing nothing', () => {
  it('covers twenty files', () => {
    expect(cases).toHaveLength(20);
  });

  it.each(cases)('$name', async ({ fileName, bytes, messageKey, params }) => {
    const t = emptyCouncil();
    t.api.organisations.create({ nameKk: 'Бар ұйым', typeCode: 'SPED.PMPK', level: 'district' });
    const before = {
      organisations: t.count('organisations'),
      people: t.count('people'),
      history: t.count('change_history'),
      backups: t.api.workspace.backups({}).length,
    };
    const uploadId = uploadBytes(t, await bytes(), fileName);

    const refused = await t.failAsync('imports:preview', { uploadId, kind: 'organisations' });
    expect(refused.code).toBe('conflict');
    expect(refused.messageKey).toBe(messageKey);
    if (params) expect(refused.params).toEqual(params);
    const reason = translateMessage('kk', messageKey, refused.params);
    expect(reason).not.toBe(messageKey);
    expect(reason.length).toBeGreaterThan(10);
    expect(refused.message).toContain(reason);

    const mapping = [0, 1, 2].map((column) => ({ column, field: ['nameKk', 'type', 'level'][column]! }));
    const commit = await t.failAsync('imports:commit', commitInput(uploadId, mapping, { skipInvalid: true }));
    expect(commit.messageKey).toBe(messageKey);

    expect(t.internalErrors).toEqual([]);
    expect({
      organisations: t.count('organisations'),
      people: t.count('people'),
      history: t.count('change_history'),
      backups: t.api.workspace.backups({}).length,
    }).toEqual(before);
  });
});
