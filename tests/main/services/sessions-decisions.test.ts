import { describe, expect, it } from 'vitest';
import { addItem, withCouncil } from '../../helpers/sessions';
import { MISSING_ID } from '../../helpers/fixtures';
import { fixedClock } from '../../helpers/workspace';

describe('open decisions carry forward', () => {
  it('into the execution item of the next sitting, until they are closed', () => {
    const c = withCouncil(3, fixedClock('2025-03-05T06:00:00.000Z'));
    const march = c.heldSession('2025-03-05');
    const item = addItem(c, march);
    const plan = c.api.decisions.create({
      agendaItemId: item.id,
      text: 'Аутизмі бар балаларды қолдаудың өңірлік жоспарын әзірлеу',
      deadline: '2025-05-30',
      responsibleOrganisationIds: [c.pmpk.id],
      responsiblePersonIds: [c.secretary.id],
    });
    const done = c.api.decisions.create({ agendaItemId: item.id, text: 'Ақпаратты сайтқа орналастыру' });
    const cancelled = c.api.decisions.create({ agendaItemId: item.id, text: 'Дөңгелек үстел өткізу' });
    c.api.decisions.setStatus({ id: done.id, status: 'done' });
    c.api.decisions.setStatus({ id: cancelled.id, status: 'cancelled' });
    expect(c.api.sessions.openDecisions({}).map((d) => [d.number, d.text, d.sessionNumber])).toEqual([
      ['2.1', 'Аутизмі бар балаларды қолдаудың өңірлік жоспарын әзірлеу', 1],
    ]);

    c.clock.set('2025-06-01T06:00:00.000Z');
    const june = c.api.sessions.create({ date: '2025-06-12' });
    expect(june.agenda[0]).toMatchObject({ kind: 'execution_of_decisions', reviewedDecisionIds: [plan.id] });

    // Still in progress at the June sitting: it carries on into September's.
    c.api.decisions.setStatus({ id: plan.id, status: 'in_progress' });
    const september = c.api.sessions.create({ date: '2025-09-11' });
    expect(september.agenda[0]?.reviewedDecisionIds).toEqual([plan.id]);

    // Done before December: the December sitting has nothing to review.
    c.api.decisions.setStatus({ id: plan.id, status: 'done' });
    const december = c.api.sessions.create({ date: '2025-12-11' });
    expect(december.agenda[0]?.reviewedDecisionIds).toEqual([]);
    // June's record still lists what it reviewed then.
    expect(c.api.sessions.get({ id: june.id }).agenda[0]?.reviewedDecisionIds).toEqual([plan.id]);
    // …and shows how each stands now, for the report on their execution.
    expect(
      c.api.sessions
        .get({ id: june.id })
        .agenda[0]?.reviewedDecisions.map((d) => [d.number, d.status, d.sessionNumber]),
    ).toEqual([['2.1', 'done', 1]]);
  });

  it('from earlier sittings only, and into a sitting planned before the minutes were entered', () => {
    const c = withCouncil(3);
    const march = c.heldSession('2025-03-05');
    // June is planned before March's decisions are typed in.
    const june = c.api.sessions.create({ date: '2025-06-12' });
    const d = c.api.decisions.create({ agendaItemId: addItem(c, march).id, text: 'Жоспарды бекіту' });
    expect(c.api.sessions.get({ id: june.id }).agenda[0]?.reviewedDecisionIds).toEqual([]);
    // A sitting entered after the fact for February does not review March's decisions.
    expect(c.api.sessions.create({ date: '2025-02-10' }).agenda[0]?.reviewedDecisionIds).toEqual([]);
    const refreshed = c.api.agenda.refreshExecution({ sessionId: june.id });
    expect(refreshed.agenda[0]?.reviewedDecisionIds).toEqual([d.id]);
    // Once listed, a decision stays on the item: refreshing again adds nothing and records nothing.
    const history = c.count('change_history');
    c.api.decisions.setStatus({ id: d.id, status: 'done' });
    c.api.agenda.refreshExecution({ sessionId: june.id });
    expect(c.count('change_history')).toBe(history + 1);
    expect(c.api.sessions.get({ id: june.id }).agenda[0]?.reviewedDecisions.map((x) => x.status)).toEqual([
      'done',
    ]);
  });

  it('across sittings, overdue first, with responsibles and progress notes', () => {
    const c = withCouncil(3);
    const s1 = c.heldSession('2025-01-20');
    const s2 = c.heldSession('2025-02-20');
    const late = c.api.decisions.create({
      agendaItemId: addItem(c, s2).id,
      text: 'Кеш',
      deadline: '2025-03-01',
    });
    const soon = c.api.decisions.create({
      agendaItemId: addItem(c, s1).id,
      text: 'Жақын',
      deadline: '2025-04-01',
    });
    const undated = c.api.decisions.create({ agendaItemId: addItem(c, s1, 'Басқа').id, text: 'Мерзімсіз' });
    c.api.decisions.addProgressNote({ decisionId: late.id, text: 'Жоба дайындалуда', sessionId: s2.id });
    const open = c.api.sessions.openDecisions({});
    expect(open.map((d) => [d.text, d.overdue])).toEqual([
      ['Кеш', true],
      ['Жақын', false],
      ['Мерзімсіз', false],
    ]);
    expect(open[0]?.progressNotes.map((n) => n.text)).toEqual(['Жоба дайындалуда']);
    expect(c.api.sessions.openDecisions({ overdueOnly: true }).map((d) => d.id)).toEqual([late.id]);
    expect([soon.number, undated.number]).toEqual(['2.1', '3.1']);
  });
});

