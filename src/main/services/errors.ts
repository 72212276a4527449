import type { ErrorCode } from '../../shared/api/contract';

/**
 * An expected failure a user can act on. The dispatcher turns it into a plain
 * ApiError with a translated message; anything else is logged and reported as internal.
 */
export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(messageKey);
  }
}

export const notFound = (): ServiceError => new ServiceError('not_found', 'errors.not_found');

/** `reason` is a key under `conflict.` in the error messages. */
export const conflict = (reason: string): ServiceError => new ServiceError('conflict', `conflict.${reason}`);
