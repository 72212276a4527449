import { describe, expect, it } from 'vitest';
import { addItem, withCouncil, type Council } from '../../helpers/sessions';
import { fixedClock } from '../../helpers/workspace';

const reason = (c: Council, channel: string, input: unknown): string => {
  const error = c.fail(channel, input);
  return `${error.code}:${error.messageKey}`;
};

/** The history of the last user action, as (entity, action) pairs. */
const lastBatch = (c: Council): [string, string][] => {
  const sqlite = c.workspace.sqlite;
  const { batchId } = sqlite
    .prepare('SELECT batch_id AS batchId FROM change_history ORDER BY rowid DESC LIMIT 1')
    .get() as { batchId: string };
  return (
    sqlite
      .prepare('SELECT entity, action FROM change_history WHERE batch_id = ? ORDER BY rowid')
      .all(batchId) as { entity: string; action: string }[]
  ).map((r) => [r.entity, r.action]);
};

describe('the year by quarters', () => {
  it('groups the sittings by quarter and flags the quarters with none planned', () => {
    const c = withCouncil();
    c.api.sessions.create({ date: '2025-02-20', time: '10:00', place: 'Көкшетау' });
    c.api.sessions.create({ date: '2025-08-14' });
    c.api.sessions.create({ date: '2024-11-28' });
    const year = c.api.sessions.year({ year: 2025 });
    expect(year.cadence).toBe('quarterly');
    expect(year.periods.map((p) => [p.period, p.from, p.to, p.sessions.length, p.noSessionPlanned])).toEqual([
      [1, '2025-01-01', '2025-03-31', 1, false],
      [2, '2025-04-01', '2025-06-30', 0, true],
      [3, '2025-07-01', '2025-09-30', 1, false],
      [4, '2025-10-01', '2025-12-31', 0, true],
    ]);
    expect(year.periods[0]?.sessions[0]).toMatchObject({
      startsAt: '2025-02-20T10:00',
      quarter: 1,
      place: 'Көкшетау',
    });
  });

  it('follows a half-yearly cadence when the council sits twice a year', () => {
    const c = withCouncil();
    c.api.council.update({ patch: { sessionCadence: 'semiannual' } });
    c.api.sessions.create({ date: '2025-05-20' });
    const year = c.api.sessions.year({ year: 2025 });
    expect(year.periods.map((p) => [p.from, p.to, p.noSessionPlanned])).toEqual([
      ['2025-01-01', '2025-06-30', false],
      ['2025-07-01', '2025-12-31', true],
    ]);
  });

  it('leaves a cancelled sitting out, so its quarter is flagged again', () => {
    const c = withCouncil();
    const s = c.api.sessions.create({ date: '2025-05-20' });
    c.api.sessions.archive({ id: s.id });
    expect(c.api.sessions.year({ year: 2025 }).periods[1]?.noSessionPlanned).toBe(true);
  });
});

describe('numbering', () => {
  it('starts again at 1 each year when the council numbers per year', () => {
    const c = withCouncil();
    const numbers = ['2024-03-01', '2024-06-01', '2025-02-01', '2025-05-01'].map(
      (date) => c.api.sessions.create({ date }).number,
    );
    expect(numbers).toEqual([1, 2, 1, 2]);
  });

  it('counts on across the years since founding, from a number the secretary gives', () => {
    const c = withCouncil();
    c.api.council.update({ patch: { sessionNumbering: 'since_founding' } });
    // Forty-three sittings since 2014 were held before the workspace existed.
    expect(c.api.sessions.create({ date: '2024-12-05', number: 44 }).number).toBe(44);
    expect(c.api.sessions.create({ date: '2025-03-05' }).number).toBe(45);
    expect(c.api.sessions.create({ date: '2025-06-05' }).number).toBe(46);
    expect(reason(c, 'sessions:create', { date: '2026-03-05', number: 45 })).toBe(
      'conflict:conflict.sessionNumberTaken',
    );
  });

  it('refuses a number already used that year, but allows it in another year', () => {
    const c = withCouncil();
    c.api.sessions.create({ date: '2025-03-05' });
    expect(c.fail('sessions:create', { date: '2025-06-05', number: 1 }).message).toContain('нөмірлі отырыс');
    expect(c.api.sessions.create({ date: '2026-03-05', number: 1 }).number).toBe(1);
  });

  it('renumbers a sitting moved into another year, per year', () => {
    const c = withCouncil();
    c.api.sessions.create({ date: '2026-02-05' });
    const s = c.api.sessions.create({ date: '2025-12-20' });
    const moved = c.api.sessions.update({ id: s.id, patch: { date: '2026-01-15' } });
    expect([moved.year, moved.quarter, moved.number, moved.startsAt]).toEqual([2026, 1, 2, '2026-01-15']);
  });

  it('gives a cancelled sitting’s number back', () => {
    const c = withCouncil();
    const first = c.api.sessions.create({ date: '2025-03-05' });
    c.api.sessions.archive({ id: first.id });
    expect(c.api.sessions.create({ date: '2025-04-05' }).number).toBe(1);
  });
});

