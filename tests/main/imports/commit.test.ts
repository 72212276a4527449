import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { uploadBytes } from '../../helpers/uploads';
import { commitInput, emptyCouncil, importFile, mappingOf, ORG_HEADINGS_KK, preview, xlsx } from './helpers';
import type { TestWorkspace } from '../../helpers/workspace';

const partners = () =>
  xlsx([
    ORG_HEADINGS_KK,
    ['Зеренді аудандық ПМПК', 'ПМПК Зерендинского района', 'ПМПК', 'Аудандық', 'Зеренді ауданы', ''],
    [
      'Бурабай аудандық білім бөлімі',
      'Отдел образования Бурабайского района',
      'А(Қ)ББ',
      'Аудандық',
      'Бурабай ауданы',
      '',
    ],
    ['Көкшетау ППТК', '', 'ППТК', 'Қалалық', 'Көкшетау', 'pptk@example.kz'],
  ]);

const batches = (t: TestWorkspace): number =>
  (
    t.workspace.sqlite.prepare('SELECT count(DISTINCT batch_id) AS n FROM change_history').get() as {
      n: number;
    }
  ).n;

describe('committing an import', () => {
  it('writes every row as one history batch, which one Undo takes back whole', async () => {
    const t = emptyCouncil();
    const before = t.count('organisations');
    const batchesBefore = batches(t);
    const report = await importFile(t, await partners(), 'partners.xlsx');
    expect(report).toMatchObject({ kind: 'organisations', created: 3, updated: 0, skipped: 0 });
    expect(t.count('organisations')).toBe(before + 3);
    expect(batches(t)).toBe(batchesBefore + 1);
    t.api.history.undo({});
    expect(t.count('organisations')).toBe(before);
    t.api.history.redo({});
    expect(
      t.api.organisations
        .list({})
        .items.map((o) => o.nameKk)
        .sort(),
    ).toEqual(['Бурабай аудандық білім бөлімі', 'Зеренді аудандық ПМПК', 'Көкшетау ППТК'].sort());
  });

  it('takes a pre-import backup first that holds the registry as it was', async () => {
    const t = emptyCouncil();
    const before = t.count('organisations');
    const report = await importFile(t, await partners(), 'partners.xlsx');
    expect(report.backup.kind).toBe('pre-import');
    const file = path.join(t.dir, 'backups', report.backup.fileName);
    expect(fs.existsSync(file)).toBe(true);
    const backup = new Database(file, { readonly: true });
    try {
      expect((backup.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n).toBe(
        before,
      );
    } finally {
      backup.close();
    }
    expect(t.api.workspace.backups({}).map((b) => b.fileName)).toContain(report.backup.fileName);
  });

  it('is all or nothing: a failure in the middle leaves organisations and history as they were', async () => {
    const t = emptyCouncil();
    // A database rule the second row breaks, as a full disk or a constraint would mid-write.
    t.workspace.sqlite.exec(
      `CREATE TRIGGER refuse_burabai BEFORE INSERT ON organisations WHEN NEW.name_kk LIKE 'Бурабай%' BEGIN SELECT RAISE(ABORT, 'refused'); END;`,
    );
    const before = { orgs: t.count('organisations'), history: t.count('change_history') };
    const uploadId = uploadBytes(t, await partners(), 'partners.xlsx');
    const p = await preview(t, uploadId);
    const error = await t.failAsync('imports:commit', commitInput(uploadId, mappingOf(p)));
    expect(error.code).toBe('internal');
    expect(t.internalErrors).toHaveLength(1);
    t.internalErrors.length = 0;
    expect(t.count('organisations')).toBe(before.orgs);
    expect(t.count('change_history')).toBe(before.history);
    // The upload is kept, so the secretary can try again.
    t.workspace.sqlite.exec('DROP TRIGGER refuse_burabai');
    await t.callAsync('imports:commit', commitInput(uploadId, mappingOf(p)));
    expect(t.count('organisations')).toBe(before.orgs + 3);
  });

  it('discards the upload after a successful import', async () => {
    const t = emptyCouncil();
    const uploadId = uploadBytes(t, await partners(), 'partners.xlsx');
    const p = await preview(t, uploadId);
    await t.callAsync('imports:commit', commitInput(uploadId, mappingOf(p)));
    const error = await t.failAsync('imports:preview', { uploadId, kind: 'organisations' });
    expect(error.code).toBe('not_found');
  });

  it('re-checks the file on commit: a required column left unmapped refuses it', async () => {
    const t = emptyCouncil();
    const uploadId = uploadBytes(t, await partners(), 'partners.xlsx');
    const p = await preview(t, uploadId);
    const mapping = mappingOf(p).map((m) => (m.field === 'type' ? { ...m, field: null } : m));
    const again = await preview(t, uploadId);
    expect(again.missingFields).toEqual([]);
    const error = await t.failAsync('imports:commit', commitInput(uploadId, mapping));
    expect(error.messageKey).toBe('conflict.importMissingColumns');
    expect(error.message).toContain('Түрі');
    const twice = await t.failAsync(
      'imports:commit',
      commitInput(
        uploadId,
        [...mappingOf(p), { column: 0, field: 'notes' }].map((m, i) =>
          i === 5 ? { ...m, field: 'nameKk' } : m,
        ),
      ),
    );
    expect(twice.messageKey).toBe('conflict.importMappingDuplicate');
  });

  it('imports ten thousand organisations from an XLSX within seconds', async () => {
    const t = emptyCouncil();
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `№${i + 1} мектеп`,
      `Школа №${i + 1}`,
      'ОББҰ',
      'Ұйым (мекеме)',
      `Аудан ${i % 17}`,
      '',
    ]);
    const bytes = await xlsx([ORG_HEADINGS_KK, ...rows]);
    const started = performance.now();
    const report = await importFile(t, bytes, 'big.xlsx');
    const seconds = (performance.now() - started) / 1000;
    expect(report.created).toBe(10_000);
    expect(seconds).toBeLessThan(15);
  }, 60_000);
});

