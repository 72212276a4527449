import type { z } from 'zod';
import { fieldErrorsFromZod } from '../../../shared/api/validation';
import type { FieldError } from '../../../shared/api/contract';
import type { Language } from '../../../shared/i18n';

/** Checks input with a contract schema in the browser; null when it would pass main's own check. */
export const contractErrors = (schema: z.ZodType, input: unknown, lang: Language): FieldError[] | null => {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : fieldErrorsFromZod(parsed.error, input, lang);
};

/** `validateStatus` and `help` for a Form.Item from the current field errors. */
export const itemFeedback = (message: string | undefined) =>
  message ? { validateStatus: 'error' as const, help: message } : {};
