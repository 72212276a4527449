import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace, DAY, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';
import {
  createOrganisation,
  createOrganisations,
  getOrganisation,
  listOrganisations,
} from '../../../src/main/services/organisations';
import { createDispatcher } from '../../../src/main/api/dispatch';
import type { ApiResult } from '../../../src/shared/api/contract';
import type { ServiceContext } from '../../../src/main/services/context';
import { organisationCreate, type OrganisationListInput } from '../../../src/shared/api/organisations';

const akmola = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'akmola' });
  return t;
};

const names = (t: TestWorkspace, input: OrganisationListInput = {}): string[] =>
  t.api.organisations.list({ pageSize: 500, ...input }).items.map((o) => o.nameKk);

describe('creating, reading and editing an organisation', () => {
  it('stores what was entered, trims it, fills the defaults and takes the sector from the type', () => {
    const t = openTestWorkspace();
    const created = t.api.organisations.create(
      organisationInput({
        nameKk: '  №1 ПМПК  ',
        typeCode: 'SPED.PMPK',
        district: 'Зеренді ауданы',
        email: 'pmpk1@example.kz',
        website: 'https://pmpk1.example.kz',
        phone: '+7 (7162) 25-00-00',
      }),
    );
    expect(created).toMatchObject({
      nameKk: '№1 ПМПК',
      nameRu: '',
      sector: 'special_education',
      level: 'organisation',
      district: 'Зеренді ауданы',
      membership: 'partner',
      clusterRole: 'participant',
      groupId: null,
      isCouncilHub: false,
      archivedAt: null,
      createdAt: '2025-03-10T09:00:00.000Z',
      updatedAt: '2025-03-10T09:00:00.000Z',
    });
    expect(t.api.organisations.get({ id: created.id }).organisation).toEqual(created);
  });

  it('keeps a sector the user chose, and a new type brings its own sector unless one is given', () => {
    const t = openTestWorkspace();
    const org = t.api.organisations.create(organisationInput({ typeCode: 'EDU.SCHOOL', sector: 'science' }));
    expect(org.sector).toBe('science');
    t.clock.advance(1000);
    const retyped = t.api.organisations.update({ id: org.id, patch: { typeCode: 'HEALTH.PHC' } });
    expect(retyped.sector).toBe('health');
    expect(retyped.updatedAt).toBe('2025-03-10T09:00:01.000Z');
    const both = t.api.organisations.update({
      id: org.id,
      patch: { typeCode: 'SPED.PMPK', sector: 'social' },
    });
    expect(both.sector).toBe('social');
  });

  it('changes only the fields in the patch, and can clear a group', () => {
    const t = openTestWorkspace();
    const group = t.api.groups.create({ nameKk: 'Тірек мектептер' });
    const org = t.api.organisations.create(organisationInput({ groupId: group.id, notes: 'Ескерту' }));
    const moved = t.api.organisations.update({
      id: org.id,
      patch: { nameRu: 'Школа-гимназия №3', groupId: null },
    });
    expect(moved).toMatchObject({
      nameKk: org.nameKk,
      nameRu: 'Школа-гимназия №3',
      groupId: null,
      notes: 'Ескерту',
    });
  });

  it('shows the organisation with its group path, people and links', () => {
    const t = openTestWorkspace();
    const parent = t.api.groups.create({ nameKk: 'Арнайы білім беру ұйымдары' });
    const child = t.api.groups.create({ nameKk: 'ПМПК', parentId: parent.id });
    const pmpk = t.api.organisations.create(
      organisationInput({ nameKk: 'ПМПК №1', typeCode: 'SPED.PMPK', groupId: child.id }),
    );
    const school = t.api.organisations.create(organisationInput());
    t.api.people.create({ fullName: 'Сәрсенова Ә.Қ.', organisationId: pmpk.id, position: 'меңгеруші' });
    const archived = t.api.people.create({ fullName: 'Бұрынғы қызметкер', organisationId: pmpk.id });
    t.api.people.archive({ id: archived.id });
    const link = t.api.links.create({ sourceId: school.id, targetId: pmpk.id, kind: 'information_exchange' });

    const detail = t.api.organisations.get({ id: pmpk.id });
    expect(detail.groupPath.map((g) => g.nameKk)).toEqual(['Арнайы білім беру ұйымдары', 'ПМПК']);
    expect(detail.people.map((p) => p.fullName)).toEqual(['Сәрсенова Ә.Қ.']);
    expect(detail.links.map((l) => [l.id, l.source.nameKk, l.target.nameKk])).toEqual([
      [link.id, school.nameKk, 'ПМПК №1'],
    ]);
    t.api.links.archive({ id: link.id });
    expect(t.api.organisations.get({ id: pmpk.id }).links).toEqual([]);
  });

  it('answers not_found for an id that does not exist', () => {
    const t = openTestWorkspace();
    for (const [channel, input] of [
      ['organisations:get', { id: MISSING_ID }],
      ['organisations:update', { id: MISSING_ID, patch: { nameKk: 'X' } }],
      ['organisations:archive', { id: MISSING_ID }],
      ['organisations:restore', { id: MISSING_ID }],
    ] as const) {
      const error = t.fail(channel, input);
      expect(error.code, channel).toBe('not_found');
      expect(error.messageKey).toBe('errors.not_found');
    }
  });
});

