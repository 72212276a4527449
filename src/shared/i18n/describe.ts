import type { ApiError, ErrorCode } from '../api/contract';
import type { Language } from './errors';
import { translateMessage } from './translate';

/**
 * The user-facing sentence for an error. A conflict names its reason inside the
 * general sentence ("This change cannot be saved: the record is archived…").
 */
export const describeError = (
  lang: Language,
  code: ErrorCode,
  messageKey: string,
  params?: Record<string, string | number>,
): string =>
  code === 'conflict' && messageKey.startsWith('conflict.')
    ? translateMessage(lang, 'errors.conflict', { reason: translateMessage(lang, messageKey, params) })
    : translateMessage(lang, messageKey, params);

export const makeApiError = (
  lang: Language,
  code: ErrorCode,
  messageKey: string = `errors.${code}`,
  params?: Record<string, string | number>,
  fields?: ApiError['fields'],
): ApiError => ({
  code,
  messageKey,
  ...(params ? { params } : {}),
  message: describeError(lang, code, messageKey, params),
  ...(fields ? { fields } : {}),
});