describe('a sitting', () => {
  it('is created with its officers and the execution item first, in one batch', () => {
    const c = withCouncil();
    const s = c.api.sessions.create({ date: '2025-03-20', time: '11:30', onlinePlatform: 'Zoom' });
    expect(s).toMatchObject({
      status: 'planned',
      chairPersonId: c.chair.id,
      secretaryPersonId: c.secretary.id,
      onlinePlatform: 'Zoom',
      locked: false,
    });
    expect(s.agenda.map((i) => [i.position, i.kind, i.title])).toEqual([
      [1, 'execution_of_decisions', 'Бұрын қабылданған шешімдердің орындалуы туралы'],
    ]);
    expect(lastBatch(c)).toEqual([
      ['session', 'create'],
      ['agenda_item', 'create'],
    ]);
  });

  it('titles the execution item in the workspace language', () => {
    const c = withCouncil();
    c.api.settings.update({ patch: { language: 'ru' } });
    const s = c.api.sessions.create({ date: '2025-03-20' });
    expect(s.agenda[0]?.title).toBe('Об исполнении ранее принятых решений');
  });

  it('moves forward one step at a time and back one step before approval', () => {
    const c = withCouncil();
    const s = c.api.sessions.create({ date: '2025-03-20' });
    expect(reason(c, 'sessions:setStatus', { id: s.id, status: 'approved' })).toBe(
      'conflict:conflict.sessionStatusStep',
    );
    c.api.sessions.setStatus({ id: s.id, status: 'held' });
    c.api.sessions.setStatus({ id: s.id, status: 'minutes_drafted' });
    expect(c.api.sessions.setStatus({ id: s.id, status: 'held' }).status).toBe('held');
    c.api.sessions.setStatus({ id: s.id, status: 'minutes_drafted' });
    const approved = c.api.sessions.setStatus({ id: s.id, status: 'approved' });
    expect(approved).toMatchObject({
      status: 'approved',
      locked: true,
      approvedAt: '2025-03-10T09:00:00.000Z',
    });
    expect(reason(c, 'sessions:setStatus', { id: s.id, status: 'minutes_drafted' })).toBe(
      'conflict:conflict.sessionApproved',
    );
  });

  it('cannot go back to planned once something was decided at it', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    c.api.decisions.create({ agendaItemId: addItem(c, s).id, text: 'Жоспарды бекіту' });
    expect(reason(c, 'sessions:setStatus', { id: s.id, status: 'planned' })).toBe(
      'conflict:conflict.sessionHasDecisions',
    );
    expect(reason(c, 'sessions:archive', { id: s.id })).toBe('conflict:conflict.sessionHasDecisions');
  });
});

/** A one-page PDF, as a scanned paper of an agenda item. */
const SCAN = {
  fileName: 'баяндама.pdf',
  base64: Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ).toString('base64'),
};

describe('approved minutes', () => {
  const approvedSitting = (c: Council) => {
    const s = c.heldSession('2025-03-05');
    const item = addItem(c, s);
    const decision = c.api.decisions.create({
      agendaItemId: item.id,
      text: 'Жоспарды бекіту',
      deadline: '2025-06-01',
    });
    const paper = c.api.attachments.add({ ownerType: 'agenda_item', ownerId: item.id, ...SCAN });
    c.api.sessions.setStatus({ id: s.id, status: 'minutes_drafted' });
    c.api.sessions.setStatus({ id: s.id, status: 'approved' });
    return { s, item, decision, paper };
  };

  it('lock the sitting: every edit is refused with a translated message and nothing changes', () => {
    const c = withCouncil(3);
    const { s, item, decision, paper } = approvedSitting(c);
    const historyBefore = c.count('change_history');
    const refused = [
      c.fail('sessions:update', { id: s.id, patch: { place: 'Астана' } }),
      c.fail('sessions:setAttendance', { sessionId: s.id, members: [], guests: [] }),
      c.fail('agenda:add', { sessionId: s.id, title: 'Жаңа мәселе' }),
      c.fail('agenda:update', { id: item.id, patch: { heard: 'өзгерген мәтін' } }),
      c.fail('agenda:archive', { id: item.id }),
      c.fail('decisions:create', { agendaItemId: item.id, text: 'Тағы бір шешім' }),
      c.fail('decisions:update', { id: decision.id, patch: { text: 'Басқа мәтін' } }),
      c.fail('decisions:archive', { id: decision.id }),
      c.fail('sessions:archive', { id: s.id }),
      // The item's papers are part of the signed record too.
      c.fail('attachments:add', { ownerType: 'agenda_item', ownerId: item.id, ...SCAN }),
      c.fail('attachments:archive', { id: paper.id }),
    ];
    for (const error of refused) {
      expect(error.messageKey).toBe('conflict.sessionApproved');
      expect(error.message).toContain('хаттамасы бекітілген');
    }
    expect(c.count('change_history')).toBe(historyBefore);
    expect(c.api.sessions.get({ id: s.id }).place).toBe('Көкшетау қ., Абай к-сі, 96');
  });

  it('take amendments, kept beside the signed record; drafts take none', () => {
    const c = withCouncil(3);
    const { s } = approvedSitting(c);
    c.clock.set('2025-04-02T08:00:00.000Z');
    const amended = c.api.sessions.amend({
      id: s.id,
      text: '2.1-шешімнің мерзімі 2025-07-01 болып өзгертілді',
    });
    expect(amended.amendments.map((a) => [a.madeOn, a.text])).toEqual([
      ['2025-04-02', '2.1-шешімнің мерзімі 2025-07-01 болып өзгертілді'],
    ]);
    const draft = c.api.sessions.create({ date: '2025-06-05' });
    expect(reason(c, 'sessions:amend', { id: draft.id, text: 'x' })).toBe(
      'conflict:conflict.sessionNotApproved',
    );
  });

  it('still let the decisions be followed up', () => {
    const c = withCouncil(3);
    const { decision } = approvedSitting(c);
    c.api.decisions.addProgressNote({ decisionId: decision.id, text: 'Жоспардың жобасы дайын' });
    const done = c.api.decisions.setStatus({ id: decision.id, status: 'done' });
    expect(done).toMatchObject({ status: 'done', closedAt: '2025-03-10T09:00:00.000Z' });
    expect(done.progressNotes.map((n) => [n.notedOn, n.text])).toEqual([
      ['2025-03-10', 'Жоспардың жобасы дайын'],
    ]);
  });
});

