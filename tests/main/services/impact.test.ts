import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';
import {
  agendaItemReferences,
  agendaItems,
  agreementParties,
  agreements,
  councilSessions,
  decisionResponsibles,
  decisions,
  moduleAssignments,
} from '../../../db/schema';
import { moduleCatalogue } from '../../../src/shared/reference';

const AT = '2025-03-10T09:00:00.000Z';
const stamps = { createdAt: AT, updatedAt: AT };

const withCouncil = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  return t;
};

/**
 * Agreements, sittings and module assignments have no services yet: their rows are
 * written straight into the tables, as those services will write them.
 */
const agreementWith = (t: TestWorkspace, organisationIds: string[], extra: { archivedAt?: string } = {}) => {
  const id = randomUUID();
  t.ctx.db
    .insert(agreements)
    .values({ id, title: `Келісім ${id.slice(0, 4)}`, kind: 'cooperation', ...extra, ...stamps })
    .run();
  for (const organisationId of organisationIds) {
    t.ctx.db
      .insert(agreementParties)
      .values({ id: randomUUID(), agreementId: id, organisationId, ...stamps })
      .run();
  }
  return id;
};

const sitting = (t: TestWorkspace) => {
  const sessionId = randomUUID();
  t.ctx.db
    .insert(councilSessions)
    .values({ id: sessionId, year: 2025, quarter: 1, number: 1, ...stamps })
    .run();
  const item = (fields: { rapporteurOrganisationId?: string; archivedAt?: string } = {}) => {
    const id = randomUUID();
    t.ctx.db
      .insert(agendaItems)
      .values({ id, sessionId, position: 1, title: 'Күн тәртібі', ...fields, ...stamps })
      .run();
    return id;
  };
  const decision = (agendaItemId: string, organisationId: string, status: 'open' | 'done' = 'open') => {
    const id = randomUUID();
    t.ctx.db
      .insert(decisions)
      .values({ id, sessionId, agendaItemId, position: 1, text: 'Шешім', status, ...stamps })
      .run();
    t.ctx.db
      .insert(decisionResponsibles)
      .values({ id: randomUUID(), decisionId: id, organisationId, createdAt: AT })
      .run();
  };
  return { item, decision };
};

describe('organisations:impact', () => {
  it('counts the active records that refer to the organisation', () => {
    const t = withCouncil();
    const { ids } = t.api.organisations.createMany({
      items: ['ПМПК №1', 'Мектеп', 'Колледж'].map((nameKk) => organisationInput({ nameKk })),
    });
    const [pmpk, school, college] = ids as [string, string, string];
    const empty = {
      links: 0,
      people: 0,
      agreements: 0,
      decisions: 0,
      agendaItems: 0,
      moduleAssignments: 0,
    };
    expect(t.api.organisations.impact({ id: pmpk })).toEqual(empty);

    t.api.links.create({ sourceId: pmpk, targetId: school, kind: 'external' });
    t.api.links.create({ sourceId: college, targetId: pmpk, kind: 'external' });
    const archivedLink = t.api.links.create({ sourceId: pmpk, targetId: college, kind: 'external' });
    t.api.links.archive({ id: archivedLink.id });
    t.api.people.create({ fullName: 'Ахметов А.', organisationId: pmpk });
    const gone = t.api.people.create({ fullName: 'Бекова Б.', organisationId: pmpk });
    t.api.people.archive({ id: gone.id });
    t.api.people.create({ fullName: 'Сейітов С.', organisationId: school });

    agreementWith(t, [pmpk, school]);
    agreementWith(t, [pmpk], { archivedAt: AT });
    agreementWith(t, [school]);

    const { item, decision } = sitting(t);
    const named = item();
    t.ctx.db
      .insert(agendaItemReferences)
      .values({
        id: randomUUID(),
        agendaItemId: named,
        entityType: 'organisation',
        entityId: pmpk,
        createdAt: AT,
      })
      .run();
    item({ rapporteurOrganisationId: pmpk });
    item({ rapporteurOrganisationId: pmpk, archivedAt: AT });
    decision(named, pmpk);
    decision(named, pmpk, 'done');
    decision(named, school);

    const [first, second] = moduleCatalogue;
    t.ctx.db
      .insert(moduleAssignments)
      .values([
        { id: randomUUID(), moduleId: first?.id as string, organisationId: pmpk, role: 'lead', ...stamps },
        {
          id: randomUUID(),
          moduleId: second?.id as string,
          organisationId: pmpk,
          role: 'participant',
          ...stamps,
        },
        {
          id: randomUUID(),
          moduleId: second?.id as string,
          organisationId: school,
          role: 'participant',
          archivedAt: AT,
          ...stamps,
        },
      ])
      .run();

    expect(t.api.organisations.impact({ id: pmpk })).toEqual({
      links: 2,
      people: 1,
      agreements: 1,
      decisions: 1,
      agendaItems: 2,
      moduleAssignments: 2,
    });
    expect(t.api.organisations.impact({ id: school })).toEqual({
      ...empty,
      links: 1,
      people: 1,
      agreements: 2,
      decisions: 1,
    });
  });

  it('refuses an unknown or malformed id', () => {
    const t = withCouncil();
    expect(t.fail('organisations:impact', { id: MISSING_ID }).code).toBe('not_found');
    expect(t.fail('organisations:impact', { id: 'ПМПК' }).code).toBe('validation');
    expect(t.fail('organisations:impact', {}).fields?.[0]?.messageKey).toBe('validation.required');
  });
});

describe('links:impact', () => {
  it('names the agreement a link stands on, or none', () => {
    const t = withCouncil();
    const { ids } = t.api.organisations.createMany({
      items: ['ПМПК №1', 'Мектеп'].map((nameKk) => organisationInput({ nameKk })),
    });
    const [a, b] = ids as [string, string];
    const agreementId = agreementWith(t, [a, b]);
    const plain = t.api.links.create({ sourceId: a, targetId: b, kind: 'external' });
    const formal = t.api.links.create({ sourceId: b, targetId: a, kind: 'external', agreementId });

    expect(t.api.links.impact({ id: plain.id })).toEqual({ agreementId: null, agreementTitle: null });
    expect(t.api.links.impact({ id: formal.id })).toEqual({
      agreementId,
      agreementTitle: `Келісім ${agreementId.slice(0, 4)}`,
    });
    expect(t.fail('links:impact', { id: MISSING_ID }).code).toBe('not_found');
    expect(t.fail('links:impact', { id: 42 }).code).toBe('validation');
  });
});