describe('archiving and restoring', () => {
  it('hides an archived organisation from the registry and the network, and restores it', () => {
    const t = openTestWorkspace();
    const org = t.api.organisations.create(organisationInput());
    t.clock.advance(DAY);
    const archived = t.api.organisations.archive({ id: org.id });
    expect(archived.archivedAt).toBe('2025-03-11T09:00:00.000Z');
    expect(t.api.organisations.list({}).total).toBe(0);
    expect(names(t, { archived: 'archived' })).toEqual([org.nameKk]);
    expect(names(t, { archived: 'all' })).toEqual([org.nameKk]);
    expect(t.api.network.load({}).organisations).toEqual([]);
    expect(t.api.organisations.get({ id: org.id }).organisation.archivedAt).not.toBeNull();

    const restored = t.api.organisations.restore({ id: org.id });
    expect(restored.archivedAt).toBeNull();
    expect(names(t)).toEqual([org.nameKk]);
  });

  it('refuses to archive twice, to restore an active one, or to edit an archived one', () => {
    const t = openTestWorkspace();
    const org = t.api.organisations.create(organisationInput());
    expect(t.fail('organisations:restore', { id: org.id }).messageKey).toBe('conflict.notArchived');
    t.api.organisations.archive({ id: org.id });
    expect(t.fail('organisations:archive', { id: org.id }).messageKey).toBe('conflict.archived');
    const edit = t.fail('organisations:update', { id: org.id, patch: { nameKk: 'Жаңа атау' } });
    expect(edit).toMatchObject({ code: 'conflict', messageKey: 'conflict.archived' });
    expect(t.api.organisations.get({ id: org.id }).organisation.nameKk).toBe(org.nameKk);
  });

  it('never archives the council itself', () => {
    const t = akmola();
    const hubId = t.api.council.get({})?.hubOrganisationId as string;
    expect(t.fail('organisations:archive', { id: hubId })).toMatchObject({
      code: 'conflict',
      messageKey: 'conflict.hubArchive',
    });
    expect(t.api.network.load({}).organisations.some((o) => o.id === hubId)).toBe(true);
  });
});

