import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { SHIPPED_MIGRATIONS } from '../../helpers/migrations';
import akmolaDistricts from '../../../resources/templates/akmola-districts.json';

/** Figure 13 of the guide, as the Akmola template must reproduce it (group short name → organisations). */
const FIGURE_13_COUNTS: Record<string, number> = {
  'А(Қ)ББ': 19,
  'А(Қ)ӘК': 19,
  'Педагогикалық колледждер': 2,
  ОТМИ: 5,
  ПМПК: 4,
  ППТК: 20,
  ТжКББҰ: 6,
  МДБҰ: 20,
  ОББҰ: 24,
  ЖОО: 2,
  ҮЕҰ: 0,
};

const akmola = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'akmola' });
  return t;
};

const allOrganisations = (t: TestWorkspace, includeHub = false) =>
  t.api.organisations.list({ pageSize: 500, includeHub }).items;

describe('workspace:initialise with the Akmola model (Figure 13)', () => {
  it('has exactly the counted organisations of each block of the figure', () => {
    const t = akmola();
    const counts = Object.fromEntries(t.api.groups.list({}).map((g) => [g.shortName, g.organisationCount]));
    for (const [shortName, expected] of Object.entries(FIGURE_13_COUNTS)) {
      expect(counts[shortName], shortName).toBe(expected);
    }
  });

  it('nests the sub-blocks under the figure’s blocks, each block counting its sub-blocks', () => {
    const t = akmola();
    const groups = t.api.groups.list({});
    const byShort = new Map(groups.map((g) => [g.shortName, g]));
    const parentOf = (shortName: string) =>
      groups.find((g) => g.id === byShort.get(shortName)?.parentId)?.nameKk;
    expect(parentOf('ПМПК')).toBe('Арнайы білім беру ұйымдары');
    expect(parentOf('ОББҰ')).toBe('Тірек білім беру ұйымдары, РО');
    expect(parentOf('А(Қ)ББ')).toBe('Мемлекеттік органдар');
    expect(byShort.get('Арнайы білім беру ұйымдары')?.organisationCount).toBe(5 + 4 + 20);
    expect(byShort.get('Тірек білім беру ұйымдары, РО')?.organisationCount).toBe(6 + 20 + 24 + 2);
    // ББ sits in "Мемлекеттік органдар" itself, beside the 19 district divisions.
    expect(byShort.get('Мемлекеттік органдар')?.organisationCount).toBe(1 + 19);
  });

  it('puts 124 organisations in the registry: the 121 counted plus ББ, ООӘК and БАИ', () => {
    const t = akmola();
    const orgs = allOrganisations(t);
    expect(orgs).toHaveLength(124);
    expect(t.api.organisations.list({}).total).toBe(124);
    const countedGroups = new Set(
      t.api.groups
        .list({})
        .filter((g) => g.shortName in FIGURE_13_COUNTS)
        .map((g) => g.id),
    );
    const counted = orgs.filter((o) => o.groupId !== null && countedGroups.has(o.groupId));
    expect(counted).toHaveLength(121);
    const uncounted = orgs.filter((o) => !counted.includes(o));
    expect(uncounted.map((o) => o.shortName).sort()).toEqual(['БАИ', 'ББ', 'ООӘК']);
    expect(orgs.find((o) => o.shortName === 'БАИ')?.groupId).toBeNull();
  });

  it('keeps the council hub out of the registry list but in the network', () => {
    const t = akmola();
    const council = t.api.council.get({});
    expect(allOrganisations(t).some((o) => o.id === council?.hubOrganisationId)).toBe(false);
    const withHub = allOrganisations(t, true);
    expect(withHub).toHaveLength(125);
    const hub = withHub.find((o) => o.isCouncilHub);
    expect(hub?.id).toBe(council?.hubOrganisationId);
    expect(hub?.shortName).toBe('Үйлестіру Кеңесі');
    expect(t.api.network.load({}).organisations).toHaveLength(125);
  });

  it('links every organisation to the hub with an external link, direction unset', () => {
    const t = akmola();
    const hubId = t.api.council.get({})?.hubOrganisationId;
    const { links } = t.api.network.load({});
    expect(links).toHaveLength(124);
    expect(links.every((l) => l.sourceId === hubId && l.kind === 'external' && l.direction === null)).toBe(
      true,
    );
    const targets = new Set(links.map((l) => l.targetId));
    expect(allOrganisations(t).every((o) => targets.has(o.id))).toBe(true);
    expect(allOrganisations(t).every((o) => o.linkCount === 1)).toBe(true);
  });

  it('names the district divisions and offices after the 19 Akmola districts and cities', () => {
    const t = akmola();
    const districts = akmolaDistricts.districts.map((d) => d.name.kk);
    expect(districts).toHaveLength(19);
    expect(districts).toContain('Көкшетау қаласы');
    expect(districts).toContain('Степногорск қаласы');
    for (const typeCode of ['GOV.DISTRICT_EDU', 'EDU.METHOD_OFFICE']) {
      const items = t.api.organisations.list({
        typeCodes: [typeCode],
        levels: ['district'],
        pageSize: 100,
      }).items;
      expect(items.map((o) => o.district).sort()).toEqual([...districts].sort());
      for (const o of items) expect(o.nameKk.startsWith(o.district)).toBe(true);
    }
    const korgalzhyn = t.api.organisations
      .list({ districts: ['Қорғалжын ауданы'] })
      .items.map((o) => o.nameKk);
    expect(korgalzhyn.sort()).toEqual(
      ['Қорғалжын ауданы бойынша білім бөлімі', 'Қорғалжын ауданы бойынша әдістемелік кабинеті'].sort(),
    );
    const kokshetau = t.api.organisations.list({ districts: ['Көкшетау қаласы'] }).items;
    expect(kokshetau).toHaveLength(2);
    for (const o of kokshetau) expect(o.nameRu).toMatch(/Кокшетау/);
  });

  it('fills in the council profile and its chair', () => {
    const t = akmola();
    const council = t.api.council.get({});
    expect(council).toMatchObject({
      template: 'akmola',
      nameKk: 'Ақмола облысында инклюзивті білім беруді дамыту жөніндегі үйлестіру кеңесі',
      region: 'Ақмола облысы',
      yearFounded: 2014,
      sessionCadence: 'quarterly',
      quorumRule: 'more_than_half',
      tieRule: 'chair_decides',
    });
    const chair = t.api.people.get({ id: council?.chairPersonId as string });
    expect(chair).toMatchObject({ fullName: 'Ибраев М.У.', councilRole: 'chair' });
    expect(t.api.people.list({ councilRoles: ['chair'] }).items.map((p) => p.id)).toEqual([chair.id]);
    expect(t.api.workspace.status({})).toMatchObject({
      initialised: true,
      template: 'akmola',
      councilName: council?.nameKk,
    });
  });

  it('records the whole seed in the history as one batch', () => {
    const t = akmola();
    const history = t.api.history.list({ pageSize: 500 });
    // 16 groups + 125 organisations + 124 links + 1 person + the default view + the profile.
    expect(history.total).toBe(t.count('organisation_groups') + 125 + 124 + 1 + 1 + 1);
    expect(history.items.filter((h) => h.entity === 'network_view')).toHaveLength(1);
    expect(new Set(history.items.map((h) => h.batchId)).size).toBe(1);
    expect(history.items.every((h) => h.action === 'create' && h.before === null)).toBe(true);
  });

  it('refuses to initialise a workspace twice and leaves the first council as it was', () => {
    const t = akmola();
    const before = t.count('organisations');
    const error = t.fail('workspace:initialise', { template: 'akmola' });
    expect(error.code).toBe('conflict');
    expect(error.messageKey).toBe('conflict.alreadyInitialised');
    expect(error.message).toBe('Бұл өзгерісті сақтау мүмкін емес: жұмыс кеңістігі бұрыннан құрылған');
    expect(t.fail('workspace:initialise', { template: 'empty', councilName: 'Басқа кеңес' }).code).toBe(
      'conflict',
    );
    expect(t.count('organisations')).toBe(before);
    expect(t.count('council_profile')).toBe(1);
  });
});