describe('importing people', () => {
  it('finds each person’s organisation by name, and the district when two share it', async () => {
    const t = emptyCouncil();
    const zerendi = t.api.organisations.create({
      nameKk: 'Аудандық ПМПК',
      nameRu: 'Районная ПМПК',
      typeCode: 'SPED.PMPK',
      level: 'district',
      district: 'Зеренді ауданы',
    });
    const burabai = t.api.organisations.create({
      nameKk: 'Аудандық ПМПК',
      typeCode: 'SPED.PMPK',
      level: 'district',
      district: 'Бурабай ауданы',
    });
    const bytes = await xlsx([
      ['Аты-жөні', 'Ұйымы', 'Ауданы (қаласы)', 'Лауазымы', 'Кеңестегі рөлі', 'Электрондық поштасы'],
      ['Ахметова Гүлнар', 'районная пмпк', '', 'Директор', 'Мүше', 'g@example.kz'],
      ['Сейітов Ерлан', 'Аудандық ПМПК', 'Бурабай ауданы', 'Психолог', '', ''],
      ['Нұрланова Әсел', 'Аудандық ПМПК', '', 'Логопед', '', ''],
      ['Жоқ Адам', 'Белгісіз ұйым', '', '', '', ''],
      ['Ахметова  Гүлнар', 'Районная ПМПК', '', '', 'Хатшы', ''],
    ]);
    const uploadId = uploadBytes(t, bytes, 'адамдар.xlsx');
    const p = await preview(t, uploadId, 'people');
    expect(p.rows.map((r) => r.problems.map((x) => x.messageKey))).toEqual([
      [],
      [],
      ['conflict.importAmbiguousOrganisation'],
      ['conflict.importUnknownOrganisation'],
      [],
    ]);
    expect(p.rows[4]!.duplicate).toMatchObject({ source: 'file', rowNumber: 2 });
    const report = await t.callAsync<{ created: number; updated: number; skipped: number }>(
      'imports:commit',
      commitInput(uploadId, mappingOf(p), {
        kind: 'people',
        skipInvalid: true,
        duplicates: { default: 'update' },
      }),
    );
    expect(report).toMatchObject({ created: 2, updated: 1, skipped: 2 });
    const people = t.api.people.list({ pageSize: 100 }).items;
    expect(people.map((x) => [x.fullName, x.organisationId, x.councilRole]).sort()).toEqual(
      [
        ['Ахметова Гүлнар', zerendi.id, 'secretary'],
        ['Сейітов Ерлан', burabai.id, null],
      ].sort(),
    );
    // The secretary named in the file is the council's secretary, as the form would make her.
    expect(t.api.council.get({})?.secretaryPersonId).toBe(
      people.find((x) => x.fullName === 'Ахметова Гүлнар')!.id,
    );
    t.api.history.undo({});
    expect(t.count('people')).toBe(0);
    expect(t.api.council.get({})?.secretaryPersonId).toBeNull();
  });
});
