import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { KAZAKH_LETTERS, MISSING_ID, RUSSIAN_YO, organisationInput } from '../../helpers/fixtures';
import { channels } from '../../../src/shared/api';
import type { ApiError } from '../../../src/shared/api/contract';

const base = organisationInput({ nameKk: 'Мектеп' });

const fieldsOf = (error: ApiError) =>
  (error.fields ?? []).map((f) => ({ path: f.path, messageKey: f.messageKey }));

const refused = (t: TestWorkspace, input: unknown, channel = 'organisations:create') => {
  const error = t.fail(channel, input);
  expect(error.code).toBe('validation');
  expect(error.messageKey).toBe('errors.validation');
  return fieldsOf(error);
};

describe('the dispatcher refuses malformed input before any service runs', () => {
  it('names the field and the reason for wrong types and missing fields', () => {
    const t = openTestWorkspace();
    expect(refused(t, { ...base, nameKk: 5, level: 'planet' })).toEqual([
      { path: 'nameKk', messageKey: 'validation.wrongType' },
      { path: 'level', messageKey: 'validation.choice' },
    ]);
    expect(refused(t, { typeCode: 'EDU.SCHOOL', level: 'organisation' })).toEqual([
      { path: 'nameKk', messageKey: 'validation.required' },
    ]);
    expect(refused(t, { ...base, nameKk: '   ' })).toEqual([
      { path: 'nameKk', messageKey: 'validation.required' },
    ]);
    expect(refused(t, { ...base, groupId: 42 })).toEqual([
      { path: 'groupId', messageKey: 'validation.wrongType' },
    ]);
    expect(refused(t, { ...base, membership: 'owner' })).toEqual([
      { path: 'membership', messageKey: 'validation.choice' },
    ]);
    for (const input of [null, 'organisation', 42, [base]]) {
      expect(refused(t, input)).toEqual([{ path: '', messageKey: 'validation.wrongType' }]);
    }
    expect(t.count('organisations')).toBe(0);
  });

  it('refuses fields the contract does not know, at any depth', () => {
    const t = openTestWorkspace();
    const top = t.fail('organisations:create', { ...base, isCouncilHub: true, archivedAt: null });
    expect(top.fields).toEqual([
      expect.objectContaining({
        path: '',
        messageKey: 'validation.unknownField',
        params: { keys: 'isCouncilHub, archivedAt' },
      }),
    ]);
    const org = t.api.organisations.create(base);
    expect(
      refused(t, { id: org.id, patch: { nameKk: 'X', createdAt: '2000-01-01' } }, 'organisations:update'),
    ).toEqual([{ path: 'patch', messageKey: 'validation.unknownField' }]);
    expect(refused(t, { id: org.id, patch: {} }, 'organisations:update')).toEqual([
      { path: 'patch', messageKey: 'validation.emptyPatch' },
    ]);
    expect(
      refused(t, { sort: { field: 'nameKk', order: 'asc', nulls: 'first' } }, 'organisations:list'),
    ).toEqual([{ path: 'sort', messageKey: 'validation.unknownField' }]);
    expect(refused(t, { verbose: true }, 'workspace:status')).toEqual([
      { path: '', messageKey: 'validation.unknownField' },
    ]);
    expect(t.api.organisations.get({ id: org.id }).organisation.isCouncilHub).toBe(false);
  });

  it('refuses a 10,000-character name but keeps 10,000-character notes whole', () => {
    const t = openTestWorkspace();
    const long = 'Қ'.repeat(10_000);
    const error = t.fail('organisations:create', { ...base, nameKk: long });
    expect(error.fields).toEqual([
      {
        path: 'nameKk',
        messageKey: 'validation.tooLong',
        params: { max: 500 },
        message: 'Тым ұзын: ең көбі 500 таңба.',
      },
    ]);
    // Notes keep exactly what was typed, including the line breaks at either end.
    const notes = `\n${`${KAZAKH_LETTERS}\n`.repeat(300).slice(0, 9_998)}\n`;
    const org = t.api.organisations.create({ ...base, notes });
    expect(t.api.organisations.get({ id: org.id }).organisation.notes).toBe(notes);
    expect(notes).toHaveLength(10_000);
    expect(refused(t, { search: 'к'.repeat(201) }, 'organisations:list')).toEqual([
      { path: 'search', messageKey: 'validation.tooLong' },
    ]);
  });

  it('checks e-mail, website and phone', () => {
    const t = openTestWorkspace();
    for (const email of ['not-an-email', 'a@b', 'pmpk@', '@edu.kz', 'a b@edu.kz']) {
      expect(refused(t, { ...base, email }), email).toEqual([
        { path: 'email', messageKey: 'validation.email' },
      ]);
    }
    for (const website of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'www.edu.kz',
      'http://localhost',
      'ftp://edu.kz',
    ]) {
      expect(refused(t, { ...base, website }), website).toEqual([
        { path: 'website', messageKey: 'validation.url' },
      ]);
    }
    for (const phone of ['8 701 abc', '+7<script>', '87011234567;DROP']) {
      expect(refused(t, { ...base, phone }), phone).toEqual([
        { path: 'phone', messageKey: 'validation.phone' },
      ]);
    }
    const ok = t.api.organisations.create({
      ...base,
      email: ' pmpk@edu.kz ',
      website: 'https://akmola.edu.kz/pmpk',
      phone: '+7 (7162) 25-00-00',
    });
    expect(ok).toMatchObject({ email: 'pmpk@edu.kz', website: 'https://akmola.edu.kz/pmpk' });
    expect(t.api.organisations.create({ ...base, email: '', website: '', phone: '' }).email).toBe('');
  });

  it('refuses a type code or link kind that is not in the reference lists', () => {
    const t = openTestWorkspace();
    expect(refused(t, { ...base, typeCode: 'SPED.UNKNOWN' })).toEqual([
      { path: 'typeCode', messageKey: 'validation.unknownType' },
    ]);
    expect(refused(t, { ...base, sector: 'space' })).toEqual([
      { path: 'sector', messageKey: 'validation.choice' },
    ]);
    const a = t.api.organisations.create(base);
    const b = t.api.organisations.create({ ...base, nameKk: 'Басқа' });
    expect(refused(t, { sourceId: a.id, targetId: b.id, kind: 'friendship' }, 'links:create')).toEqual([
      { path: 'kind', messageKey: 'validation.unknownLinkKind' },
    ]);
    expect(refused(t, { organisations: [] }, 'organisations:createMany')).toEqual([
      { path: 'items', messageKey: 'validation.required' },
      { path: '', messageKey: 'validation.unknownField' },
    ]);
    expect(refused(t, { items: [] }, 'organisations:createMany')).toEqual([
      { path: 'items', messageKey: 'validation.required' },
    ]);
    expect(refused(t, { items: [base, { ...base, typeCode: 'X' }] }, 'organisations:createMany')).toEqual([
      { path: 'items.1.typeCode', messageKey: 'validation.unknownType' },
    ]);
  });

  it('tells a malformed id from an unknown one', () => {
    const t = openTestWorkspace();
    expect(refused(t, { id: 'org-1' }, 'organisations:get')).toEqual([
      { path: 'id', messageKey: 'validation.uuid' },
    ]);
    expect(refused(t, { id: "1' OR '1'='1" }, 'people:get')).toEqual([
      { path: 'id', messageKey: 'validation.uuid' },
    ]);
    for (const channel of [
      'organisations:get',
      'people:get',
      'people:archive',
      'groups:archive',
      'links:archive',
    ]) {
      expect(t.fail(channel, { id: MISSING_ID }), channel).toMatchObject({
        code: 'not_found',
        messageKey: 'errors.not_found',
      });
    }
    expect(t.fail('organisations:create', { ...base, groupId: MISSING_ID }).code).toBe('not_found');
    expect(t.fail('people:create', { fullName: 'Ахметов А.', organisationId: MISSING_ID }).code).toBe(
      'not_found',
    );
    expect(t.count('organisations') + t.count('people')).toBe(0);
  });

  it('answers unknown_channel for a channel the contract does not have', () => {
    const t = openTestWorkspace();
    for (const channel of [
      'organisations:delete',
      'sqlite:exec',
      '',
      '__proto__',
      'constructor',
      'toString',
    ]) {
      expect(t.fail(channel, {}), channel).toMatchObject({
        code: 'unknown_channel',
        messageKey: 'errors.unknown_channel',
      });
    }
    expect(channels).toContain('organisations:create');
  });
});

