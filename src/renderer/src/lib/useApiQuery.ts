import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiFailure } from '../api/client';
import type { ApiError } from '../../../shared/api/contract';
import { useKenesStore, selectRevision } from '../store';
import { takePrefetched } from './prefetch';

export interface Query<T> {
  /** The latest result; kept while a newer request is on its way, so tables do not flash empty. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: ApiError;
}

export const toApiError = (e: unknown): ApiError =>
  e instanceof ApiFailure
    ? e.error
    : {
        code: 'internal',
        messageKey: 'errors.internal',
        message: e instanceof Error ? e.message : String(e),
      };

/**
 * Reads from the API whenever `key` changes or any write bumps the store's revision.
 * Answers to superseded requests are dropped, so a slow page never overwrites a newer one.
 */
export const useApiQuery = <T>(key: string, load: () => Promise<T>): Query<T> => {
  const revision = useKenesStore(selectRevision);
  const [nonce, setNonce] = useState(0);
  const fullKey = `${key}#${revision}#${nonce}`;
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
  const run = useEffectEvent(load);

  useEffect(() => {
    let live = true;
    const early = nonce === 0 ? takePrefetched<T>(key, revision) : undefined;
    (early ?? run()).then(
      (data) => live && setSettled({ key: fullKey, data }),
      (e: unknown) =>
        live && setSettled((prev) => ({ key: fullKey, data: prev?.data, error: toApiError(e) })),
    );
    return () => {
      live = false;
    };
    // fullKey holds key, revision and nonce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fullKey]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return {
    data: settled?.data,
    error: settled?.key === fullKey ? settled.error : undefined,
    loading: settled?.key !== fullKey,
    reload,
  };
};
