import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiError, FieldError } from '../../../shared/api/contract';
import { toApiError } from './useApiQuery';

type Keyed = Pick<ApiError, 'messageKey' | 'params'>;

/** Translates a message key that came from main or from zod; unknown keys fall back to main's text. */
export const translateKey = (t: TFunction, { messageKey, params }: Keyed, fallback?: string): string => {
  // Keys arrive as data, so the typed `t` cannot check them; i18next returns the key when missing.
  const lookup = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const text = lookup(messageKey, params ?? {});
  return text === messageKey && fallback ? fallback : text;
};

/** The user-facing sentence for an API error, in the current language (mirrors shared/i18n/describe). */
export const describeApiError = (t: TFunction, error: ApiError): string =>
  error.code === 'conflict' && error.messageKey.startsWith('conflict.')
    ? t('errors.conflict', { reason: translateKey(t, error) })
    : translateKey(t, error, error.message);

export const useDescribeError = () => {
  const { t } = useTranslation();
  return useCallback((e: unknown) => describeApiError(t, toApiError(e)), [t]);
};

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
