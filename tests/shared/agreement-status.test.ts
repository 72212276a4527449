import { describe, expect, it } from 'vitest';
import {
  agreementStatus,
  isObligationOverdue,
  isoDay,
  nextTerm,
  type AgreementTerm,
} from '../../src/shared/domain/agreementStatus';

/** A signed one-year agreement (15 Jan 2025 – 14 Jan 2026) with a 30-day notice period. */
const signed = (overrides: Partial<AgreementTerm> = {}): AgreementTerm => ({
  signedOn: '2025-01-15',
  validFrom: '2025-01-15',
  validTo: '2026-01-14',
  indefinite: false,
  autoRenew: false,
  noticeDays: 30,
  terminatedOn: null,
  ...overrides,
});

describe('agreementStatus', () => {
  it('is a draft until signed, whatever the dates', () => {
    expect(agreementStatus(signed({ signedOn: null }), '2025-03-10')).toEqual({
      status: 'draft',
      termEnd: null,
      daysToExpiry: null,
      noticeFrom: null,
      renewals: 0,
    });
    expect(agreementStatus(signed({ signedOn: null }), '2030-01-01').status).toBe('draft');
  });

  it('is active before the notice period, with the days left and the day notice is due', () => {
    expect(agreementStatus(signed(), '2025-03-10')).toEqual({
      status: 'active',
      termEnd: '2026-01-14',
      daysToExpiry: 310,
      noticeFrom: '2025-12-15',
      renewals: 0,
    });
    expect(agreementStatus(signed(), '2025-12-14')).toMatchObject({ status: 'active', daysToExpiry: 31 });
  });

  it('is expiring from the first day of the notice period through the last day of the term', () => {
    expect(agreementStatus(signed(), '2025-12-15')).toMatchObject({ status: 'expiring', daysToExpiry: 30 });
    expect(agreementStatus(signed(), '2026-01-14')).toMatchObject({ status: 'expiring', daysToExpiry: 0 });
  });

  it('is expired the day after the term ends, counting days since as negative', () => {
    expect(agreementStatus(signed(), '2026-01-15')).toMatchObject({ status: 'expired', daysToExpiry: -1 });
    expect(agreementStatus(signed(), '2027-01-14')).toMatchObject({ status: 'expired', daysToExpiry: -365 });
  });

  it('with no notice period is expiring on the last day only', () => {
    expect(agreementStatus(signed({ noticeDays: 0 }), '2026-01-13').status).toBe('active');
    expect(agreementStatus(signed({ noticeDays: 0 }), '2026-01-14').status).toBe('expiring');
  });

  it('is terminated from the termination day on; before it, the term ends that day', () => {
    const term = signed({ terminatedOn: '2025-06-01' });
    expect(agreementStatus(term, '2025-06-01').status).toBe('terminated');
    expect(agreementStatus(term, '2027-01-01').status).toBe('terminated');
    expect(agreementStatus(term, '2025-05-31')).toMatchObject({
      status: 'expiring',
      termEnd: '2025-06-01',
      daysToExpiry: 1,
    });
    expect(agreementStatus(term, '2025-03-10')).toMatchObject({ status: 'active', termEnd: '2025-06-01' });
    // A draft can be called off too.
    expect(agreementStatus({ ...term, signedOn: null }, '2025-06-02').status).toBe('terminated');
  });

  it('is active without an end when indefinite or when no end date is set', () => {
    const none = { termEnd: null, daysToExpiry: null, noticeFrom: null, renewals: 0 };
    expect(agreementStatus(signed({ indefinite: true, validTo: null }), '2099-01-01')).toEqual({
      status: 'active',
      ...none,
    });
    expect(agreementStatus(signed({ validTo: null }), '2099-01-01')).toEqual({ status: 'active', ...none });
  });

  it('rolls an automatically renewed agreement over by its own length instead of expiring', () => {
    const term = signed({ validFrom: '2024-01-01', validTo: '2024-12-31', autoRenew: true });
    expect(agreementStatus(term, '2024-12-31')).toMatchObject({
      status: 'expiring',
      termEnd: '2024-12-31',
      renewals: 0,
    });
    expect(agreementStatus(term, '2025-01-01')).toMatchObject({
      status: 'active',
      termEnd: '2025-12-31',
      daysToExpiry: 364,
      renewals: 1,
    });
    expect(agreementStatus(term, '2027-12-20')).toMatchObject({
      status: 'expiring',
      termEnd: '2027-12-31',
      noticeFrom: '2027-12-01',
      renewals: 3,
    });
  });

  it('keeps a month-end term ending at month ends as it renews', () => {
    // 31 Jan – 27 Feb is one calendar month (31 Jan + 1 month = 28 Feb, the day after).
    const term = signed({ validFrom: '2025-01-31', validTo: '2025-02-27', autoRenew: true, noticeDays: 5 });
    expect(agreementStatus(term, '2025-03-15')).toMatchObject({ termEnd: '2025-03-30', renewals: 1 });
    expect(agreementStatus(term, '2025-04-15')).toMatchObject({ termEnd: '2025-04-29', renewals: 2 });
    expect(agreementStatus(term, '2025-05-10')).toMatchObject({ termEnd: '2025-05-30', renewals: 3 });
    expect(agreementStatus(term, '2025-03-27')).toMatchObject({ status: 'expiring', daysToExpiry: 3 });
  });

  it('renews a year ending on 29 February to 28 February, and back to the 29th in a leap year', () => {
    const term = signed({ validFrom: '2023-03-01', validTo: '2024-02-29', autoRenew: true });
    expect(agreementStatus(term, '2024-06-01')).toMatchObject({ termEnd: '2025-02-28', renewals: 1 });
    expect(agreementStatus(term, '2027-06-01')).toMatchObject({ termEnd: '2028-02-29', renewals: 4 });
  });

  it('renews a term of odd length by its days, and one without a start date by a year', () => {
    const tenDays = signed({
      validFrom: '2025-01-01',
      validTo: '2025-01-10',
      autoRenew: true,
      noticeDays: 0,
    });
    expect(agreementStatus(tenDays, '2025-01-25')).toMatchObject({ termEnd: '2025-01-30', renewals: 2 });
    const noStart = signed({ validFrom: null, validTo: '2024-06-30', autoRenew: true });
    expect(agreementStatus(noStart, '2025-03-10')).toMatchObject({ termEnd: '2025-06-30', renewals: 1 });
  });

  it('finds the current term of a monthly agreement renewed for fifty years', () => {
    const term = signed({ validFrom: '2000-01-31', validTo: '2000-02-28', autoRenew: true });
    const started = performance.now();
    expect(agreementStatus(term, '2050-07-15')).toMatchObject({ termEnd: '2050-07-30', renewals: 605 });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('lets an automatically renewed agreement end when terminated', () => {
    const term = signed({
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
      autoRenew: true,
      terminatedOn: '2025-04-30',
    });
    expect(agreementStatus(term, '2025-04-15')).toMatchObject({ status: 'expiring', termEnd: '2025-04-30' });
    expect(agreementStatus(term, '2025-04-30').status).toBe('terminated');
  });
});

describe('nextTerm', () => {
  it('starts the day after the term ends and runs as long', () => {
    expect(nextTerm('2025-01-01', '2025-12-31')).toEqual({ validFrom: '2026-01-01', validTo: '2026-12-31' });
    expect(nextTerm('2025-01-15', '2026-01-14')).toEqual({ validFrom: '2026-01-15', validTo: '2027-01-14' });
    expect(nextTerm('2025-01-01', '2025-01-10')).toEqual({ validFrom: '2025-01-11', validTo: '2025-01-20' });
  });

  it('keeps month ends and leap days', () => {
    expect(nextTerm('2025-01-31', '2025-02-27')).toEqual({ validFrom: '2025-02-28', validTo: '2025-03-30' });
    expect(nextTerm('2023-03-01', '2024-02-29')).toEqual({ validFrom: '2024-03-01', validTo: '2025-02-28' });
  });

  it('follows the renewals an automatically renewed agreement has already made', () => {
    expect(nextTerm('2024-01-01', '2024-12-31', 2)).toEqual({
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
    });
  });
});

describe('isObligationOverdue', () => {
  it('is overdue once the due day has passed while open or in progress', () => {
    expect(isObligationOverdue({ dueOn: '2025-03-09', status: 'open' }, '2025-03-10')).toBe(true);
    expect(isObligationOverdue({ dueOn: '2025-03-09', status: 'in_progress' }, '2025-03-10')).toBe(true);
    expect(isObligationOverdue({ dueOn: '2025-03-10', status: 'open' }, '2025-03-10')).toBe(false);
    expect(isObligationOverdue({ dueOn: '2025-03-09', status: 'done' }, '2025-03-10')).toBe(false);
    expect(isObligationOverdue({ dueOn: '2025-03-09', status: 'cancelled' }, '2025-03-10')).toBe(false);
    expect(isObligationOverdue({ dueOn: null, status: 'open' }, '2099-01-01')).toBe(false);
  });
});

describe('isoDay', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(isoDay(new Date(2025, 2, 10, 0, 5))).toBe('2025-03-10');
    expect(isoDay(new Date(2025, 2, 10, 23, 55))).toBe('2025-03-10');
    expect(isoDay(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });
});
