import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixedClock, openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { readDocx } from '../../helpers/docx-reader';
import { LANDSCAPE_TEXT } from '../../../src/main/exports/documents/layout';
import { EXTERNAL_LINK_KIND } from '../../../src/shared/reference';
import type { AgreementCreate } from '../../helpers/agreements';
import type { ExportedFile } from '../../../src/shared/api/exports';
import type { ReportSummary } from '../../../src/shared/api/reports';

/** A solid-colour PNG of the given size: the network picture as the renderer would send it. */
const pngOf = (width: number, height: number): Buffer => {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x3c)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** Mid-morning in Astana (UTC+5) on the given day. */
const on = (t: TestWorkspace, day: string) => t.clock.set(`${day}T05:00:00.000Z`);

const orgsOfType = (t: TestWorkspace, typeCode: string) =>
  t.api.organisations.list({ typeCodes: [typeCode], pageSize: 100 }).items;

/** A held sitting of the Akmola model, chair present, with one regular agenda item. */
const heldSitting = (t: TestWorkspace, date: string) => {
  const session = t.api.sessions.create({ date, time: '10:00', place: 'Көкшетау қ., Абай к-сі, 96' });
  const chair = session.attendance.find((a) => a.councilRole === 'chair');
  t.api.sessions.setAttendance({
    sessionId: session.id,
    members: [{ personId: chair!.personId as string, status: 'present' }],
    guests: [],
  });
  t.api.sessions.setStatus({ id: session.id, status: 'held' });
  const item = t.api.agenda.add({ sessionId: session.id, title: 'Инклюзивті білім беру жоспары туралы' });
  return { session, item };
};

const agreementOf = (t: TestWorkspace, overrides: Partial<AgreementCreate>): AgreementCreate => {
  const [pmpk] = orgsOfType(t, 'SPED.PMPK');
  const [school] = orgsOfType(t, 'EDU.SCHOOL');
  return {
    number: '1',
    title: 'Ынтымақтастық туралы келісім',
    kind: 'cooperation',
    noticeDays: 30,
    parties: [
      { organisationId: pmpk!.id, role: 'Консультация' },
      { organisationId: school!.id, role: 'Мектеп' },
    ],
    ...overrides,
  };
};

const NEW_CENTRE = 'Көкшетау қаласының инклюзивті білім беруді қолдау ресурстық орталығы';

/**
 * A year of the Akmola council: set up in January, a sitting in February and in April
 * (another planned for late June and never held), decisions done, cancelled, left open past
 * their deadline and done only after the quarter; agreements signed and running out; an
 * organisation added with a link, another archived, a third added and undone.
 */