describe('searching the registry', () => {
  it('finds Қорғалжын when typed on a Russian keyboard, in any case', () => {
    const t = akmola();
    const expected = [
      'Қорғалжын ауданы бойынша білім бөлімі',
      'Қорғалжын ауданы бойынша әдістемелік кабинеті',
    ];
    for (const search of ['коргалжын', 'Қорғалжын', 'КОРГАЛЖЫН', 'қорғалжын', '  коргалжын ']) {
      expect(names(t, { search }).sort(), search).toEqual(expected.sort());
    }
  });

  it('finds ПМПК by "пмпк" and the Russian name by a Russian word', () => {
    const t = akmola();
    expect(names(t, { search: 'пмпк' })).toEqual(
      [1, 2, 3, 4].map((n) => `Психологиялық-медициналық-педагогикалық консультация №${n}`),
    );
    expect(names(t, { search: 'ПСИХОЛОГО-МЕДИКО' })).toHaveLength(4);
    expect(names(t, { search: 'аккольскому' })).toEqual([
      'Ақкөл ауданы бойынша әдістемелік кабинеті',
      'Ақкөл ауданы бойынша білім бөлімі',
    ]);
    expect(names(t, { search: 'несуществующее' })).toEqual([]);
  });

  it('folds the Kazakh letters even when there is no Russian name to fall back on', () => {
    const t = openTestWorkspace();
    t.api.organisations.create(organisationInput({ nameKk: 'Қорғалжын ауылының мектебі' }));
    t.api.organisations.create(organisationInput({ nameKk: 'Әулиеата Ұлағат Үміт Өркен Һәм Ңғ' }));
    expect(names(t, { search: 'коргалжын' })).toEqual(['Қорғалжын ауылының мектебі']);
    expect(names(t, { search: 'аулиеата улагат умит оркен хам нг' })).toEqual([
      'Әулиеата Ұлағат Үміт Өркен Һәм Ңғ',
    ]);
  });

  it('treats Ё and Е, І and И alike, and searches the head, e-mail and short name', () => {
    const t = openTestWorkspace();
    t.api.organisations.create(
      organisationInput({ nameKk: 'Ёлочка балабақшасы', typeCode: 'EDU.PRESCHOOL' }),
    );
    t.api.organisations.create(
      organisationInput({
        nameKk: 'Ілияс Есенберлин атындағы мектеп',
        headName: 'Жұмабаева Гүлнар',
        email: 'school12@edu.kz',
      }),
    );
    expect(names(t, { search: 'елочка' })).toEqual(['Ёлочка балабақшасы']);
    expect(names(t, { search: 'ЁЛОЧКА' })).toEqual(['Ёлочка балабақшасы']);
    expect(names(t, { search: 'илияс' })).toEqual(['Ілияс Есенберлин атындағы мектеп']);
    expect(names(t, { search: 'гулнар' })).toEqual(['Ілияс Есенберлин атындағы мектеп']);
    expect(names(t, { search: 'SCHOOL12@' })).toEqual(['Ілияс Есенберлин атындағы мектеп']);
  });
});

describe('filtering the registry', () => {
  it('filters by type, sector, level, district, membership and group (with its sub-groups)', () => {
    const t = akmola();
    const list = (input: OrganisationListInput) => t.api.organisations.list({ pageSize: 500, ...input });
    expect(list({ typeCodes: ['SPED.PMPK'] }).total).toBe(4);
    expect(list({ typeCodes: ['SPED.PMPK', 'SPED.PPTK'] }).total).toBe(24);
    expect(list({ sectors: ['special_education'] }).total).toBe(29);
    expect(list({ sectors: ['state'] }).total).toBe(20);
    expect(
      list({ levels: ['regional'] })
        .items.map((o) => o.shortName)
        .sort(),
    ).toEqual(['БАИ', 'ББ', 'ООӘК']);
    expect(list({ levels: ['district'] }).total).toBe(38);
    expect(list({ districts: ['Ақкөл ауданы', 'Есіл ауданы'] }).total).toBe(4);
    expect(list({ memberships: ['member'] }).total).toBe(124);
    expect(list({ memberships: ['partner'] }).total).toBe(0);

    const groups = t.api.groups.list({});
    const special = groups.find((g) => g.nameKk === 'Арнайы білім беру ұйымдары')?.id as string;
    const pmpk = groups.find((g) => g.shortName === 'ПМПК')?.id as string;
    expect(list({ groupIds: [special] }).total).toBe(29);
    expect(list({ groupIds: [pmpk] }).total).toBe(4);
    // Filters combine: ПМПК within the special block, in the special sector, at organisation level.
    expect(list({ groupIds: [special], typeCodes: ['SPED.PMPK'], levels: ['organisation'] }).total).toBe(4);
    expect(list({ groupIds: [special], sectors: ['state'] }).total).toBe(0);
  });

  it('shows the hub only when asked, and archived organisations only under their filter', () => {
    const t = akmola();
    const [first] = t.api.organisations.list({ typeCodes: ['EDU.HEI'] }).items;
    t.api.organisations.archive({ id: first?.id as string });
    expect(t.api.organisations.list({}).total).toBe(123);
    expect(t.api.organisations.list({ includeHub: true }).total).toBe(124);
    expect(t.api.organisations.list({ archived: 'archived' }).items.map((o) => o.id)).toEqual([first?.id]);
    expect(t.api.organisations.list({ archived: 'all', includeHub: true }).total).toBe(125);
    expect(t.api.organisations.list({ typeCodes: ['EDU.HEI'] }).total).toBe(1);
  });

  it('gives the facets a filter panel needs', () => {
    const t = akmola();
    const facets = t.api.organisations.facets({});
    expect(facets.active).toBe(124);
    expect(facets.archived).toBe(0);
    expect(facets.districts).toHaveLength(19);
    expect(facets.districts.slice(0, 2)).toEqual(['Ақкөл ауданы', 'Аршалы ауданы']);
    const types = Object.fromEntries(facets.typeCodes.map((f) => [f.code, f.count]));
    expect(types).toEqual({
      'GOV.REGION_EDU': 1,
      'GOV.DISTRICT_EDU': 19,
      'EDU.METHOD_OFFICE': 20,
      'EDU.PED_COLLEGE': 2,
      'SPED.BOARDING': 5,
      'SPED.PMPK': 4,
      'SPED.PPTK': 20,
      'EDU.INSERVICE': 1,
      'EDU.TVET': 6,
      'EDU.PRESCHOOL': 20,
      'EDU.SCHOOL': 24,
      'EDU.HEI': 2,
    });
    const pmpk = t.api.organisations.list({ typeCodes: ['SPED.PMPK'] }).items[0];
    t.api.organisations.archive({ id: pmpk?.id as string });
    const after = t.api.organisations.facets({});
    expect(after).toMatchObject({ active: 123, archived: 1 });
    expect(after.typeCodes.find((f) => f.code === 'SPED.PMPK')?.count).toBe(3);
  });
});

