import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx, readXlsxWithExcelJs } from '../../../src/main/imports/xlsx';
import { readXlsxParts } from '../../../src/main/imports/xlsxParts';
import { xlsx, zipOf } from './helpers';

/**
 * The import reads XLSX parts directly (fast) and falls back to exceljs for anything
 * unusual; both must see the same sheets, cells, formulas and merged ranges.
 */
describe('the quick XLSX reader', () => {
  it('reads what exceljs reads: text, numbers, dates, booleans, rich text, links, formulas, merges, hidden sheets', async () => {
    const bytes = await xlsx(
      [
        ['Атауы (қазақша)', 'Түрі', 'Деңгейі', 'Телефоны', 'Күні', 'Иә/жоқ', 'Сайты'],
        [
          'Зеренді <ПМПК> & «Балапан»',
          'ПМПК',
          'Аудандық',
          87162251100,
          new Date(Date.UTC(2026, 10, 22)) as never,
          true as never,
          null,
        ],
        [null, 'ППТК', 'Аудандық', 3.25, null, false as never, null],
        [],
        ['  бос орындар  ', 'ПМПК', 'Облыстық', null, null, null, null],
      ],
      (sheet, workbook) => {
        sheet.getCell('A3').value = {
          richText: [{ text: 'Бурабай ', font: { bold: true } }, { text: 'ППТК' }],
        };
        sheet.getCell('G2').value = { text: 'pmpk.kz', hyperlink: 'https://pmpk.kz' };
        sheet.getCell('H2').value = { formula: 'D2*2', result: 174324502200 };
        sheet.getCell('B7').value = 'x';
        sheet.mergeCells('B7:C8');
        const hidden = workbook.addWorksheet('Жасырын', { state: 'hidden' });
        hidden.addRow(['a', 'b']);
        hidden.getCell('J40').value = 'алыс';
      },
    );
    const quick = readXlsxParts(bytes);
    const full = await readXlsxWithExcelJs(bytes);
    expect(quick).toEqual(full);
    const sheet = quick.sheets[0]!;
    expect(sheet.rows[1]).toEqual([
      'Зеренді <ПМПК> & «Балапан»',
      'ПМПК',
      'Аудандық',
      '87162251100',
      '2026-11-22',
      'true',
      'pmpk.kz',
    ]);
    expect(sheet.rows[2]![0]).toBe('Бурабай ППТК');
    expect(sheet.formulas).toEqual([{ row: 2, address: 'H2' }]);
    expect(sheet.merges).toEqual([{ top: 7, bottom: 8, range: 'B7:C8' }]);
    expect(quick.sheets[1]).toMatchObject({ name: 'Жасырын', hidden: true, columnCount: 10 });
  });

  it('reads inline strings, prefixed elements, escapes and the 1904 date system, as other tools write them', () => {
    // The shape the OpenXML SDK writes: x: prefixes, inline strings, an absolute part path.
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const bytes = zipOf({
      'xl/workbook.xml': `<?xml version="1.0"?><x:workbook ${ns} xmlns:r="r"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Тізім &amp; б" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      'xl/styles.xml': `<x:styleSheet ${ns}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></x:numFmts><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="164"/></x:cellXfs></x:styleSheet>`,
      'xl/worksheets/sheet1.xml': `<x:worksheet ${ns}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Атауы</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">Түрі </x:t></x:r><x:r><x:t>_x0041_&#1178;</x:t></x:r></x:is></x:c></x:row><x:row r="2"><x:c r="A2" s="1"><x:v>0</x:v></x:c><x:c r="B2" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    const quick = readXlsxParts(bytes);
    expect(quick.sheets).toEqual([
      {
        name: 'Тізім & б',
        hidden: false,
        rows: [
          ['Атауы', '', 'Түрі AҚ'],
          ['1904-01-01', 'true'],
        ],
        columnCount: 3,
        formulas: [],
        merges: [],
      },
    ]);
  });

  it('reads namespace-prefixed parts, entities and CDATA as the same file written without prefixes', async () => {
    const plain = workbookFile({ prefix: '', cdata: true });
    const prefixed = workbookFile({ prefix: 'x:', cdata: true });
    const expected = expectedSheets({ cdata: true });
    expect(readXlsxParts(plain).sheets).toEqual(expected);
    expect(readXlsxParts(prefixed).sheets).toEqual(expected);
    // exceljs cannot read prefixed parts at all, so the quick reader is what imports them.
    expect((await readXlsx(prefixed)).sheets).toEqual(expected);
  });

  it('agrees with exceljs on entities, rich text with a phonetic guide, date formats and a very hidden sheet', async () => {
    // No CDATA here: exceljs drops a CDATA section's text, the quick reader keeps it.
    const bytes = workbookFile({ prefix: '', cdata: false });
    expect(readXlsxParts(bytes).sheets).toEqual(expectedSheets({ cdata: false }));
    expect(readXlsxParts(bytes)).toEqual(await readXlsxWithExcelJs(bytes));
  });

  it('agrees with exceljs on inline strings, as some tools write every text cell', async () => {
    const bytes = zipParts({
      workbook: '<workbook><sheets><sheet name="Тізім" sheetId="1" r:id="rId1"/></sheets></workbook>',
      sheets: [
        `<worksheet><sheetData>
          <row r="1"><c r="A1" t="inlineStr"><is><t>Атауы</t></is></c><c r="B1" t="inlineStr"><is><t>Түрі</t></is></c></row>
          <row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> Зеренді &amp; «Балапан» </t></is></c><c r="B2" t="inlineStr"><is><r><t>ПМ</t></r><r><rPr><b/></rPr><t>ПК</t></r></is></c><c r="C2" t="n"><v>42</v></c></row>
        </sheetData></worksheet>`,
      ],
    });
    const quick = readXlsxParts(bytes);
    expect(quick.sheets[0]!.rows).toEqual([
      ['Атауы', 'Түрі'],
      ['Зеренді & «Балапан»', 'ПМПК', '42'],
    ]);
    expect(quick).toEqual(await readXlsxWithExcelJs(bytes));
  });

  it('leaves a part that is not well-formed XML to exceljs, which refuses the file', async () => {
    const bytes = zipParts({
      workbook: '<workbook><sheets><sheet name="Тізім" sheetId="1" r:id="rId1"/></sheets></workbook>',
      sheets: [
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Атауы &nbsp;</t></is></c></row>',
      ],
    });
    expect(() => readXlsxParts(bytes)).toThrow();
    await expect(readXlsx(bytes)).rejects.toMatchObject({ messageKey: 'conflict.importBrokenZip' });
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * A deflated XLSX written part by part (fflate), as tools other than Excel write them.
 * The parts are given without their namespace declarations, which are added here.
 */
const zipParts = (parts: {
  workbook: string;
  sheets: string[];
  sharedStrings?: string;
  styles?: string;
  prefix?: string;
}): Buffer => {
  const p = parts.prefix ?? '';
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const declared = (xml: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml.replace('>', ` ${ns} xmlns:r="${REL}">`)}`;
  const sheetNames = parts.sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`);
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.sheet.main+xml"/>`,
    ...sheetNames.map((n) => `<Override PartName="/xl/${n}" ContentType="${CONTENT}.worksheet+xml"/>`),
    parts.sharedStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT}.sharedStrings+xml"/>`
      : '',
    parts.styles ? `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.styles+xml"/>` : '',
  ];
  const relationships = [
    ...sheetNames.map((n, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${n}"/>`),
    parts.sharedStrings
      ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : '',
    parts.styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : '',
  ];
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
    'xl/workbook.xml': declared(parts.workbook),
    ...Object.fromEntries(parts.sheets.map((xml, i) => [`xl/${sheetNames[i]}`, declared(xml)])),
    ...(parts.sharedStrings ? { 'xl/sharedStrings.xml': declared(parts.sharedStrings) } : {}),
    ...(parts.styles ? { 'xl/styles.xml': declared(parts.styles) } : {}),
  };
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)]))),
  );
};