const councilYear = () => {
  const t = openTestWorkspace({ clock: fixedClock('2026-01-15T05:00:00.000Z') });
  t.api.workspace.initialise({ template: 'akmola' });

  on(t, '2026-02-20');
  const february = heldSitting(t, '2026-02-20');
  const lateFromQ1 = t.api.decisions.create({
    agendaItemId: february.item.id,
    text: 'Аудандық ПМПК жұмысының жоспарын бекіту',
    deadline: '2026-03-31',
  });

  on(t, '2026-04-10');
  const april = heldSitting(t, '2026-04-10');
  const [pmpk] = orgsOfType(t, 'SPED.PMPK');
  const done = t.api.decisions.create({
    agendaItemId: april.item.id,
    text: 'Ерекше білім берілуіне қажеттілігі бар балалар туралы деректерді жинау',
    deadline: '2026-05-15',
    responsibleOrganisationIds: [pmpk!.id],
  });
  const overdue = t.api.decisions.create({
    agendaItemId: april.item.id,
    text: 'Мектептерде инклюзивті сыныптар ашу жоспарын әзірлеу',
    deadline: '2026-05-31',
    responsibleOrganisationIds: [pmpk!.id],
  });
  const cancelled = t.api.decisions.create({ agendaItemId: april.item.id, text: 'Дөңгелек үстел өткізу' });
  const doneLater = t.api.decisions.create({
    agendaItemId: april.item.id,
    text: 'Ата-аналарға арналған семинар өткізу',
    deadline: '2026-09-30',
  });
  t.api.decisions.setStatus({ id: cancelled.id, status: 'cancelled' });
  t.api.sessions.create({ date: '2026-06-25', time: '10:00', place: 'Көкшетау' });

  // Network changes in the second quarter.
  on(t, '2026-04-20');
  const hub = t.api.organisations.list({ includeHub: true, pageSize: 200 }).items.find((o) => o.isCouncilHub);
  const centre = t.api.organisations.create({
    nameKk: NEW_CENTRE,
    typeCode: 'EDU.SCHOOL',
    level: 'organisation',
  });
  t.api.links.create({ sourceId: hub!.id, targetId: centre.id, kind: EXTERNAL_LINK_KIND });
  on(t, '2026-05-02');
  const [college] = orgsOfType(t, 'EDU.PED_COLLEGE');
  const archived = t.api.organisations.archive({ id: college!.id });
  t.api.organisations.create({
    nameKk: 'Қате енгізілген ұйым',
    typeCode: 'EDU.SCHOOL',
    level: 'organisation',
  });
  t.api.history.undo({});

  on(t, '2026-05-05');
  const signed = t.api.agreements.create(
    agreementOf(t, { number: 'К-7', signedOn: '2026-05-05', validFrom: '2026-05-05', validTo: '2027-05-04' }),
  );
  const ending = t.api.agreements.create(
    agreementOf(t, { number: 'К-3', signedOn: '2025-07-01', validFrom: '2025-07-01', validTo: '2026-06-15' }),
  );
  t.api.agreements.create(
    agreementOf(t, {
      number: 'К-4',
      signedOn: '2025-06-02',
      validFrom: '2025-06-02',
      validTo: '2026-06-01',
      autoRenew: true,
    }),
  );

  on(t, '2026-05-10');
  t.api.decisions.setStatus({ id: done.id, status: 'done' });
  on(t, '2026-07-05');
  t.api.decisions.setStatus({ id: doneLater.id, status: 'done' });
  on(t, '2026-07-10');
  return { t, april, lateFromQ1, done, overdue, cancelled, doneLater, centre, archived, signed, ending };
};

const summaryOf = (t: TestWorkspace, year: number, quarter?: number): ReportSummary =>
  t.api.reports.summary({ period: quarter ? { year, quarter } : { year } });

