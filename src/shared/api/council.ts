import { z } from 'zod';
import { call } from './contract';
import { LIMITS, optionalText, requiredText, uuid } from './fields';
import { quorumRules, sessionCadences, sessionNumberings, tieRules } from '../domain/enums';
import type { CouncilProfile } from '../model';

const thisYear = new Date().getFullYear();
/** Kazakhstan's councils date from independence on; an earlier year is a typo. */
const FIRST_YEAR = 1991;

export const councilShape = {
  nameKk: requiredText(LIMITS.name),
  nameRu: optionalText(LIMITS.name),
  nameEn: optionalText(LIMITS.name),
  region: optionalText(LIMITS.line),
  parentBody: optionalText(LIMITS.name),
  yearFounded: z
    .number()
    .int()
    .refine((y) => y >= FIRST_YEAR && y <= thisYear + 1, {
      message: 'validation.year',
      params: { min: FIRST_YEAR, max: thisYear + 1 },
    })
    .nullable()
    .optional(),
  chairPersonId: uuid.nullable().optional(),
  secretaryPersonId: uuid.nullable().optional(),
  quorumRule: z.enum(quorumRules).optional(),
  tieRule: z.enum(tieRules).optional(),
  sessionCadence: z.enum(sessionCadences).optional(),
  sessionNumbering: z.enum(sessionNumberings).optional(),
};

export const councilCalls = {
  get: call<CouncilProfile | null>()('council:get', z.strictObject({})),
  update: call<CouncilProfile>()(
    'council:update',
    z.strictObject({
      patch: z
        .strictObject(councilShape)
        .partial()
        .refine((p) => Object.keys(p).length > 0, { message: 'validation.emptyPatch' }),
    }),
  ),
};
