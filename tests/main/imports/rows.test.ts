import { describe, expect, it } from 'vitest';
import { uploadBytes } from '../../helpers/uploads';
import { emptyCouncil, importFile, ORG_HEADINGS_KK, preview, xlsx } from './helpers';
import type { TestWorkspace } from '../../helpers/workspace';

const listed = (t: TestWorkspace) => t.api.organisations.list({ pageSize: 500, archived: 'all' }).items;

describe('problems of single rows', () => {
  it('names the row and the field: unknown type, bad e-mail, missing name, unknown level, too long', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([
      ORG_HEADINGS_KK,
      ['Зеренді аудандық ПМПК', '', 'ПМПК', 'Аудандық', 'Зеренді ауданы', 'pmpk@example.kz'],
      ['Бурабай ППТК', '', 'Түзету орталығы', 'Аудандық', 'Бурабай ауданы', ''],
      ['Степногорск ППТК', '', 'ППТК', 'Қалалық', 'Степногорск', 'pptk(at)example.kz'],
      ['', '', 'ПМПК', 'Аудандық', 'Аршалы ауданы', ''],
      ['Ерейментау ПМПК', '', 'ПМПК', 'Ауылдық', 'Ерейментау ауданы', ''],
      ['Ұ'.repeat(501), '', 'ПМПК', 'Аудандық', '', ''],
    ]);
    const p = await preview(t, uploadBytes(t, bytes, 'registry.xlsx'));
    const problems = Object.fromEntries(
      p.rows.map((r) => [r.rowNumber, r.problems.map((x) => [x.field, x.messageKey, x.message])]),
    );
    expect(problems).toEqual({
      2: [],
      3: [['type', 'conflict.importUnknownType', '«Түзету орталығы» — анықтамалықта мұндай ұйым түрі жоқ']],
      4: [['email', 'validation.email', 'Электрондық пошта мекенжайы дұрыс емес.']],
      5: [['nameKk', 'validation.required', 'Міндетті өріс.']],
      6: [['level', 'conflict.importUnknownChoice', '«Ауылдық» — тізімде мұндай мән жоқ']],
      7: [['nameKk', 'validation.tooLong', 'Тым ұзын: ең көбі 500 таңба.']],
    });
    expect(p.counts).toEqual({ rows: 6, valid: 1, withProblems: 5, duplicates: 0 });
  });

  it('refuses the whole import while any row has a problem, listing the rows, and writes nothing', async () => {
    const t = emptyCouncil();
    const before = {
      orgs: t.count('organisations'),
      history: t.count('change_history'),
      backups: t.api.workspace.backups({}).length,
    };
    const bytes = await xlsx([
      ORG_HEADINGS_KK,
      ['А ПМПК', '', 'ПМПК', 'Аудандық', '', ''],
      ['Б', '', 'белгісіз', 'Аудандық', '', ''],
    ]);
    const error = await importFile(t, bytes, 'a.xlsx').then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toContain('conflict.importHasErrors');
    expect(error).toContain('1 жолда қате бар (жолдар: 3)');
    expect(t.count('organisations')).toBe(before.orgs);
    expect(t.count('change_history')).toBe(before.history);
    expect(t.api.workspace.backups({})).toHaveLength(before.backups);
  });

  it('with skipInvalid, imports the good rows and reports the others as skipped for their problems', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([
      ORG_HEADINGS_KK,
      ['А ПМПК', '', 'ПМПК', 'Аудандық', '', ''],
      ['Б', '', 'белгісіз', 'Аудандық', '', ''],
    ]);
    const report = await importFile(t, bytes, 'a.xlsx', { skipInvalid: true });
    expect(report).toMatchObject({ created: 1, skipped: 1, updated: 0 });
    expect(report.rows).toEqual([
      { rowNumber: 2, name: 'А ПМПК', outcome: 'created' },
      { rowNumber: 3, name: 'Б', outcome: 'skipped', reason: 'problems' },
    ]);
    expect(listed(t).map((o) => o.nameKk)).toEqual(['А ПМПК']);
  });

  it('copies a Russian-only name into the Kazakh name the registry requires', async () => {
    const t = emptyCouncil();
    const bytes = await xlsx([
      ['Наименование', 'Тип', 'Уровень'],
      ['Отдел образования Аршалынского района', 'А(Қ)ББ', 'Районный (городской)'],
    ]);
    await importFile(t, bytes, 'ru.xlsx');
    expect(listed(t)[0]).toMatchObject({
      nameKk: 'Отдел образования Аршалынского района',
      nameRu: 'Отдел образования Аршалынского района',
      typeCode: 'GOV.DISTRICT_EDU',
      sector: 'state',
      level: 'district',
    });
  });
});

describe('label cells', () => {
  it('reads types, levels, memberships, roles and groups by code or by any language’s label', async () => {
    const t = emptyCouncil();
    const group = t.api.groups.create({
      nameKk: 'Психологиялық-медициналық-педагогикалық консультациялар',
      nameRu: 'ПМПК области',
      shortName: 'ПМПК',
    });
    const bytes = await xlsx([
      ['Атауы (қазақша)', 'Түрі', 'Деңгейі', 'Мүше немесе серіктес', 'Кластердегі рөлі', 'Тобы'],
      [
        'А',
        'ПМПК — психологиялық-медициналық-педагогикалық консультация',
        'district',
        'Член совета',
        'Core',
        'пмпк',
      ],
      [
        'Б',
        'Psychological correction room',
        'Районный (городской)',
        'Partner',
        'Үйлестіруші',
        'ПМПК области',
      ],
      ['В', 'психолого-педагогический коррекционный кабинет', 'Облыстық', 'серіктес', 'участник', 'Жоқ топ'],
    ]);
    const p = await preview(t, uploadBytes(t, bytes, 'labels.xlsx'));
    expect(p.rows.map((r) => r.problems.map((x) => [x.field, x.messageKey]))).toEqual([
      [],
      [['type', 'conflict.importUnknownType']],
      [['group', 'conflict.importUnknownGroup']],
    ]);
    const report = await importFile(t, bytes, 'labels.xlsx', { skipInvalid: true });
    expect(report.created).toBe(1);
    expect(listed(t).find((o) => o.nameKk === 'А')).toMatchObject({
      typeCode: 'SPED.PMPK',
      level: 'district',
      membership: 'member',
      clusterRole: 'core',
      groupId: group.id,
    });
  });
});

