import dayjs, { type Dayjs } from 'dayjs';
import type { InputOf } from '../../../../shared/api/contract';
import type { agreementCalls } from '../../../../shared/api/agreements';
import type { AgreementKind, PartnershipStage, TrackedStatus } from '../../../../shared/domain/enums';
import type { AgreementDetail } from '../../../../shared/model';
import type { FieldError } from '../../../../shared/api/contract';

export type AgreementCreateInput = InputOf<typeof agreementCalls.create>;

export interface PartyValues {
  id?: string;
  organisationId?: string;
  role?: string;
  signatoryPersonId?: string | null;
}

export interface ObligationValues {
  id?: string;
  organisationId?: string;
  description?: string;
  dueOn?: Dayjs | null;
  status?: TrackedStatus;
}

/** What the editor's form holds: dates as dayjs for the pickers, everything else as sent. */
export interface AgreementFormValues {
  number?: string;
  title?: string;
  kind?: AgreementKind;
  subject?: string;
  signedOn?: Dayjs | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  indefinite?: boolean;
  autoRenew?: boolean;
  noticeDays?: number | null;
  stage?: PartnershipStage;
  notes?: string;
  parties?: PartyValues[];
  obligations?: ObligationValues[];
  moduleIds?: string[];
}

/** The notice period a new agreement starts with (the schema's default). */
const DEFAULT_NOTICE_DAYS = 30;

const day = (iso: string | null): Dayjs | null => (iso ? dayjs(iso) : null);
const iso = (value: Dayjs | null | undefined): string | null =>
  value && value.isValid() ? value.format('YYYY-MM-DD') : null;
const text = (value: string | undefined): string => (value ?? '').trim();

/** A new agreement (a cooperation agreement unless asked otherwise) between two parties still to be chosen, at the guide's first stage. */
export const blankValues = (kind: AgreementKind = 'cooperation'): AgreementFormValues => ({
  number: '',
  title: '',
  kind,
  subject: '',
  signedOn: null,
  validFrom: null,
  validTo: null,
  indefinite: false,
  autoRenew: false,
  noticeDays: DEFAULT_NOTICE_DAYS,
  stage: 'problem_stated',
  notes: '',
  parties: [{ role: '' }, { role: '' }],
  obligations: [],
  moduleIds: [],
});

export const valuesFromAgreement = (a: AgreementDetail): AgreementFormValues => ({
  number: a.number,
  title: a.title,
  kind: a.kind,
  subject: a.subject,
  signedOn: day(a.signedOn),
  validFrom: day(a.validFrom),
  validTo: day(a.validTo),
  indefinite: a.indefinite,
  autoRenew: a.autoRenew,
  noticeDays: a.noticeDays,
  stage: a.stage,
  notes: a.notes,
  parties: a.parties.map((p) => ({
    id: p.id,
    organisationId: p.organisationId,
    role: p.role,
    signatoryPersonId: p.signatoryPersonId,
  })),
  obligations: a.obligations.map((o) => ({
    id: o.id,
    organisationId: o.organisationId,
    description: o.description,
    dueOn: day(o.dueOn),
    status: o.status,
  })),
  moduleIds: [...a.moduleIds],
});

/**
 * The whole record as the API takes it. Every row of the form is sent, empty ones too, so
 * that an error at `parties.1` is the form's second row; an empty row is refused with
 * "required" and the user removes it or fills it in.
 */
export const toInput = (v: AgreementFormValues): AgreementCreateInput => {
  const indefinite = v.indefinite ?? false;
  return {
    number: text(v.number),
    title: text(v.title),
    kind: v.kind ?? 'cooperation',
    subject: v.subject ?? '',
    signedOn: iso(v.signedOn),
    validFrom: iso(v.validFrom),
    // An indefinite agreement has no end date, whatever the picker still holds.
    validTo: indefinite ? null : iso(v.validTo),
    indefinite,
    autoRenew: v.autoRenew ?? false,
    noticeDays: v.noticeDays ?? 0,
    stage: v.stage ?? 'problem_stated',
    notes: v.notes ?? '',
    parties: (v.parties ?? []).map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      organisationId: p.organisationId ?? '',
      role: text(p.role),
      signatoryPersonId: p.signatoryPersonId ?? null,
    })),
    obligations: (v.obligations ?? []).map((o) => ({
      ...(o.id ? { id: o.id } : {}),
      organisationId: o.organisationId ?? '',
      description: text(o.description),
      dueOn: iso(o.dueOn),
      status: o.status ?? 'open',
    })),
    moduleIds: v.moduleIds ?? [],
  };
};

/** The fields of `next` that differ from `before`; lists are compared whole, as the API replaces them whole. */
export const diffInput = (
  before: AgreementCreateInput,
  next: AgreementCreateInput,
): Partial<AgreementCreateInput> => {
  const changed = (Object.keys(next) as (keyof AgreementCreateInput)[]).filter(
    (key) => JSON.stringify(next[key]) !== JSON.stringify(before[key]),
  );
  return Object.fromEntries(changed.map((key) => [key, next[key]]));
};

/**
 * The rules the contract's schema cannot state, checked in the browser so the message
 * lands on the row at fault: every row names an organisation, two or more distinct
 * parties, no party twice, and obligations only for parties. Main checks them again.
 */
export const partyErrors = (input: AgreementCreateInput): FieldError[] => {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.parties.forEach((p, i) => {
    const path = `parties.${i}.organisationId`;
    if (!p.organisationId) errors.push({ path, messageKey: 'validation.required', message: '' });
    else if (seen.has(p.organisationId))
      errors.push({ path, messageKey: 'agreements.form.duplicateParty', message: '' });
    seen.add(p.organisationId);
  });
  if (seen.size - (seen.has('') ? 1 : 0) < 2)
    errors.push({ path: 'parties', messageKey: 'agreements.form.tooFewParties', message: '' });
  input.obligations?.forEach((o, i) => {
    const path = `obligations.${i}.organisationId`;
    if (!o.organisationId) errors.push({ path, messageKey: 'validation.required', message: '' });
    else if (!seen.has(o.organisationId))
      errors.push({ path, messageKey: 'agreements.form.obligationNotParty', message: '' });
  });
  return errors;
};
