import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';
import { moduleCatalogue } from '../../../src/shared/reference';
import type { OrganisationCreate } from '../../../src/shared/api/organisations';

const moduleNo = (n: number): string => {
  const m = moduleCatalogue.find((x) => x.number === n);
  if (!m) throw new Error(`no module ${n}`);
  return m.id;
};

/** A council with four partners from four sectors, besides its own hub. */
const smallCouncil = (t: TestWorkspace) => {
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  const make = (o: Partial<OrganisationCreate>) => t.api.organisations.create(organisationInput(o)).id;
  return {
    pmpk: make({ nameKk: '№1 ПМПК', typeCode: 'SPED.PMPK' }),
    school: make({ nameKk: '№3 мектеп', typeCode: 'EDU.SCHOOL' }),
    health: make({
      nameKk: 'Облыстың денсаулық сақтау басқармасы',
      typeCode: 'HEALTH.DEPT',
      level: 'regional',
    }),
    ngo: make({ nameKk: '«Шапағат» қоғамдық бірлестігі', typeCode: 'PUBLIC_ORG' }),
  };
};

const hubId = (t: TestWorkspace): string => {
  const hub = t.api.organisations.list({ includeHub: true, pageSize: 500 }).items.find((o) => o.isCouncilHub);
  if (!hub) throw new Error('no hub');
  return hub.id;
};

const assignedIn = (t: TestWorkspace, n: number) =>
  t.api.modules
    .list({})
    .find((m) => m.number === n)
    ?.assignments.map((a) => ({ organisationName: a.organisationName, role: a.role, tasks: a.tasks }));

const batches = (t: TestWorkspace): number =>
  (
    t.workspace.sqlite.prepare('SELECT count(DISTINCT batch_id) AS n FROM change_history').get() as {
      n: number;
    }
  ).n;

describe('assigning organisations to modules', () => {
  it('puts an organisation into a module, then changes its role there instead of adding it twice', () => {
    const t = openTestWorkspace();
    const { pmpk } = smallCouncil(t);
    const before = batches(t);
    const created = t.api.modules.assign({
      moduleId: moduleNo(6),
      organisationId: pmpk,
      role: 'participant',
      tasks: 'Кешенді диагностика',
    });
    expect(created).toMatchObject({ moduleId: moduleNo(6), organisationId: pmpk, role: 'participant' });
    const updated = t.api.modules.assign({ moduleId: moduleNo(6), organisationId: pmpk, role: 'lead' });
    expect(updated.id).toBe(created.id);
    // Tasks left out are kept: changing the role in the matrix does not wipe them.
    expect(assignedIn(t, 6)).toEqual([
      { organisationName: '№1 ПМПК', role: 'lead', tasks: 'Кешенді диагностика' },
    ]);
    t.api.modules.assign({ moduleId: moduleNo(6), organisationId: pmpk, role: 'lead', tasks: '' });
    expect(assignedIn(t, 6)).toEqual([{ organisationName: '№1 ПМПК', role: 'lead', tasks: '' }]);
    expect(t.count('module_assignments')).toBe(1);
    // One batch per action; saving what is already there records nothing.
    expect(batches(t)).toBe(before + 3);
    t.api.modules.assign({ moduleId: moduleNo(6), organisationId: pmpk, role: 'lead', tasks: '' });
    expect(batches(t)).toBe(before + 3);
    expect(assignedIn(t, 7)).toEqual([]);
  });

  it('lets a module have several leads, and one organisation take part in several modules', () => {
    const t = openTestWorkspace();
    const { pmpk, school } = smallCouncil(t);
    t.api.modules.assign({ moduleId: moduleNo(1), organisationId: pmpk, role: 'lead' });
    t.api.modules.assign({ moduleId: moduleNo(1), organisationId: school, role: 'lead' });
    t.api.modules.assign({ moduleId: moduleNo(7), organisationId: pmpk, role: 'participant' });
    expect(
      assignedIn(t, 1)
        ?.map((a) => a.organisationName)
        .sort(),
    ).toEqual(['№1 ПМПК', '№3 мектеп']);
    expect(assignedIn(t, 7)?.map((a) => a.role)).toEqual(['participant']);
  });

  it('refuses unknown modules and organisations, and archived organisations, writing nothing', () => {
    const t = openTestWorkspace();
    const { school } = smallCouncil(t);
    t.api.organisations.archive({ id: school });
    const before = t.count('change_history');
    expect(
      t.fail('modules:assign', { moduleId: moduleNo(2), organisationId: school, role: 'lead' }).messageKey,
    ).toBe('conflict.archivedReference');
    expect(
      t.fail('modules:assign', { moduleId: moduleNo(2), organisationId: MISSING_ID, role: 'lead' }).code,
    ).toBe('not_found');
    expect(
      t.fail('modules:assign', { moduleId: MISSING_ID, organisationId: hubId(t), role: 'lead' }).code,
    ).toBe('not_found');
    expect(
      t.fail('modules:assign', { moduleId: moduleNo(2), organisationId: hubId(t), role: 'chair' })
        .fields?.[0],
    ).toMatchObject({ path: 'role', messageKey: 'validation.choice' });
    expect(t.count('module_assignments')).toBe(0);
    expect(t.count('change_history')).toBe(before);
  });

  it('takes an organisation out of a module, and says so when it was not in it', () => {
    const t = openTestWorkspace();
    const { ngo } = smallCouncil(t);
    t.api.modules.assign({ moduleId: moduleNo(12), organisationId: ngo, role: 'participant' });
    expect(t.api.modules.unassign({ moduleId: moduleNo(12), organisationId: ngo })).toEqual({
      removed: true,
    });
    expect(assignedIn(t, 12)).toEqual([]);
    // Archived, not deleted: the history and undo keep it.
    expect(t.count('module_assignments')).toBe(1);
    const before = t.count('change_history');
    expect(t.api.modules.unassign({ moduleId: moduleNo(12), organisationId: ngo })).toEqual({
      removed: false,
    });
    expect(t.count('change_history')).toBe(before);
    // Back in: a new assignment, the archived one stays archived.
    t.api.modules.assign({ moduleId: moduleNo(12), organisationId: ngo, role: 'lead' });
    expect(assignedIn(t, 12)).toEqual([
      { organisationName: '«Шапағат» қоғамдық бірлестігі', role: 'lead', tasks: '' },
    ]);
  });
});

