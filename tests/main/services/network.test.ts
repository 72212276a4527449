import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { organisationInput } from '../../helpers/fixtures';
import { moduleAssignments } from '../../../db/schema';
import { moduleCatalogue } from '../../../src/shared/reference';

describe('network:load', () => {
  it('carries the active module assignments of active organisations', () => {
    const t = openTestWorkspace();
    t.api.workspace.initialise({ template: 'empty', councilName: 'Кеңес' });
    const { ids } = t.api.organisations.createMany({
      items: ['ПМПК №1', 'Мектеп', 'Колледж'].map((nameKk) => organisationInput({ nameKk })),
    });
    const [pmpk, school, college] = ids as [string, string, string];
    const [first, second] = moduleCatalogue.map((m) => m.id) as [string, string];
    const at = '2025-03-10T09:00:00.000Z';
    // Assignments have no service yet: written as that service will write them.
    const assign = (
      organisationId: string,
      moduleId: string,
      role: 'lead' | 'participant',
      archivedAt?: string,
    ) =>
      t.ctx.db
        .insert(moduleAssignments)
        .values({
          id: randomUUID(),
          organisationId,
          moduleId,
          role,
          archivedAt,
          createdAt: at,
          updatedAt: at,
        })
        .run();
    assign(pmpk, first, 'lead');
    assign(pmpk, second, 'participant');
    assign(school, first, 'participant', at);
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
});
