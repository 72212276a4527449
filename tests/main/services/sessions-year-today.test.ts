import { describe, expect, it } from 'vitest';
import { withCouncil } from '../../helpers/sessions';
import { fixedClock } from '../../helpers/workspace';

describe('the year the sessions screen opens on', () => {
  it('is the workspace clock’s year, not the computer’s, and the answer says which day it is', () => {
    const c = withCouncil(5, fixedClock('2031-05-14T09:00:00'));
    c.api.sessions.create({ date: '2031-04-02' });
    const year = c.api.sessions.year({});
    expect([year.year, year.today]).toEqual([2031, '2031-05-14']);
    expect(year.periods.map((p) => p.noSessionPlanned)).toEqual([true, false, true, true]);
  });

  it('still answers for a year asked for, with today beside it', () => {
    const c = withCouncil(5, fixedClock('2031-05-14T09:00:00'));
    const year = c.api.sessions.year({ year: 2029 });
    expect([year.year, year.today]).toEqual([2029, '2031-05-14']);
  });
});

describe('the counts the year’s list shows for each sitting', () => {
  it('counts the agenda items (the execution item too) and the decisions of that sitting only', () => {
    const c = withCouncil(5, fixedClock('2031-05-14T09:00:00'));
    const april = c.api.sessions.create({ date: '2031-04-02' });
    c.api.sessions.create({ date: '2031-06-20' });
    c.api.agenda.add({ sessionId: april.id, title: 'Ерте анықтау туралы' });
    const [row, other] = c.api.sessions.year({}).periods[1]!.sessions;
    expect([row?.agendaItemCount, other?.agendaItemCount]).toEqual([2, 1]);
    expect([row?.decisionCount, other?.decisionCount]).toEqual([0, 0]);
  });
});