describe('paging and sorting', () => {
  it('pages through every organisation exactly once', () => {
    const t = akmola();
    const pages = [1, 2, 3, 4].map((page) => t.api.organisations.list({ page, pageSize: 50 }));
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 24, 0]);
    expect(pages.every((p) => p.total === 124)).toBe(true);
    expect(pages[1]).toMatchObject({ page: 2, pageSize: 50 });
    const ids = pages.flatMap((p) => p.items.map((o) => o.id));
    expect(new Set(ids).size).toBe(124);
  });

  it('sorts in the Kazakh alphabet: Ә right after А, Қ after К, І after Ы, and №2 before №10', () => {
    const t = openTestWorkspace();
    const kazakhOrder = [
      'Арман',
      'әлем',
      'Бала',
      'Көкше',
      'Қарағанды',
      'Орал',
      'Өркен',
      'ПМПК №1',
      'ПМПК №2',
      'ПМПК №10',
      'Уақыт',
      'Ұлан',
      'Үміт',
      'Һарон',
      'Ыбырай',
      'Іле',
      'Эра',
      'Яссы',
    ];
    const shuffled = [...kazakhOrder].reverse();
    shuffled.push(...shuffled.splice(0, 7));
    t.api.organisations.createMany({ items: shuffled.map((nameKk) => organisationInput({ nameKk })) });
    expect(names(t)).toEqual(kazakhOrder);
    expect(names(t, { sort: { field: 'nameKk', order: 'desc' } })).toEqual([...kazakhOrder].reverse());
  });

  it('sorts by other columns, breaking ties by name', () => {
    const t = openTestWorkspace();
    const make = (nameKk: string, district: string) =>
      t.api.organisations.create(organisationInput({ nameKk, district }));
    const b = make('Бірінші', 'Қорғалжын ауданы');
    make('Алтын', 'Қорғалжын ауданы');
    make('Шұғыла', 'Ақкөл ауданы');
    make('Ақжол', 'Көкшетау қаласы');
    expect(names(t, { sort: { field: 'district', order: 'asc' } })).toEqual([
      'Шұғыла',
      'Ақжол',
      'Алтын',
      'Бірінші',
    ]);
    t.clock.advance(5000);
    t.api.organisations.update({ id: b.id, patch: { notes: 'жаңартылды' } });
    expect(names(t, { sort: { field: 'updatedAt', order: 'desc' } })[0]).toBe('Бірінші');
    expect(names(t, { sort: { field: 'updatedAt', order: 'asc' } })[3]).toBe('Бірінші');
  });
});

