import { describe, expect, it } from 'vitest';
import { addItem, withCouncil } from '../../helpers/sessions';
import { quorumNeeded } from '../../../src/shared/domain/quorum';

describe('the quorum rule', () => {
  it.each([
    // rule, members, fewest present for a quorum
    ['more_than_half', 1, 1],
    ['more_than_half', 2, 2],
    ['more_than_half', 9, 5],
    ['more_than_half', 10, 6],
    ['two_thirds', 3, 2],
    ['two_thirds', 9, 6],
    ['two_thirds', 10, 7],
    ['two_thirds', 11, 8],
    ['all', 7, 7],
  ] as const)('%s of %i members needs %i present', (rule, members, needed) => {
    expect(quorumNeeded(rule, members)).toBe(needed);
  });
});

describe('quorum at a sitting', () => {
  it('counts members present, never guests, and is not reached before attendance is taken', () => {
    const c = withCouncil(6);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    expect(s.quorum).toEqual({ rule: 'more_than_half', members: 6, present: 0, needed: 4, reached: false });
    expect(s.attendance.map((a) => [a.name, a.status, a.id])).toEqual(
      c.members.map((m) => [m.fullName, null, null]),
    );
    const three = c.api.sessions.setAttendance({
      sessionId: s.id,
      members: c.members.slice(0, 3).map((m) => ({ personId: m.id, status: 'present' as const })),
      guests: [
        // Registered: comes from their own organisation.
        { personId: c.guest.id },
        { guestName: 'Жұмабаева Ләззат', organisationId: c.pmpk.id },
        { guestName: 'Ата-аналар қауымдастығының өкілі' },
      ],
    });
    // Half of six is not more than half: three guests do not make up for it.
    expect(three.quorum).toMatchObject({ members: 6, present: 3, needed: 4, reached: false });
    expect(
      three.attendance.filter((a) => a.isGuest).map((a) => [a.name, a.organisationNameKk !== null]),
    ).toEqual([
      ['Сәрсенова Әйгерім Қайратқызы', true],
      ['Жұмабаева Ләззат', true],
      ['Ата-аналар қауымдастығының өкілі', false],
    ]);
    // Members left out are recorded as absent.
    expect(three.attendance.filter((a) => !a.isGuest).map((a) => a.status)).toEqual([
      'present',
      'present',
      'present',
      'absent',
      'absent',
      'absent',
    ]);
    const four = c.attend(
      s,
      c.members.slice(0, 4).map((m) => m.id),
    );
    expect(four.quorum).toMatchObject({ present: 4, reached: true });
    // The list of guests was replaced: nobody invited this time.
    expect(four.attendance.filter((a) => a.isGuest)).toEqual([]);
  });

  it('does not count an excused member, even with a deputy sent in their place', () => {
    const c = withCouncil(3);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    const [a, b, m] = c.members;
    const taken = c.api.sessions.setAttendance({
      sessionId: s.id,
      members: [
        { personId: a!.id, status: 'present' },
        { personId: b!.id, status: 'excused', deputyPersonId: c.guest.id },
        { personId: m!.id, status: 'absent' },
      ],
      guests: [],
    });
    expect(taken.attendance.find((x) => x.personId === b!.id)).toMatchObject({
      status: 'excused',
      deputyFullName: 'Сәрсенова Әйгерім Қайратқызы',
    });
    expect(taken.quorum).toMatchObject({ members: 3, present: 1, needed: 2, reached: false });
  });

  it('follows the council’s rule: two thirds and all', () => {
    const c = withCouncil(9);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    const ids = c.members.map((m) => m.id);
    c.attend(s, ids.slice(0, 5));
    expect(c.api.sessions.get({ id: s.id }).quorum).toMatchObject({ needed: 5, reached: true });
    c.api.council.update({ patch: { quorumRule: 'two_thirds' } });
    expect(c.api.sessions.get({ id: s.id }).quorum).toMatchObject({
      rule: 'two_thirds',
      needed: 6,
      reached: false,
    });
    c.attend(s, ids.slice(0, 6));
    expect(c.api.sessions.get({ id: s.id }).quorum.reached).toBe(true);
    c.api.council.update({ patch: { quorumRule: 'all' } });
    expect(c.api.sessions.get({ id: s.id }).quorum).toMatchObject({ needed: 9, reached: false });
    c.attend(s, ids);
    expect(c.api.sessions.get({ id: s.id }).quorum).toMatchObject({ present: 9, reached: true });
  });

  it('keeps a past sitting’s roster when the council changes afterwards', () => {
    const c = withCouncil(4);
    const s = c.heldSession(
      '2025-03-05',
      c.members.slice(0, 3).map((m) => m.id),
    );
    c.api.people.create({ fullName: 'Жаңа мүше', councilRole: 'member' });
    c.api.people.create({ fullName: 'Тағы бір мүше', councilRole: 'member' });
    expect(c.api.sessions.get({ id: s.id }).quorum).toMatchObject({ members: 4, present: 3, reached: true });
    // A sitting not yet attended counts today's six.
    expect(c.api.sessions.create({ date: '2025-06-05' }).quorum.members).toBe(6);
  });

  it('refuses someone who is not on the council as a member', () => {
    const c = withCouncil(3);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    const error = c.fail('sessions:setAttendance', {
      sessionId: s.id,
      members: [{ personId: c.guest.id, status: 'present' }],
      guests: [],
    });
    expect(error.messageKey).toBe('conflict.notCouncilMember');
    expect(c.count('attendance')).toBe(0);
  });

  it('is undone whole: the guests removed come back and the marks return', () => {
    const c = withCouncil(3);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    const first = c.api.sessions.setAttendance({
      sessionId: s.id,
      members: [{ personId: c.chair.id, status: 'present' }],
      guests: [{ guestName: 'Жұмабаева Ләззат', organisationId: c.pmpk.id }],
    });
    c.attend(
      s,
      c.members.map((m) => m.id),
    );
    c.api.history.undo({});
    const back = c.api.sessions.get({ id: s.id });
    expect(back.attendance).toEqual(first.attendance);
    expect(back.quorum).toMatchObject({ present: 1, reached: false });
  });

  it('refuses a member listed again as a guest', () => {
    const c = withCouncil(3);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    const error = c.fail('sessions:setAttendance', {
      sessionId: s.id,
      members: [{ personId: c.chair.id, status: 'present' }],
      guests: [{ personId: c.chair.id }],
    });
    expect(error.messageKey).toBe('conflict.duplicateAttendance');
    expect(c.count('attendance')).toBe(0);
  });

  it('refuses a guest with neither a person nor a name', () => {
    const c = withCouncil(3);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    const error = c.fail('sessions:setAttendance', {
      sessionId: s.id,
      members: [],
      guests: [{ organisationId: c.pmpk.id }],
    });
    expect(error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['guests.0.guestName', 'validation.guestName'],
    ]);
  });
});

