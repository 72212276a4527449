import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  blankValues,
  diffInput,
  partyErrors,
  toInput,
  type AgreementFormValues,
} from '../../../src/renderer/src/pages/Agreements/agreementFormModel';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

const withParties = (ids: (string | undefined)[], extra: Partial<AgreementFormValues> = {}) =>
  toInput({
    ...blankValues(),
    title: 'Келісім',
    parties: ids.map((organisationId) => ({ organisationId })),
    ...extra,
  });

const keys = (input: ReturnType<typeof toInput>) =>
  partyErrors(input).map((e) => `${e.path} ${e.messageKey}`);

describe('the agreement form model', () => {
  it('sends dates as calendar days and drops the end date of an indefinite agreement', () => {
    const input = withParties([A, B], {
      validFrom: dayjs('2026-09-01'),
      validTo: dayjs('2027-08-31'),
      indefinite: true,
    });
    expect(input.validFrom).toBe('2026-09-01');
    expect(input.validTo).toBeNull();
    expect(toInput({ ...blankValues(), validTo: dayjs('2027-08-31') }).validTo).toBe('2027-08-31');
  });

  it('refuses one party, a repeated party and an empty row, each on its own row', () => {
    expect(keys(withParties([A]))).toEqual(['parties agreements.form.tooFewParties']);
    expect(keys(withParties([A, undefined]))).toEqual([
      'parties.1.organisationId validation.required',
      'parties agreements.form.tooFewParties',
    ]);
    expect(keys(withParties([A, A]))).toEqual([
      'parties.1.organisationId agreements.form.duplicateParty',
      'parties agreements.form.tooFewParties',
    ]);
    expect(keys(withParties([A, B, C]))).toEqual([]);
  });

  it('gives obligations only to parties', () => {
    const input = withParties([A, B], {
      obligations: [
        { organisationId: A, description: 'Семинар' },
        { organisationId: C, description: 'Тексеру' },
        { description: 'Есеп' },
      ],
    });
    expect(keys(input)).toEqual([
      'obligations.1.organisationId agreements.form.obligationNotParty',
      'obligations.2.organisationId validation.required',
    ]);
  });

  it('patches only what changed, lists whole', () => {
    const before = withParties([A, B]);
    expect(diffInput(before, withParties([A, B]))).toEqual({});
    const after = withParties([A, B, C], { title: 'Жаңа атау' });
    const patch = diffInput(before, after);
    expect(Object.keys(patch).sort()).toEqual(['parties', 'title']);
    expect(patch.parties).toHaveLength(3);
  });
});