describe('undoing module assignments', () => {
  it('undoes an assignment, a change of role and a removal, each as one step, and redoes them', () => {
    const t = openTestWorkspace();
    const { health } = smallCouncil(t);
    t.api.modules.assign({
      moduleId: moduleNo(2),
      organisationId: health,
      role: 'participant',
      tasks: 'МСАК',
    });
    expect(t.api.history.undoState({}).undo).toMatchObject({
      entity: 'module_assignment',
      action: 'create',
      count: 1,
      label: 'Облыстың денсаулық сақтау басқармасы',
    });
    t.api.history.undo({});
    expect(assignedIn(t, 2)).toEqual([]);
    expect(t.api.modules.coverage({}).modulesWithoutLead).toContain(moduleNo(2));
    t.api.history.redo({});
    expect(assignedIn(t, 2)).toEqual([
      { organisationName: 'Облыстың денсаулық сақтау басқармасы', role: 'participant', tasks: 'МСАК' },
    ]);

    t.api.modules.assign({ moduleId: moduleNo(2), organisationId: health, role: 'lead' });
    expect(t.api.modules.coverage({}).modulesWithoutLead).not.toContain(moduleNo(2));
    t.api.history.undo({});
    expect(assignedIn(t, 2)?.[0]?.role).toBe('participant');
    expect(t.api.modules.coverage({}).modulesWithoutLead).toContain(moduleNo(2));

    t.api.modules.unassign({ moduleId: moduleNo(2), organisationId: health });
    expect(t.api.history.undoState({}).undo).toMatchObject({ action: 'archive' });
    t.api.history.undo({});
    expect(assignedIn(t, 2)).toEqual([
      { organisationName: 'Облыстың денсаулық сақтау басқармасы', role: 'participant', tasks: 'МСАК' },
    ]);
  });
});