describe('text is stored and found literally', () => {
  const tricky = [
    "'); DROP TABLE organisations; --",
    '100% инклюзия',
    'snake_case_мектеп',
    '"Балапан" балабақшасы',
    'Back\\slash; `tick`; <b>тег</b>',
  ];

  it('keeps quotes and SQL-like text as typed, and the table survives', () => {
    const t = openTestWorkspace();
    t.api.organisations.create({ ...base, nameKk: 'Қарапайым мектеп' });
    for (const nameKk of tricky) {
      const org = t.api.organisations.create({ ...base, nameKk, notes: nameKk, headName: nameKk });
      expect(t.api.organisations.get({ id: org.id }).organisation).toMatchObject({
        nameKk,
        notes: nameKk,
        headName: nameKk,
      });
    }
    expect(t.api.organisations.list({}).total).toBe(tricky.length + 1);
    expect(
      t.workspace.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'organisations'").get(),
    ).toBeTruthy();
  });

  it('searches for %, _ and quotes as themselves, not as wildcards', () => {
    const t = openTestWorkspace();
    t.api.organisations.create({ ...base, nameKk: 'Қарапайым мектеп' });
    for (const nameKk of tricky) t.api.organisations.create({ ...base, nameKk });
    const found = (search: string) => t.api.organisations.list({ search }).items.map((o) => o.nameKk);
    expect(found('%')).toEqual(['100% инклюзия']);
    expect(found('_')).toEqual(['snake_case_мектеп']);
    expect(found('"')).toEqual(['"Балапан" балабақшасы']);
    expect(found("'); DROP")).toEqual(["'); DROP TABLE organisations; --"]);
    expect(found('\\')).toEqual(['Back\\slash; `tick`; <b>тег</b>']);
    expect(found('%мектеп')).toEqual([]);
    expect(t.api.people.list({ search: '%' }).total).toBe(0);
  });

  it('round-trips every Kazakh letter and Ё exactly, in every text field', () => {
    const t = openTestWorkspace();
    const text = `${KAZAKH_LETTERS} — ${RUSSIAN_YO}`;
    const org = t.api.organisations.create({
      ...base,
      nameKk: text,
      nameRu: RUSSIAN_YO,
      shortName: 'ӘҒҚҢӨҰҮҺІ Ё',
      district: text,
      address: text,
      headName: text,
      notes: text,
    });
    const stored = t.api.organisations.get({ id: org.id }).organisation;
    for (const field of ['nameKk', 'district', 'address', 'headName', 'notes'] as const)
      expect(stored[field]).toBe(text);
    expect(stored.nameRu).toBe(RUSSIAN_YO);
    expect(stored.shortName).toBe('ӘҒҚҢӨҰҮҺІ Ё');
    const person = t.api.people.create({
      fullName: 'Өмірзақ Ұлықбек Һамитұлы',
      position: text,
      organisationId: org.id,
    });
    expect(t.api.people.get({ id: person.id })).toMatchObject({
      fullName: 'Өмірзақ Ұлықбек Һамитұлы',
      position: text,
    });
    // The raw bytes in SQLite are the same code points: no normalisation or transliteration on the way.
    const raw = t.workspace.sqlite
      .prepare('SELECT hex(name_kk) AS h FROM organisations WHERE id = ?')
      .get(org.id) as { h: string };
    expect(raw.h).toBe(Buffer.from(text, 'utf8').toString('hex').toUpperCase());
  });
});