/**
 * A registry with shared strings (entities, character references, CDATA, rich text with a
 * phonetic guide), a custom and a built-in date format, a formula, a merged range and a
 * very hidden sheet; `prefix` writes every element as x:row, x:c ….
 */
const workbookFile = ({ prefix: x, cdata }: { prefix: string; cdata: boolean }): Buffer =>
  zipParts({
    prefix: x,
    workbook: `<${x}workbook><${x}workbookPr/><${x}sheets><${x}sheet name="Ұйымдар &amp; &#1178;" sheetId="1" r:id="rId1"/><${x}sheet name="Жасырын" sheetId="2" state="veryHidden" r:id="rId2"/></${x}sheets></${x}workbook>`,
    styles: `<${x}styleSheet><${x}numFmts count="1"><${x}numFmt numFmtId="164" formatCode="dd&quot;.&quot;mm&quot;.&quot;yyyy"/></${x}numFmts><${x}fonts count="1"><${x}font><${x}sz val="11"/></${x}font></${x}fonts><${x}fills count="1"><${x}fill><${x}patternFill patternType="none"/></${x}fill></${x}fills><${x}borders count="1"><${x}border/></${x}borders><${x}cellStyleXfs count="1"><${x}xf numFmtId="14"/></${x}cellStyleXfs><${x}cellXfs count="3"><${x}xf numFmtId="0" xfId="0"/><${x}xf numFmtId="164" xfId="0" applyNumberFormat="1"/><${x}xf numFmtId="14" xfId="0" applyNumberFormat="1"/></${x}cellXfs></${x}styleSheet>`,
    sharedStrings: `<${x}sst count="4" uniqueCount="4">
      <${x}si><${x}t>Зеренді &lt;ПМПК&gt; &amp; &#171;Балапан&#187;</${x}t></${x}si>
      <${x}si><${x}t>${cdata ? '<![CDATA[Бурабай <ППТК> & «Күн»]]>' : 'Бурабай ППТК'}</${x}t></${x}si>
      <${x}si><${x}r><${x}rPr><${x}b/></${x}rPr><${x}t xml:space="preserve">Ақ </${x}t></${x}r><${x}r><${x}t>кө&#x4A3;іл</${x}t></${x}r><${x}rPh sb="0" eb="1"><${x}t>アク</${x}t></${x}rPh></${x}si>
      <${x}si><${x}t>Аудандық</${x}t></${x}si>
    </${x}sst>`,
    sheets: [
      `<${x}worksheet><${x}sheetData>
        <${x}row r="1"><${x}c r="A1" t="s"><${x}v>0</${x}v></${x}c><${x}c r="B1" t="s"><${x}v>1</${x}v></${x}c><${x}c r="C1" t="s"><${x}v>2</${x}v></${x}c></${x}row>
        <${x}row r="3"><${x}c r="A3" t="s"><${x}v>3</${x}v></${x}c><${x}c r="B3" s="1"><${x}v>46348</${x}v></${x}c><${x}c r="C3" s="2"><${x}v>46349</${x}v></${x}c><${x}c r="D3"><${x}v>87162251100</${x}v></${x}c><${x}c r="E3" t="b"><${x}v>0</${x}v></${x}c><${x}c r="F3"><${x}f>D3*2</${x}f><${x}v>174324502200</${x}v></${x}c></${x}row>
        <${x}row r="4"><${x}c r="A4" t="s"><${x}v>3</${x}v></${x}c></${x}row>
      </${x}sheetData><${x}mergeCells count="1"><${x}mergeCell ref="A4:A5"/></${x}mergeCells></${x}worksheet>`,
      `<${x}worksheet><${x}sheetData><${x}row r="2"><${x}c r="B2" t="s"><${x}v>3</${x}v></${x}c></${x}row></${x}sheetData></${x}worksheet>`,
    ],
  });

const expectedSheets = ({ cdata }: { cdata: boolean }) => [
  {
    name: 'Ұйымдар & Қ',
    hidden: false,
    rows: [
      ['Зеренді <ПМПК> & «Балапан»', cdata ? 'Бурабай <ППТК> & «Күн»' : 'Бурабай ППТК', 'Ақ көңіл'],
      [],
      ['Аудандық', '2026-11-22', '2026-11-23', '87162251100', 'false'],
      ['Аудандық'],
    ],
    columnCount: 5,
    formulas: [{ row: 3, address: 'F3' }],
    merges: [{ top: 4, bottom: 5, range: 'A4:A5' }],
  },
  { name: 'Жасырын', hidden: true, rows: [[], ['', 'Аудандық']], columnCount: 2, formulas: [], merges: [] },
];