describe('createMany is all or nothing', () => {
  it('writes nothing when one row in the middle names a group that does not exist', () => {
    const t = akmola();
    const before = { orgs: t.count('organisations'), history: t.count('change_history') };
    const items = Array.from({ length: 5 }, (_, i) => organisationInput({ nameKk: `Мектеп №${i + 1}` }));
    items[2] = organisationInput({ nameKk: 'Жоқ топтағы мектеп', groupId: MISSING_ID });
    const error = t.fail('organisations:createMany', { items });
    expect(error.code).toBe('not_found');
    expect(t.count('organisations')).toBe(before.orgs);
    expect(t.count('change_history')).toBe(before.history);
    expect(names(t, { search: 'мектеп №' })).toEqual([]);
  });

  it('rolls back rows already inserted when a later chunk fails', () => {
    const t = akmola();
    const before = { orgs: t.count('organisations'), history: t.count('change_history') };
    // Row 251 of 300 gets the id of row 1: the first 200-row INSERT succeeds, the second fails mid-import.
    let n = 0;
    let first = '';
    const ctx: ServiceContext = {
      ...t.ctx,
      newId: () => {
        n += 1;
        if (n === 1) first = randomUUID();
        return n === 1 || n === 251 ? first : randomUUID();
      },
    };
    const items = Array.from({ length: 300 }, (_, i) => organisationInput({ nameKk: `Импорт №${i + 1}` }));
    expect(() => createOrganisations(ctx, items)).toThrow(/UNIQUE/);
    expect(t.count('organisations')).toBe(before.orgs);
    expect(t.count('change_history')).toBe(before.history);

    // Through the dispatcher the user sees a translated "nothing was saved", not the SQL error.
    n = 0;
    const errors: unknown[] = [];
    const dispatch = createDispatcher(ctx, { logError: (_c, e) => errors.push(e) });
    const result = dispatch('organisations:createMany', { items }) as ApiResult<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } });
    expect(!result.ok && result.error.message).toMatch(/Ештеңе сақталмады/);
    expect(errors).toHaveLength(1);
    expect(t.count('organisations')).toBe(before.orgs);
  });

  it('rolls back the organisations when writing their history fails', () => {
    const t = openTestWorkspace();
    let n = 0;
    const ctx: ServiceContext = {
      ...t.ctx,
      newId: () => {
        n += 1;
        // Ids 1..3 are the organisations; the 4th is the history batch.
        if (n === 4) throw new Error('disk full');
        return randomUUID();
      },
    };
    const items = [1, 2, 3].map((i) => organisationInput({ nameKk: `Мектеп №${i}` }));
    expect(() => createOrganisations(ctx, items)).toThrow('disk full');
    expect(t.count('organisations')).toBe(0);
    // A single create: the 3rd id is the organisation's, the 4th (its history batch) fails after the INSERT.
    n = 2;
    expect(() => createOrganisation(ctx, organisationCreate.parse(items[0]))).toThrow('disk full');
    expect(t.count('organisations')).toBe(0);
    expect(t.count('change_history')).toBe(0);
  });

  it('imports thousands of rows in one call, each with its history', () => {
    const t = openTestWorkspace();
    const items = Array.from({ length: 2500 }, (_, i) => organisationInput({ nameKk: `Мектеп №${i + 1}` }));
    const { ids } = t.api.organisations.createMany({ items });
    expect(ids).toHaveLength(2500);
    expect(t.count('organisations')).toBe(2500);
    expect(t.api.history.list({ entity: 'organisation' }).total).toBe(2500);
    const page = listOrganisations(t.ctx, { page: 1, pageSize: 3 });
    expect(page.items.map((o) => o.nameKk)).toEqual(['Мектеп №1', 'Мектеп №2', 'Мектеп №3']);
    expect(getOrganisation(t.ctx, ids[2499] as string).organisation.nameKk).toBe('Мектеп №2500');
  });
});
