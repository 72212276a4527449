import type { z } from 'zod';
import { fieldErrorsFromZod } from '../../shared/api/validation';
import { translateMessage } from '../../shared/i18n/translate';
import type { Language } from '../../shared/i18n/errors';
import type { ImportRowProblem } from '../../shared/model';

/** Input keys of the create schemas that a column names differently. */
const fieldOfInputKey: Record<string, string> = {
  typeCode: 'type',
  groupId: 'group',
  organisationId: 'organisation',
};

export const problem = (
  lang: Language,
  field: string | null,
  messageKey: string,
  params?: Record<string, string | number>,
): ImportRowProblem => ({
  field,
  messageKey,
  ...(params ? { params } : {}),
  message: translateMessage(lang, messageKey, params),
});

/**
 * Runs the form's own schema over a row's input, so an imported row obeys exactly the
 * rules a typed-in record does. Fields that already have a problem (an unknown type
 * named by the cell, say) are not reported twice.
 */
export const validateRow = <S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  lang: Language,
  problems: ImportRowProblem[],
): z.output<S> | null => {
  const parsed = schema.safeParse(input);
  if (parsed.success && problems.length === 0) return parsed.data;
  if (!parsed.success) {
    const reported = new Set(problems.map((p) => p.field));
    for (const error of fieldErrorsFromZod(parsed.error, input, lang)) {
      const key = error.path.split('.')[0] ?? '';
      const field = fieldOfInputKey[key] ?? (key || null);
      if (reported.has(field)) continue;
      reported.add(field);
      problems.push({
        field,
        messageKey: error.messageKey,
        ...(error.params ? { params: error.params } : {}),
        message: error.message,
      });
    }
  }
  return null;
};
