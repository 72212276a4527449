import dayjs, { type Dayjs } from 'dayjs';
import type { InputOf } from '../../../../shared/api/contract';
import type { sessionCalls } from '../../../../shared/api/sessions';
import type { SessionDetail } from '../../../../shared/model';
import { dayOf, timeOf } from './sittingText';

/** What the sitting form holds; the day is a dayjs for the DatePicker, the time "HH:MM" as typed. */
export interface SittingFormValues {
  date: Dayjs | null;
  time: string;
  place: string;
  onlinePlatform: string;
  chairPersonId: string | null;
  secretaryPersonId: string | null;
  notes: string;
  number: number | null;
}

type CreateInput = InputOf<typeof sessionCalls.create>;
type Patch = InputOf<typeof sessionCalls.update>['patch'];

export const blankSitting = (
  date: string | null,
  officers: { chairPersonId: string | null; secretaryPersonId: string | null },
): SittingFormValues => ({
  date: date ? dayjs(date) : null,
  time: '10:00',
  place: '',
  onlinePlatform: '',
  chairPersonId: officers.chairPersonId,
  secretaryPersonId: officers.secretaryPersonId,
  notes: '',
  number: null,
});

export const valuesFromSitting = (s: SessionDetail): SittingFormValues => ({
  date: s.startsAt ? dayjs(dayOf(s.startsAt)) : null,
  time: timeOf(s.startsAt) ?? '',
  place: s.place,
  onlinePlatform: s.onlinePlatform,
  chairPersonId: s.chairPersonId,
  secretaryPersonId: s.secretaryPersonId,
  notes: s.notes,
  number: s.number,
});

/** antd leaves a cleared input undefined; the contract wants '' or the text. */
const text = (value: string | null | undefined): string => value ?? '';
const isoOf = (date: Dayjs | null | undefined): string => (date ? date.format('YYYY-MM-DD') : '');

export const toCreateInput = (v: SittingFormValues): CreateInput => ({
  date: isoOf(v.date),
  time: text(v.time).trim() || null,
  place: text(v.place),
  onlinePlatform: text(v.onlinePlatform),
  chairPersonId: v.chairPersonId ?? null,
  secretaryPersonId: v.secretaryPersonId ?? null,
  notes: text(v.notes),
  ...(v.number ? { number: v.number } : {}),
});

/** Only what changed, so the history shows what the secretary edited. */
export const toSittingPatch = (s: SessionDetail, v: SittingFormValues): Patch => {
  const patch: Patch = {};
  const date = isoOf(v.date);
  if (date !== (dayOf(s.startsAt) ?? '')) patch.date = date;
  const time = text(v.time).trim() || null;
  if (time !== timeOf(s.startsAt)) patch.time = time;
  for (const field of ['place', 'onlinePlatform', 'notes'] as const) {
    if (text(v[field]) !== s[field]) patch[field] = text(v[field]);
  }
  for (const field of ['chairPersonId', 'secretaryPersonId'] as const) {
    if ((v[field] ?? null) !== s[field]) patch[field] = v[field] ?? null;
  }
  if (v.number && v.number !== s.number) patch.number = v.number;
  return patch;
};