describe('the agenda', () => {
  it('numbers items after the execution item, reorders them, and renumbers decisions with them', () => {
    const c = withCouncil(3);
    const s = c.heldSession('2025-03-05');
    const a = addItem(c, s, 'Ресурстық орталықтың жұмысы');
    const b = c.api.agenda.add({
      sessionId: s.id,
      title: 'ПМПК мен мектептердің өзара іс-қимыл алгоритмі',
      rapporteurOrganisationId: c.pmpk.id,
      organisationIds: [c.pmpk.id, c.department.id],
    });
    expect([a.position, b.position, b.organisationIds]).toEqual([2, 3, [c.pmpk.id, c.department.id]]);
    const d = c.api.decisions.create({ agendaItemId: b.id, text: 'Алгоритмді мектептерге жіберу' });
    expect(d.number).toBe('3.1');
    const reordered = c.api.agenda.reorder({ sessionId: s.id, itemIds: [b.id, a.id] });
    expect(reordered.agenda.map((i) => [i.position, i.title, i.decisions.map((x) => x.number)])).toEqual([
      [1, 'Бұрын қабылданған шешімдердің орындалуы туралы', []],
      [2, 'ПМПК мен мектептердің өзара іс-қимыл алгоритмі', ['2.1']],
      [3, 'Ресурстық орталықтың жұмысы', []],
    ]);
    expect(reason(c, 'agenda:reorder', { sessionId: s.id, itemIds: [b.id] })).toBe(
      'conflict:conflict.agendaOrder',
    );
    expect(reason(c, 'agenda:archive', { id: s.agenda[0]?.id })).toBe('conflict:conflict.executionItem');
    const after = c.api.agenda.archive({ id: a.id });
    expect(after.agenda.map((i) => i.position)).toEqual([1, 2]);
  });

  it('replaces its links and leaves nothing half-written when one link is refused', () => {
    const c = withCouncil(3);
    const s = c.api.sessions.create({ date: '2025-03-05' });
    const item = addItem(c, s);
    const refsBefore = c.count('agenda_item_references');
    const error = c.fail('agenda:update', {
      id: item.id,
      patch: { title: 'Жаңа атауы', organisationIds: [c.pmpk.id, '00000000-0000-4000-8000-000000000000'] },
    });
    expect(error.code).toBe('not_found');
    expect(c.count('agenda_item_references')).toBe(refsBefore);
    expect(c.api.sessions.get({ id: s.id }).agenda[1]?.title).toBe('Аутизмі бар балаларды қолдау жоспары');
  });
});

describe('undo', () => {
  it('takes a new sitting back whole, execution item and carried decisions included', () => {
    const c = withCouncil(3, fixedClock('2025-03-10T09:00:00.000Z'));
    const earlier = c.heldSession('2025-03-05');
    c.api.decisions.create({ agendaItemId: addItem(c, earlier).id, text: 'Жоспарды бекіту' });
    const counts = () =>
      ['council_sessions', 'agenda_items', 'agenda_item_references'].map((t) => c.count(t));
    const before = counts();
    const s = c.api.sessions.create({ date: '2025-06-05' });
    expect(s.agenda[0]?.reviewedDecisionIds).toHaveLength(1);
    const undone = c.api.history.undo({});
    expect(undone).toMatchObject({ entity: 'session', action: 'create', count: 3, label: '№2 2025-06-05' });
    expect(counts()).toEqual(before);
    expect(c.fail('sessions:get', { id: s.id }).code).toBe('not_found');
    c.api.history.redo({});
    expect(c.api.sessions.get({ id: s.id }).agenda[0]?.reviewedDecisionIds).toHaveLength(1);
  });
});
