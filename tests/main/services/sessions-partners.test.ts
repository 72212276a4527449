import { describe, expect, it } from 'vitest';
import { addItem, withCouncil, type Council } from '../../helpers/sessions';
import { organisationInput } from '../../helpers/fixtures';

/** A third organisation, so partners and responsibles can differ. */
const ngo = (c: Council) =>
  c.api.organisations.create(organisationInput({ nameKk: '«Шапағат» қоғамдық бірлестігі', typeCode: 'NGO' }));

describe('decision partners (Серіктестер, Table 5)', () => {
  it('are kept apart from the responsible organisations, in the order named', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const shapagat = ngo(c);
    const d = c.api.decisions.create({
      agendaItemId: addItem(c, s).id,
      text: 'Ерте араласу қызметін ұйымдастыру',
      responsibleOrganisationIds: [c.department.id],
      responsiblePersonIds: [c.secretary.id],
      partnerOrganisationIds: [shapagat.id, c.pmpk.id],
    });
    expect([d.responsibleOrganisationIds, d.responsiblePersonIds, d.partnerOrganisationIds]).toEqual([
      [c.department.id],
      [c.secretary.id],
      [shapagat.id, c.pmpk.id],
    ]);
    // The sitting, the open list and the next sitting's execution item read the same.
    const read = c.api.sessions.get({ id: s.id }).agenda[1]?.decisions[0];
    expect(read?.partnerOrganisationIds).toEqual([shapagat.id, c.pmpk.id]);
    expect(c.api.sessions.openDecisions({})[0]?.partnerOrganisationIds).toEqual([shapagat.id, c.pmpk.id]);
  });

  it('are replaced by an update, leaving the responsibles alone, and undo brings them back', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const shapagat = ngo(c);
    const d = c.api.decisions.create({
      agendaItemId: addItem(c, s).id,
      text: 'Жоспар',
      responsibleOrganisationIds: [c.department.id],
      partnerOrganisationIds: [c.pmpk.id],
    });
    const changed = c.api.decisions.update({ id: d.id, patch: { partnerOrganisationIds: [shapagat.id] } });
    expect([changed.responsibleOrganisationIds, changed.partnerOrganisationIds]).toEqual([
      [c.department.id],
      [shapagat.id],
    ]);
    // One batch: the decision row, the partner removed and the partner added.
    expect(c.api.history.undo({})).toMatchObject({ entity: 'decision', action: 'update', count: 3 });
    const back = c.api.sessions.get({ id: s.id }).agenda[1]?.decisions[0];
    expect([back?.responsibleOrganisationIds, back?.partnerOrganisationIds]).toEqual([
      [c.department.id],
      [c.pmpk.id],
    ]);
    c.api.history.redo({});
    expect(c.api.sessions.get({ id: s.id }).agenda[1]?.decisions[0]?.partnerOrganisationIds).toEqual([
      shapagat.id,
    ]);
  });

  it('refuses an organisation named both responsible and partner, or twice, writing nothing', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const itemId = addItem(c, s).id;
    const rows = c.count('decision_responsibles');
    expect(
      c.fail('decisions:create', {
        agendaItemId: itemId,
        text: 'Жоспар',
        responsibleOrganisationIds: [c.pmpk.id],
        partnerOrganisationIds: [c.pmpk.id],
      }),
    ).toMatchObject({ code: 'conflict', messageKey: 'conflict.duplicateReference' });
    expect(
      c.fail('decisions:create', {
        agendaItemId: itemId,
        text: 'Жоспар',
        partnerOrganisationIds: [c.pmpk.id, c.pmpk.id],
      }),
    ).toMatchObject({ code: 'conflict', messageKey: 'conflict.duplicateReference' });
    expect([c.count('decisions'), c.count('decision_responsibles')]).toEqual([0, rows]);

    // An update naming as partner an organisation already responsible is refused too.
    const d = c.api.decisions.create({
      agendaItemId: itemId,
      text: 'Жоспар',
      responsibleOrganisationIds: [c.pmpk.id],
    });
    expect(
      c.fail('decisions:update', { id: d.id, patch: { partnerOrganisationIds: [c.pmpk.id] } }),
    ).toMatchObject({ code: 'conflict', messageKey: 'conflict.duplicateReference' });
    // Moving it from responsible to partner in one edit is fine.
    const moved = c.api.decisions.update({
      id: d.id,
      patch: { responsibleOrganisationIds: [c.department.id], partnerOrganisationIds: [c.pmpk.id] },
    });
    expect([moved.responsibleOrganisationIds, moved.partnerOrganisationIds]).toEqual([
      [c.department.id],
      [c.pmpk.id],
    ]);
  });

  it('must be organisations still in the register', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const shapagat = ngo(c);
    c.api.organisations.archive({ id: shapagat.id });
    expect(
      c.fail('decisions:create', {
        agendaItemId: addItem(c, s).id,
        text: 'Жоспар',
        partnerOrganisationIds: [shapagat.id],
      }),
    ).toMatchObject({ code: 'conflict', messageKey: 'conflict.archivedReference' });
  });
});