describe('overdue', () => {
  it('moves with the clock and ends when the decision is done', () => {
    const c = withCouncil(3, fixedClock('2025-03-05T06:00:00.000Z'));
    const s = c.heldSession('2025-03-05');
    const d = c.api.decisions.create({
      agendaItemId: addItem(c, s).id,
      text: 'Жоспар',
      deadline: '2025-04-30',
    });
    expect(d.overdue).toBe(false);
    // The deadline day itself is not late yet; the day after is.
    c.clock.set('2025-04-30T06:00:00.000Z');
    expect(c.api.sessions.openDecisions({})[0]?.overdue).toBe(false);
    c.clock.set('2025-05-01T06:00:00.000Z');
    expect(c.api.sessions.openDecisions({})[0]?.overdue).toBe(true);
    expect(c.api.sessions.openDecisions({ overdueOnly: true }).map((x) => x.id)).toEqual([d.id]);
    expect(c.api.sessions.get({ id: s.id }).agenda[1]?.decisions[0]?.overdue).toBe(true);
    expect(c.api.decisions.setStatus({ id: d.id, status: 'done' }).overdue).toBe(false);
    expect(c.api.sessions.openDecisions({ overdueOnly: true })).toEqual([]);
  });
});

describe('one transaction per change', () => {
  it('a decision with an unknown responsible leaves no decision and no responsibles', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const item = addItem(c, s);
    const history = c.count('change_history');
    const error = c.fail('decisions:create', {
      agendaItemId: item.id,
      text: 'Жоспар',
      responsibleOrganisationIds: [c.pmpk.id],
      responsiblePersonIds: [MISSING_ID],
    });
    expect(error.code).toBe('not_found');
    expect([c.count('decisions'), c.count('decision_responsibles'), c.count('change_history')]).toEqual([
      0,
      0,
      history,
    ]);
  });

  it('attendance with a refused guest keeps the attendance taken before', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const before = c.api.sessions.get({ id: s.id }).attendance;
    const error = c.fail('sessions:setAttendance', {
      sessionId: s.id,
      members: [],
      guests: [{ guestName: 'Қонақ' }, { guestName: 'Басқа қонақ', organisationId: MISSING_ID }],
    });
    expect(error.code).toBe('not_found');
    expect(c.api.sessions.get({ id: s.id }).attendance).toEqual(before);
  });

  it('updates responsibles in place and records the whole edit as one batch', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const d = c.api.decisions.create({
      agendaItemId: addItem(c, s).id,
      text: 'Жоспар',
      responsibleOrganisationIds: [c.pmpk.id],
    });
    const changed = c.api.decisions.update({
      id: d.id,
      patch: {
        text: 'Жоспарды нақтылау',
        responsibleOrganisationIds: [c.department.id],
        deadline: '2025-06-01',
      },
    });
    expect([changed.text, changed.responsibleOrganisationIds, changed.deadline]).toEqual([
      'Жоспарды нақтылау',
      [c.department.id],
      '2025-06-01',
    ]);
    const undone = c.api.history.undo({});
    expect(undone).toMatchObject({ entity: 'decision', action: 'update', count: 3 });
    const back = c.api.sessions.get({ id: s.id }).agenda[1]?.decisions[0];
    expect([back?.text, back?.responsibleOrganisationIds]).toEqual(['Жоспар', [c.pmpk.id]]);
  });
});
