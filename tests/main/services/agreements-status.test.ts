import { describe, expect, it } from 'vitest';
import { threeParty, withPartners, type Partners } from '../../helpers/agreements';
import { fixedClock } from '../../helpers/workspace';

/**
 * Status is computed from the dates and the workspace clock on every read, never stored:
 * moving the clock is all it takes for the registry to change.
 */
const at = (p: Partners, day: string) => p.clock.set(`${day}T09:00:00.000Z`);

const statusOn = (p: Partners, id: string, day: string) => {
  at(p, day);
  const { status, daysToExpiry, termEnd, noticeFrom, renewals } = p.api.agreements.get({ id });
  return { status, daysToExpiry, termEnd, noticeFrom, renewals };
};

describe('agreement status across dates', () => {
  it('goes from draft to active to expiring to expired as the clock moves', () => {
    const p = withPartners(fixedClock('2025-01-10T09:00:00.000Z'));
    const draft = p.api.agreements.create(threeParty(p, { signedOn: null }));
    expect(draft).toMatchObject({ status: 'draft', daysToExpiry: null });
    p.api.agreements.update({ id: draft.id, patch: { signedOn: '2025-01-15' } });
    expect(statusOn(p, draft.id, '2025-03-10')).toEqual({
      status: 'active',
      daysToExpiry: 310,
      termEnd: '2026-01-14',
      noticeFrom: '2025-12-15',
      renewals: 0,
    });
    expect(statusOn(p, draft.id, '2025-12-14').status).toBe('active');
    expect(statusOn(p, draft.id, '2025-12-15')).toMatchObject({ status: 'expiring', daysToExpiry: 30 });
    expect(statusOn(p, draft.id, '2026-01-14')).toMatchObject({ status: 'expiring', daysToExpiry: 0 });
    expect(statusOn(p, draft.id, '2026-01-15')).toMatchObject({ status: 'expired', daysToExpiry: -1 });
    // Nothing was written by reading: the status is not stored.
    expect(p.workspace.sqlite.prepare('SELECT updated_at FROM agreements').pluck().get()).toBe(
      '2025-01-10T09:00:00.000Z',
    );
  });

  it('filters the registry by the status of the day', () => {
    const p = withPartners(fixedClock('2025-03-10T09:00:00.000Z'));
    const a = p.api.agreements.create(threeParty(p));
    const statuses = ['draft', 'active', 'expiring', 'expired', 'terminated'] as const;
    const where = () =>
      statuses.filter((status) => p.api.agreements.list({ status }).some((x) => x.id === a.id));
    expect(where()).toEqual(['active']);
    at(p, '2025-12-20');
    expect(where()).toEqual(['expiring']);
    at(p, '2026-02-01');
    expect(where()).toEqual(['expired']);
  });

  it('is terminated from the termination day, and counts down to it before', () => {
    const p = withPartners(fixedClock('2025-03-10T09:00:00.000Z'));
    const a = p.api.agreements.create(threeParty(p));
    const ended = p.api.agreements.terminate({ id: a.id, on: '2025-04-01' });
    expect(ended).toMatchObject({
      stage: 'terminated',
      terminatedOn: '2025-04-01',
      status: 'expiring',
      daysToExpiry: 22,
    });
    expect(statusOn(p, a.id, '2025-04-01')).toMatchObject({ status: 'terminated', daysToExpiry: null });
  });

  it('keeps an indefinite agreement active for ever', () => {
    const p = withPartners(fixedClock('2025-03-10T09:00:00.000Z'));
    const a = p.api.agreements.create(threeParty(p, { indefinite: true }));
    expect(statusOn(p, a.id, '2040-01-01')).toEqual({
      status: 'active',
      daysToExpiry: null,
      termEnd: null,
      noticeFrom: null,
      renewals: 0,
    });
  });

  it('rolls an automatically renewed agreement over each year, expiring only within each notice period', () => {
    const p = withPartners(fixedClock('2025-03-10T09:00:00.000Z'));
    const a = p.api.agreements.create(
      threeParty(p, { validFrom: '2025-01-01', validTo: '2025-12-31', autoRenew: true, noticeDays: 60 }),
    );
    expect(statusOn(p, a.id, '2025-11-01')).toMatchObject({
      status: 'expiring',
      termEnd: '2025-12-31',
      renewals: 0,
    });
    expect(statusOn(p, a.id, '2026-01-01')).toMatchObject({
      status: 'active',
      termEnd: '2026-12-31',
      daysToExpiry: 364,
      noticeFrom: '2026-11-01',
      renewals: 1,
    });
    expect(statusOn(p, a.id, '2028-11-15')).toMatchObject({
      status: 'expiring',
      termEnd: '2028-12-31',
      renewals: 3,
    });
  });

  it('renews a month-end monthly agreement to the month ends', () => {
    const p = withPartners(fixedClock('2025-01-31T09:00:00.000Z'));
    const a = p.api.agreements.create(
      threeParty(p, { validFrom: '2025-01-31', validTo: '2025-02-27', autoRenew: true, noticeDays: 3 }),
    );
    expect(statusOn(p, a.id, '2025-03-10')).toMatchObject({
      status: 'active',
      termEnd: '2025-03-30',
      renewals: 1,
    });
    expect(statusOn(p, a.id, '2025-04-27')).toMatchObject({
      status: 'expiring',
      termEnd: '2025-04-29',
      renewals: 2,
    });
    expect(statusOn(p, a.id, '2025-08-31')).toMatchObject({ termEnd: '2025-09-29', renewals: 7 });
  });

  it('marks obligations overdue the day after they fall due, unless done', () => {
    const p = withPartners(fixedClock('2025-03-10T09:00:00.000Z'));
    const a = p.api.agreements.create(threeParty(p));
    const overdue = (day: string) => {
      at(p, day);
      return p.api.agreements.get({ id: a.id }).obligations.map((o) => o.overdue);
    };
    expect(overdue('2025-06-01')).toEqual([false, false, false]);
    expect(overdue('2025-06-02')).toEqual([true, false, false]);
    expect(overdue('2025-09-02')).toEqual([true, true, false]);
    p.api.agreements.updateObligation({ id: a.obligations[0]!.id, patch: { status: 'done' } });
    expect(overdue('2025-09-02')).toEqual([false, true, false]);
    expect(p.api.agreements.list({})[0]).toMatchObject({ obligationCount: 3, overdueObligations: 1 });
  });
});