describe('the quarterly report', () => {
  it('counts sittings, decisions adopted and executed, agreements and network changes of the quarter', () => {
    const y = councilYear();
    const s = summaryOf(y.t, 2026, 2);
    expect(s.period).toEqual({
      year: 2026,
      quarter: 2,
      from: '2026-04-01',
      to: '2026-06-30',
      asOf: '2026-06-30',
    });

    // The April sitting was held; the one planned for 25 June never was.
    expect(s.sittings.items.map((i) => [i.date, i.status])).toEqual([
      ['2026-04-10', 'held'],
      ['2026-06-25', 'planned'],
    ]);
    expect(s.sittings.held).toBe(1);
    expect(s.sittings.gaps).toEqual([]);

    // Four adopted in April: one done in May, one cancelled, one overdue, one done only in July.
    expect(s.decisions).toMatchObject({ adopted: 4, done: 1, cancelled: 1 });
    expect(s.decisions.executionRate).toBeCloseTo(1 / 3);
    expect(s.decisions.adoptedItems.map((d) => [d.number, d.status])).toEqual([
      ['2.1', 'done'],
      ['2.2', 'open'],
      ['2.3', 'cancelled'],
      ['2.4', 'open'],
    ]);
    // Open at the end of June: February's, the overdue one and the one done in July.
    expect(s.decisions.openAtEnd).toBe(3);
    expect(s.decisions.overdueAtEnd.map((d) => [d.id, d.deadline])).toEqual([
      [y.lateFromQ1.id, '2026-03-31'],
      [y.overdue.id, '2026-05-31'],
    ]);
    expect(s.decisions.overdueAtEnd[1]?.responsibleNamesKk).toHaveLength(1);

    // Signed in May; expired in June; the automatically renewed one rolls over, not listed.
    expect(s.agreements.signed.map((a) => [a.number, a.status])).toEqual([['К-7', 'active']]);
    expect(s.agreements.ending.map((a) => [a.number, a.termEnd, a.status])).toEqual([
      ['К-3', '2026-06-15', 'expired'],
    ]);

    // The new centre and its link; the archived college; the undone organisation left no trace.
    expect(s.network.organisationsAdded.map((o) => o.nameKk)).toEqual([NEW_CENTRE]);
    expect(s.network.organisationsArchived.map((o) => o.id)).toEqual([y.archived.id]);
    expect(s.network.linksAdded.map((l) => [l.targetKk, l.kind])).toEqual([[NEW_CENTRE, EXTERNAL_LINK_KIND]]);
    expect(s.network.linksRemoved).toEqual([]);
    // No module of the Akmola model has a lead yet.
    expect(s.modulesWithoutLead.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s.quarters).toEqual([]);
  });

  it('made mid-quarter, stands at today; the July sitting-free quarter so far is noted', () => {
    const y = councilYear();
    const s = summaryOf(y.t, 2026, 3);
    expect(s.period.asOf).toBe('2026-07-10');
    expect(s.sittings.held).toBe(0);
    expect(s.sittings.gaps).toEqual([{ period: 3, from: '2026-07-01', to: '2026-09-30', planned: 0 }]);
    // Nothing adopted in the quarter: no rate rather than 0 %.
    expect(s.decisions).toMatchObject({ adopted: 0, done: 0, executionRate: null });
    // Done in July, it no longer counts as open; the two overdue ones still do.
    expect(s.decisions.openAtEnd).toBe(2);
    expect(s.network.organisationsAdded).toEqual([]);
  });

  it('opens on the current quarter of the workspace clock when no period is asked for', () => {
    const y = councilYear();
    const s = y.t.api.reports.summary({});
    expect(s.today).toBe('2026-07-10');
    expect(s.period).toEqual({
      year: 2026,
      quarter: 3,
      from: '2026-07-01',
      to: '2026-09-30',
      asOf: '2026-07-10',
    });
  });

  it('counts the Akmola network itself as added in the quarter the workspace was set up', () => {
    const y = councilYear();
    const s = summaryOf(y.t, 2026, 1);
    expect(s.network.organisationsAdded.length).toBeGreaterThan(120);
    expect(s.network.linksAdded.length).toBeGreaterThan(100);
    expect(s.sittings.items.map((i) => i.date)).toEqual(['2026-02-20']);
    expect(s.decisions).toMatchObject({ adopted: 1, done: 0, executionRate: 0, openAtEnd: 1 });
    expect(s.decisions.overdueAtEnd).toEqual([]);
  });
});

describe('the annual report', () => {
  it('adds up the year and breaks it down by quarter', () => {
    const y = councilYear();
    const s = summaryOf(y.t, 2026);
    expect(s.period).toMatchObject({
      quarter: null,
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: '2026-07-10',
    });
    expect(s.sittings.held).toBe(2);
    // The third quarter has begun without a sitting; the fourth has not begun.
    expect(s.sittings.gaps.map((g) => g.period)).toEqual([3]);
    // February's 1 and April's 4; by 10 July three of the five are done or cancelled.
    expect(s.decisions).toMatchObject({ adopted: 5, done: 2, cancelled: 1 });
    expect(s.decisions.executionRate).toBeCloseTo(2 / 4);
    expect(
      s.quarters.map((q) => [q.quarter, q.sittingsHeld, q.decisionsAdopted, q.agreementsSigned]),
    ).toEqual([
      [1, 1, 1, 0],
      [2, 1, 4, 1],
      [3, 0, 0, 0],
      [4, 0, 0, 0],
    ]);
    expect(s.quarters[1]).toMatchObject({ organisationsAdded: 1, organisationsArchived: 1, linksAdded: 1 });
  });
});