describe('a decision without quorum', () => {
  it('needs an override with a reason, which is stored for the minutes', () => {
    const c = withCouncil(5);
    const s = c.heldSession(
      '2025-03-05',
      c.members.slice(0, 2).map((m) => m.id),
    );
    const item = addItem(c, s);
    const refused = c.fail('decisions:create', { agendaItemId: item.id, text: 'Жоспарды бекіту' });
    expect([refused.messageKey, refused.message]).toEqual([
      'conflict.noQuorum',
      'Бұл өзгерісті сақтау мүмкін емес: кворум жоқ: шешімді жазу үшін себебін көрсетіңіз',
    ]);
    expect(c.count('decisions')).toBe(0);
    const d = c.api.decisions.create({
      agendaItemId: item.id,
      text: 'Жоспарды бекіту',
      quorumOverrideReason: 'Мерзімі шұғыл: жоспар 1 сәуірге дейін ұсынылуы тиіс',
    });
    expect(d.quorumOverrideReason).toBe('Мерзімі шұғыл: жоспар 1 сәуірге дейін ұсынылуы тиіс');
  });

  it('keeps no reason when the quorum was there', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const d = c.api.decisions.create({
      agendaItemId: addItem(c, s).id,
      text: 'Жоспарды бекіту',
      quorumOverrideReason: 'артық',
    });
    expect(d.quorumOverrideReason).toBeNull();
  });

  it('is not recorded at a sitting still only planned', () => {
    const c = withCouncil(3);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    expect(c.fail('decisions:create', { agendaItemId: addItem(c, s).id, text: 'x' }).messageKey).toBe(
      'conflict.sessionNotHeld',
    );
  });
});

describe('the vote and the tie rule', () => {
  const setUp = () => {
    const c = withCouncil(8);
    const s = c.heldSession('2025-03-05');
    return { c, item: addItem(c, s) };
  };

  it('adopts by majority of votes cast and by consensus when no vote is taken', () => {
    const { c, item } = setUp();
    const vote = (f: number, a: number, ab: number) =>
      c.api.decisions.create({
        agendaItemId: item.id,
        text: 'Шешім',
        vote: { for: f, against: a, abstained: ab },
      }).outcome;
    expect(vote(5, 2, 1)).toBe('adopted');
    expect(vote(2, 5, 1)).toBe('rejected');
    expect(c.api.decisions.create({ agendaItemId: item.id, text: 'Бірауыздан' }).outcome).toBe('adopted');
  });

  it('refuses more votes than members present', () => {
    const { c, item } = setUp();
    const error = c.fail('decisions:create', {
      agendaItemId: item.id,
      text: 'Шешім',
      vote: { for: 6, against: 2, abstained: 1 },
    });
    expect([error.messageKey, error.message]).toEqual([
      'conflict.votesExceedPresent',
      'Бұл өзгерісті сақтау мүмкін емес: дауыс саны қатысқан мүшелер санынан көп',
    ]);
    expect(c.count('decisions')).toBe(0);
  });

  it('on a tie, adopts what the chair voted for (the default ДКК rule)', () => {
    const { c, item } = setUp();
    const tie = { for: 4, against: 4, abstained: 0 };
    expect(c.fail('decisions:create', { agendaItemId: item.id, text: 'Тең', vote: tie }).messageKey).toBe(
      'conflict.tieNeedsChairVote',
    );
    const adopted = c.api.decisions.create({
      agendaItemId: item.id,
      text: 'Тең',
      vote: { ...tie, chairVote: 'for' },
    });
    const rejected = c.api.decisions.create({
      agendaItemId: item.id,
      text: 'Тең',
      vote: { ...tie, chairVote: 'against' },
    });
    expect([adopted.outcome, rejected.outcome]).toEqual(['adopted', 'rejected']);
    expect(adopted.number).toBe('2.1');
    expect(rejected.number).toBe('2.2');
  });

  it('rejects on a tie when the council’s rule says so, whatever the chair voted', () => {
    const { c, item } = setUp();
    c.api.council.update({ patch: { tieRule: 'rejected' } });
    const d = c.api.decisions.create({
      agendaItemId: item.id,
      text: 'Тең',
      vote: { for: 3, against: 3, abstained: 2, chairVote: 'for' },
    });
    expect(d.outcome).toBe('rejected');
    // A rejected proposal is nothing to carry out.
    expect(c.api.sessions.openDecisions({}).map((x) => x.id)).not.toContain(d.id);
  });
});