describe('module coverage', () => {
  it('names the modules without a lead, the suggested sectors nobody brings, and who is in no module', () => {
    const t = openTestWorkspace();
    const { pmpk, school, health, ngo } = smallCouncil(t);
    const hub = hubId(t);
    t.api.modules.assign({ moduleId: moduleNo(9), organisationId: hub, role: 'lead' });
    t.api.modules.assign({ moduleId: moduleNo(9), organisationId: pmpk, role: 'participant' });
    t.api.modules.assign({ moduleId: moduleNo(2), organisationId: health, role: 'lead' });
    t.api.modules.assign({ moduleId: moduleNo(12), organisationId: ngo, role: 'participant' });

    const coverage = t.api.modules.coverage({});
    expect(coverage.modulesWithoutLead).toEqual([1, 3, 4, 5, 6, 7, 8, 10, 11, 12].map(moduleNo));
    const missing = new Map(
      coverage.missingSectors.map((m) => [
        moduleCatalogue.find((c) => c.id === m.moduleId)?.number,
        m.sectors,
      ]),
    );
    // The hub is a state body, the ПМПК special education: module 9 still lacks the rest.
    expect(missing.get(9)).toEqual(['education', 'health', 'social', 'culture_sport', 'ngo', 'business']);
    expect(missing.get(2)).toEqual(['social', 'culture_sport', 'state']);
    expect(missing.get(12)).toEqual(['education', 'health', 'social', 'culture_sport', 'state', 'business']);
    expect(missing.get(1)).toEqual(['education', 'health', 'social', 'culture_sport', 'state']);
    // Modules 4 and 5 suggest no sector in the guide, so none can be missing.
    expect(missing.get(4)).toBeUndefined();
    expect(missing.get(5)).toBeUndefined();
    // The council's own hub is never reported as "in no module".
    expect(coverage.organisationsInNoModule).toEqual([
      { id: school, nameKk: '№3 мектеп', nameRu: '', shortName: '' },
    ]);
  });

  it('forgets what archived organisations bring, and brings it back when they return', () => {
    const t = openTestWorkspace();
    const { pmpk, school, health, ngo } = smallCouncil(t);
    for (const id of [pmpk, school, ngo]) {
      t.api.modules.assign({ moduleId: moduleNo(11), organisationId: id, role: 'participant' });
    }
    t.api.modules.assign({ moduleId: moduleNo(11), organisationId: health, role: 'lead' });
    expect(t.api.modules.coverage({}).modulesWithoutLead).not.toContain(moduleNo(11));
    t.api.organisations.archive({ id: health });
    t.api.organisations.archive({ id: ngo });
    const coverage = t.api.modules.coverage({});
    expect(coverage.modulesWithoutLead).toContain(moduleNo(11));
    expect(coverage.missingSectors.find((m) => m.moduleId === moduleNo(11))?.sectors).toEqual([
      'culture_sport',
      'state',
      'ngo',
      'business',
    ]);
    expect(coverage.organisationsInNoModule).toEqual([]);
    t.api.organisations.restore({ id: health });
    expect(t.api.modules.coverage({}).modulesWithoutLead).not.toContain(moduleNo(11));
  });

  it('on the Akmola model, starts with every module lacking a lead and every member in no module', () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'akmola' });
    const members = t.api.organisations.list({ pageSize: 500 }).items;
    expect(members).toHaveLength(124);
    const coverage = t.api.modules.coverage({});
    expect(coverage.modulesWithoutLead).toHaveLength(12);
    // In the registry's alphabetical order, as the matrix lists them.
    const alphabetical = t.api.organisations.list({ pageSize: 500, sort: { field: 'nameKk', order: 'asc' } });
    expect(coverage.organisationsInNoModule.map((o) => o.id)).toEqual(alphabetical.items.map((o) => o.id));
    expect(coverage.missingSectors.map((m) => m.moduleId)).toEqual(
      moduleCatalogue.filter((m) => m.suggestedSectors.length).map((m) => m.id),
    );

    const ob = members.find((o) => o.typeCode === 'GOV.REGION_EDU');
    if (!ob) throw new Error('no regional education department in the Akmola model');
    t.api.modules.assign({ moduleId: moduleNo(9), organisationId: ob.id, role: 'lead' });
    const after = t.api.modules.coverage({});
    expect(after.modulesWithoutLead).toHaveLength(11);
    expect(after.modulesWithoutLead).not.toContain(moduleNo(9));
    expect(after.organisationsInNoModule).toHaveLength(123);
    expect(after.missingSectors.find((m) => m.moduleId === moduleNo(9))?.sectors).not.toContain('state');
  });
});