describe('references the services refuse', () => {
  it('refuses an archived group as an organisation’s group', () => {
    const t = openTestWorkspace();
    const group = t.api.groups.create({ nameKk: 'Ескі топ' });
    t.api.groups.archive({ id: group.id });
    expect(t.fail('organisations:create', { ...base, groupId: group.id })).toMatchObject({
      code: 'conflict',
      messageKey: 'conflict.archivedReference',
    });
    const org = t.api.organisations.create(base);
    expect(t.fail('organisations:update', { id: org.id, patch: { groupId: group.id } }).messageKey).toBe(
      'conflict.archivedReference',
    );
    expect(t.api.organisations.get({ id: org.id }).organisation.groupId).toBeNull();
  });

  it('refuses a self-link and a link to an archived organisation', () => {
    const t = openTestWorkspace();
    const a = t.api.organisations.create(base);
    const b = t.api.organisations.create({ ...base, nameKk: 'Басқа' });
    expect(t.fail('links:create', { sourceId: a.id, targetId: a.id, kind: 'external' }).messageKey).toBe(
      'conflict.selfLink',
    );
    t.api.organisations.archive({ id: b.id });
    expect(t.fail('links:create', { sourceId: a.id, targetId: b.id, kind: 'external' }).messageKey).toBe(
      'conflict.archivedReference',
    );
    expect(t.count('organisation_links')).toBe(0);
  });
});

describe('messages are in the workspace language', () => {
  it('speaks Kazakh by default and Russian or English after settings:update', () => {
    const t = openTestWorkspace();
    const tooLong = { ...base, nameKk: 'x'.repeat(10_000) };
    const kk = t.fail('organisations:create', tooLong);
    expect(kk.message).toBe('Енгізілген деректерде қате бар: белгіленген өрістерді түзетіңіз.');
    expect(kk.fields?.[0]?.message).toBe('Тым ұзын: ең көбі 500 таңба.');
    expect(t.fail('organisations:get', { id: MISSING_ID }).message).toBe(
      'Жазба табылмады: ол жойылған немесе ешқашан болмаған.',
    );

    expect(t.api.settings.update({ patch: { language: 'ru' } }).language).toBe('ru');
    const ru = t.fail('organisations:create', tooLong);
    expect(ru.messageKey).toBe(kk.messageKey);
    expect(ru.message).toBe('В данных есть ошибки: исправьте отмеченные поля.');
    expect(ru.fields?.[0]?.message).toBe('Слишком длинно: не более 500 символов.');
    const a = t.api.organisations.create(base);
    expect(t.fail('links:create', { sourceId: a.id, targetId: a.id, kind: 'external' }).message).toBe(
      'Это изменение нельзя сохранить: нельзя связать организацию саму с собой',
    );
    expect(t.fail('nope:nope', {}).message).toBe('Такого запроса нет.');

    t.api.settings.update({ patch: { language: 'en' } });
    expect(t.fail('organisations:get', { id: MISSING_ID }).message).toBe(
      'Record not found: it was deleted or never existed.',
    );
  });

  it('refuses a language it has no messages for, and keeps the old one', () => {
    const t = openTestWorkspace();
    expect(refused(t, { patch: { language: 'de' } }, 'settings:update')).toEqual([
      { path: 'patch.language', messageKey: 'validation.choice' },
    ]);
    expect(t.api.settings.get({})).toEqual({ userName: '', language: 'kk', backupsToKeep: 10 });
  });
});
