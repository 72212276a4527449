import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { organisationInput } from '../../helpers/fixtures';
import { moduleCatalogue } from '../../../src/shared/reference';

const workspaceWith = (names: string[]) => {
  const t = openTestWorkspace();
  t.clock.set('2026-02-01T09:00:00.000Z');
  t.api.workspace.initialise({ template: 'empty', councilName: 'Кеңес' });
  const { ids } = t.api.organisations.createMany({
    items: names.map((nameKk) => organisationInput({ nameKk })),
  });
  return { t, ids };
};

describe('network:load', () => {
  it('carries the active module assignments of active organisations', () => {
    const { t, ids } = workspaceWith(['ПМПК №1', 'Мектеп', 'Колледж']);
    const [pmpk, school, college] = ids as [string, string, string];
    const [first, second] = moduleCatalogue.map((m) => m.id) as [string, string];
    const assign = (organisationId: string, moduleId: string, role: 'lead' | 'participant') =>
      t.api.modules.assign({ organisationId, moduleId, role, tasks: '' });
    assign(pmpk, first, 'lead');
    assign(pmpk, second, 'participant');
    assign(school, first, 'participant');
    t.api.modules.unassign({ organisationId: school, moduleId: first });
    assign(college, second, 'lead');
    t.api.organisations.archive({ id: college });

    const { assignments } = t.api.network.load({});
    expect(assignments).toHaveLength(2);
    expect(assignments).toEqual(
      expect.arrayContaining([
        { organisationId: pmpk, moduleId: first, role: 'lead' },
        { organisationId: pmpk, moduleId: second, role: 'participant' },
      ]),
    );
  });

  it('carries current agreements with their status and the parties still in the network', () => {
    const { t, ids } = workspaceWith(['ПМПК №1', 'Мектеп', 'Колледж', 'Аурухана']);
    const [pmpk, school, college, hospital] = ids as [string, string, string, string];
    const parties = (...orgs: string[]) => orgs.map((organisationId) => ({ organisationId }));
    const signed = {
      kind: 'cooperation' as const,
      signedOn: '2026-01-10',
      validFrom: '2026-01-10',
      validTo: '2026-02-20',
      noticeDays: 30,
    };
    const three = t.api.agreements.create({
      ...signed,
      title: 'Үш тарап',
      parties: parties(pmpk, school, college),
    });
    const replaced = t.api.agreements.create({
      ...signed,
      title: 'Ескі нұсқа',
      parties: parties(pmpk, hospital),
    });
    const renewal = t.api.agreements.newVersion({ id: replaced.id, reason: 'renewal' });
    const archived = t.api.agreements.create({
      ...signed,
      title: 'Мұрағатта',
      parties: parties(school, hospital),
    });
    t.api.agreements.archive({ id: archived.id });
    // An archived organisation leaves the agreement's lines, not the agreement.
    t.api.organisations.archive({ id: college });

    const { agreements } = t.api.network.load({});
    expect(agreements.map((a) => a.title).sort()).toEqual(['Үш тарап', 'Ескі нұсқа'].sort());
    const byId = new Map(agreements.map((a) => [a.id, a]));
    // 1 February is inside the 30-day notice period before 20 February.
    expect(byId.get(three.id)).toMatchObject({ status: 'expiring', partyIds: [pmpk, school] });
    // Only the renewal is drawn, not the version it replaced.
    expect(byId.has(replaced.id)).toBe(false);
    expect(byId.get(renewal.id)?.partyIds).toEqual([pmpk, hospital]);
  });
});