describe('duplicates', () => {
  const registry = (t: TestWorkspace): string => {
    const korgalzhyn = t.api.organisations.create({
      nameKk: 'Қорғалжын аудандық ПМПК',
      nameRu: '',
      typeCode: 'SPED.PMPK',
      level: 'district',
      district: 'Қорғалжын ауданы',
      phone: '8 716 37 2 11 00',
    });
    const archived = t.api.organisations.create({
      nameKk: '«Балапан» бөбекжайы',
      typeCode: 'EDU.PRESCHOOL',
      level: 'organisation',
      district: 'Астрахан ауданы',
    });
    t.api.organisations.archive({ id: archived.id });
    return korgalzhyn.id;
  };
  const file = () =>
    xlsx([
      ['Атауы (қазақша)', 'Түрі', 'Деңгейі', 'Ауданы (қаласы)', 'Электрондық поштасы', 'Телефоны'],
      // Russian keyboard spelling, other case, doubled spaces: the same organisation.
      ['КОРГАЛЖЫН  аудандык пмпк', 'ПМПК', 'Аудандық', 'коргалжын ауданы', 'pmpk@korgalzhyn.kz', ''],
      // Quotes differ; the existing record is archived.
      ['"Балапан" бөбекжайы', 'МДБҰ', 'Ұйым (мекеме)', 'Астрахан ауданы', '', ''],
      // Same name, another district: not a duplicate.
      ['Қорғалжын аудандық ПМПК', 'ПМПК', 'Аудандық', 'Бурабай ауданы', '', ''],
      // Repeats the row above.
      ['Қорғалжын аудандық  ПМПК', 'ПМПК', 'Аудандық', 'Бурабай ауданы', 'burabai@example.kz', ''],
    ]);

  it('finds them across spelling variants, in archived records and earlier rows', async () => {
    const t = emptyCouncil();
    registry(t);
    const p = await preview(t, uploadBytes(t, await file(), 'a.xlsx'));
    expect(
      p.rows.map(
        (r) =>
          r.duplicate && {
            source: r.duplicate.source,
            name: r.duplicate.name,
            archived: r.duplicate.archived ?? false,
            row: r.duplicate.rowNumber ?? null,
          },
      ),
    ).toEqual([
      { source: 'registry', name: 'Қорғалжын аудандық ПМПК', archived: false, row: null },
      { source: 'registry', name: '«Балапан» бөбекжайы', archived: true, row: null },
      null,
      { source: 'file', name: 'Қорғалжын аудандық ПМПК', archived: false, row: 4 },
    ]);
    expect(p.counts.duplicates).toBe(3);
  });

  it('skip: only the new organisation is created', async () => {
    const t = emptyCouncil();
    registry(t);
    const before = t.count('organisations');
    const report = await importFile(t, await file(), 'a.xlsx', { duplicates: { default: 'skip' } });
    expect(report).toMatchObject({ created: 1, updated: 0, skipped: 3 });
    expect(t.count('organisations')).toBe(before + 1);
  });

  it('update: fills the existing record with non-empty cells and never erases', async () => {
    const t = emptyCouncil();
    const korgalzhynId = registry(t);
    const before = t.count('organisations');
    const report = await importFile(t, await file(), 'a.xlsx', { duplicates: { default: 'update' } });
    expect(report).toMatchObject({ created: 1, updated: 3, skipped: 0 });
    expect(t.count('organisations')).toBe(before + 1);
    const all = listed(t);
    // The registry's spelling stays; the e-mail is filled in; the phone, empty in the file, is kept.
    expect(all.find((o) => o.id === korgalzhynId)).toMatchObject({
      nameKk: 'Қорғалжын аудандық ПМПК',
      district: 'Қорғалжын ауданы',
      email: 'pmpk@korgalzhyn.kz',
      phone: '8 716 37 2 11 00',
    });
    const burabai = all.find((o) => o.district === 'Бурабай ауданы')!;
    expect(burabai.email).toBe('burabai@example.kz');
    const balapan = all.find((o) => o.district === 'Астрахан ауданы')!;
    expect(balapan.archivedAt).not.toBeNull();
  });

  it('import: a new record anyway, and a per-row choice overrides the default', async () => {
    const t = emptyCouncil();
    registry(t);
    const before = t.count('organisations');
    const report = await importFile(t, await file(), 'a.xlsx', {
      duplicates: { default: 'import', rows: { '3': 'skip' } },
    });
    expect(report).toMatchObject({ created: 3, updated: 0, skipped: 1 });
    expect(report.rows.find((r) => r.rowNumber === 3)).toMatchObject({
      outcome: 'skipped',
      reason: 'duplicate',
    });
    expect(t.count('organisations')).toBe(before + 3);
  });
});
