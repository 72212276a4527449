import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api/contract';
import { describeApiError, translateKey } from '../../lib/errors';

/**
 * The sentence for a refused file or import. A conflict's reason stands on its own under
 * the wizard's own heading ("This file cannot be imported"): the general "This change
 * cannot be saved: …" would be odd for a file that was only being read.
 */
export const describeRefusal = (t: TFunction, error: ApiError): string => {
  if (error.code !== 'conflict' || !error.messageKey.startsWith('conflict.')) return describeApiError(error);
  const reason = translateKey(t, error, '');
  if (!reason || reason === error.messageKey) return describeApiError(error);
  return reason.charAt(0).toLocaleUpperCase() + reason.slice(1);
};