describe('workspace:initialise with the empty template', () => {
  it('needs the council’s name', () => {
    const t = openTestWorkspace();
    for (const input of [{ template: 'empty' }, { template: 'empty', councilName: '   ' }]) {
      const error = t.fail('workspace:initialise', input);
      expect(error.code).toBe('validation');
      expect(error.fields).toEqual([
        expect.objectContaining({ path: 'councilName', messageKey: 'validation.required' }),
      ]);
    }
    expect(t.api.workspace.status({}).initialised).toBe(false);
    expect(t.count('organisations')).toBe(0);
  });

  it('creates only the council and its hub, under the given name', () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'empty', councilName: '  Қостанай облысының үйлестіру кеңесі ' });
    const council = t.api.council.get({});
    expect(council).toMatchObject({
      nameKk: 'Қостанай облысының үйлестіру кеңесі',
      template: 'empty',
      chairPersonId: null,
    });
    expect(t.api.organisations.list({}).total).toBe(0);
    const hub = t.api.organisations.list({ includeHub: true }).items;
    expect(hub).toEqual([
      expect.objectContaining({ isCouncilHub: true, nameKk: 'Қостанай облысының үйлестіру кеңесі' }),
    ]);
    expect(t.api.groups.list({})).toEqual([]);
    expect(t.api.workspace.status({})).toMatchObject({ initialised: true, template: 'empty' });
  });

  it('does not offer the Akmola model’s fields to the empty template or a name to Akmola', () => {
    const t = openTestWorkspace();
    expect(
      t.fail('workspace:initialise', { template: 'akmola', councilName: 'X' }).fields?.[0]?.messageKey,
    ).toBe('validation.unknownField');
    expect(t.fail('workspace:initialise', { template: 'moldova' }).code).toBe('validation');
    expect(t.api.workspace.status({}).initialised).toBe(false);
  });
});

describe('workspace status and backups', () => {
  it('reports an uninitialised workspace and where it lives', () => {
    const t = openTestWorkspace();
    expect(t.api.workspace.status({})).toMatchObject({
      initialised: false,
      councilName: null,
      template: null,
      dataDir: t.dir,
      databasePath: path.join(t.dir, 'kenes.sqlite'),
      schemaVersion: SHIPPED_MIGRATIONS,
      lastBackupAt: '2025-03-10T09:00:00.000Z',
    });
  });

  it('makes a manual backup on request and lists it first', () => {
    const t = akmola();
    t.clock.advance(60_000);
    const made = t.api.workspace.backupNow({});
    expect(made).toMatchObject({ kind: 'manual', createdAt: '2025-03-10T09:01:00.000Z' });
    expect(fs.existsSync(path.join(t.dir, 'backups', made.fileName))).toBe(true);
    expect(t.api.workspace.backups({}).map((b) => b.kind)).toEqual(['manual', 'daily']);
    expect(t.api.workspace.status({}).lastBackupAt).toBe('2025-03-10T09:01:00.000Z');
  });
});
