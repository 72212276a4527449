import type { TFunction } from 'i18next';
import type { ApiError, FieldError } from '../../../shared/api/contract';
import { toApiError } from './useApiQuery';
import { describeError } from '../../../shared/i18n/describe';
import { defaultLanguage } from '../../../shared/i18n';
import { i18n, isLanguage } from '../i18n';

type Keyed = Pick<ApiError, 'messageKey' | 'params'>;

/** Translates a message key that came from main or from zod; unknown keys fall back to main's text. */
export const translateKey = (t: TFunction, { messageKey, params }: Keyed, fallback?: string): string => {
  // Keys arrive as data, so the typed `t` cannot check them; i18next returns the key when missing.
  const lookup = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const text = lookup(messageKey, params ?? {});
  return text === messageKey && fallback ? fallback : text;
};

/**
 * The user-facing sentence for an API error in the current language: the same rule
 * main uses (shared/i18n/describe), falling back to main's own text for a key this
 * build does not know.
 */
export const describeApiError = (error: ApiError): string => {
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const text = describeError(lang, error.code, error.messageKey, error.params);
  return text === error.messageKey ? error.message : text;
};

/** The sentence for whatever a failed call threw. */
export const describeFailure = (e: unknown): string => describeApiError(toApiError(e));

/**
 * Field errors by form field name. Update calls report `patch.nameKk`; forms know `nameKk`.
 * The first error of a field wins.
 */
export const fieldErrorMap = (
  fields: readonly FieldError[] | undefined,
  prefix = 'patch.',
): Record<string, Keyed> => {
  const map: Record<string, Keyed> = {};
  for (const f of fields ?? []) {
    const name = f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path;
    map[name] ??= { messageKey: f.messageKey, ...(f.params ? { params: f.params } : {}) };
  }
  return map;
};