describe('the report as documents', () => {
  it('writes the quarterly DOCX in Kazakh with its figures, the rule and the network picture', async () => {
    const y = councilYear();
    const picture = pngOf(1200, 800);
    const file = await y.t.callAsync<ExportedFile>('reports:docx', {
      period: { year: 2026, quarter: 2 },
      language: 'kk',
      networkPng: picture.toString('base64'),
    });
    expect(file.fileName).toBe('Есеп-2026-II-тоқсан.docx');
    const doc = readDocx(file.base64);
    expect(doc.paragraphs).toContain('2026 ЖЫЛҒЫ II ТОҚСАНДАҒЫ ЖҰМЫС ТУРАЛЫ ЕСЕП');
    expect(doc.paragraphs).toContain('Есепті кезең: 2026 жылғы 1 сәуір – 2026 жылғы 30 маусым');
    for (const heading of [
      '1. Кеңес отырыстары',
      '2. Шешімдердің орындалуы',
      '3. Мерзімі өткен шешімдер',
      '4. Келісімдер',
      '5. Желідегі өзгерістер',
      '6. Жетекші ұйымы жоқ модульдер',
      '7. Кеңестің өзара іс-қимыл желісі',
    ])
      expect(doc.paragraphs).toContain(heading);
    expect(doc.text).toContain('Есепті кезеңде өткізілген отырыстар саны: 1.');
    expect(doc.text).toMatch(/Орындалу деңгейі = орындалған шешімдер саны ÷/);
    const figures = doc.tables.find((table) => table[0]?.[0] === 'Көрсеткіш');
    expect(figures?.slice(1)).toEqual([
      ['Кезеңде қабылданған шешімдер', '4'],
      ['оның ішінде орындалғаны', '1'],
      ['оның ішінде күші жойылғаны', '1'],
      ['Орындалу деңгейі', '33%'],
      ['Кезең соңында орындалмаған шешімдер (барлық отырыстар бойынша)', '3'],
      ['оның ішінде мерзімі өткені', '2'],
    ]);
    const sittings = doc.tables.find((table) => table[0]?.[1] === 'Күні');
    expect(sittings?.slice(1).map((r) => [r[1], r[2]])).toEqual([
      ['10.04.2026', 'Өткізілді'],
      ['25.06.2026', 'Жоспарланған'],
    ]);
    expect(doc.text).toContain(NEW_CENTRE);
    expect(doc.text).toContain('К-3');
    // The picture is in the package, the same bytes, drawn as wide as the text.
    const media = [...doc.files.keys()].filter((name) => /^word\/media\/.+/.test(name));
    expect(media).toHaveLength(1);
    expect(doc.files.get(media[0]!)?.equals(picture)).toBe(true);
    const body = doc.xml('word/document.xml');
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(body);
    const [cx, cy] = [Number(extent?.[1]), Number(extent?.[2])];
    // On a landscape page of its own, as tall as the page allows (a twip is 635 EMU), at its proportions.
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(cx).toBeLessThanOrEqual(LANDSCAPE_TEXT.width * 635);
    expect(cy).toBeGreaterThan(LANDSCAPE_TEXT.height * 635 * 0.75);
    expect(cx / cy).toBeCloseTo(1.5, 2);
  });

  it('writes the annual DOCX in Russian, with the quarters, and without a picture when none is given', async () => {
    const y = councilYear();
    const file = await y.t.callAsync<ExportedFile>('reports:docx', {
      period: { year: 2026 },
      language: 'ru',
    });
    expect(file.fileName).toBe('Годовой-отчёт-2026.docx');
    const doc = readDocx(file.base64);
    expect(doc.paragraphs).toContain('ГОДОВОЙ ОТЧЁТ О РАБОТЕ ЗА 2026 ГОД');
    expect(doc.paragraphs).toContain('7. Показатели по кварталам');
    const quarters = doc.tables.find((table) => table[0]?.[1] === 'I квартал');
    expect(quarters?.[0]).toEqual(['Показатель', 'I квартал', 'II квартал', 'III квартал', 'IV квартал']);
    expect(quarters?.slice(1, 5)).toEqual([
      ['Проведено заседаний', '1', '1', '0', '0'],
      ['Принято решений', '1', '4', '0', '0'],
      // As the quarter ended: the decision done in July was still open on 30 June.
      ['Исполнено решений (на конец квартала)', '0', '1', '0', '0'],
      ['Уровень исполнения', '0%', '33%', '—', '—'],
    ]);
    expect(doc.text).toContain(
      'С 01.07.2026 по 30.09.2026 заседание не проводилось и не было запланировано.',
    );
    expect([...doc.files.keys()].some((name) => /^word\/media\/.+/.test(name))).toBe(false);
  });

  it('writes the XLSX with a sheet per section, dates as dates and the picture on its own sheet', async () => {
    const y = councilYear();
    const picture = pngOf(600, 300);
    const file = await y.t.callAsync<ExportedFile>('reports:xlsx', {
      period: { year: 2026, quarter: 2 },
      language: 'kk',
      networkPng: picture.toString('base64'),
    });
    expect(file.fileName).toBe('Есеп-2026-II-тоқсан-2026-07-10.xlsx');
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Жиынтық',
      'Отырыстар',
      'Шешімдер',
      'Мерзімі өткен шешімдер',
      'Кезеңде қол қойылған келісімдер',
      'Мерзімі кезеңде аяқталатын неме',
      'Желідегі өзгерістер',
      'Жетекшісіз модульдер',
      'Желі суреті',
    ]);
    const sittings = workbook.getWorksheet('Отырыстар')!;
    expect(sittings.getRow(2).values).toEqual([undefined, '№', 'Күні', 'Мәртебесі', 'Шешімдер саны']);
    const date = sittings.getCell('B3');
    expect(date.value).toEqual(new Date(Date.UTC(2026, 3, 10)));
    expect(date.numFmt).toBe('dd.mm.yyyy');
    expect(sittings.getColumn(3).width).toBeGreaterThan(10);
    const summary = workbook.getWorksheet('Жиынтық')!;
    const rows = new Map<string, unknown>();
    summary.eachRow((row) => rows.set(row.getCell(1).text, row.getCell(2).value));
    expect(rows.get('Кезеңде қабылданған шешімдер')).toBe(4);
    expect(rows.get('Орындалу деңгейі')).toBe('33%');
    const overdue = workbook.getWorksheet('Мерзімі өткен шешімдер')!;
    expect(overdue.getCell('D3').value).toEqual(new Date(Date.UTC(2026, 2, 31)));
    const sheet = workbook.getWorksheet('Желі суреті')!;
    const images = sheet.getImages();
    expect(images).toHaveLength(1);
    const image = workbook.getImage(Number(images[0]!.imageId));
    expect(image.extension).toBe('png');
    expect(Buffer.from(image.buffer as unknown as Uint8Array).equals(picture)).toBe(true);
  });

  it('refuses a picture that is not a PNG and writes nothing', async () => {
    const y = councilYear();
    const before = y.t.count('change_history');
    const error = await y.t.failAsync('reports:docx', {
      period: { year: 2026, quarter: 2 },
      language: 'kk',
      networkPng: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64'),
    });
    expect(error.code).toBe('validation');
    expect(y.t.count('change_history')).toBe(before);
    expect(y.t.internalErrors).toEqual([]);
  });
});
