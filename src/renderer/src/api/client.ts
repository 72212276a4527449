import { contract, type KenesApi } from '../../../shared/api';
import type { ApiError, ApiResult, Call } from '../../../shared/api/contract';
import { makeApiError } from '../../../shared/i18n/describe';

type Invoke = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    /** Set by the Electron preload: one function per contract channel. */
    kenesIpc?: Readonly<Record<string, (input: unknown) => Promise<ApiResult<unknown>>>>;
  }
}

/** A failed call: carries the plain ApiError from main, for messages and form fields. */
export class ApiFailure extends Error {
  override name = 'ApiFailure';
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const TOKEN_KEY = 'kenes.token';

/**
 * Browser mode gets its token in the address fragment (#token=…), which the browser
 * never sends to a server. Keep it for this tab and take it out of the address bar.
 */
export const takeTokenFromLocation = (): string | null => {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
};

export const isBrowserMode = (): boolean => window.kenesIpc === undefined;
export const hasBrowserToken = (): boolean => sessionStorage.getItem(TOKEN_KEY) !== null;

const httpInvoke: Invoke = async (channel, input) => {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}`,
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'internal', messageKey: 'errors.network', message: 'errors.network' },
    };
  }
  return (await response.json()) as ApiResult<unknown>;
};

const ipcInvoke: Invoke = (channel, input) => {
  const fn = window.kenesIpc?.[channel];
  if (!fn) return Promise.resolve({ ok: false, error: makeApiError('en', 'unknown_channel') });
  return fn(input);
};

const invoke: Invoke = (channel, input) =>
  isBrowserMode() ? httpInvoke(channel, input) : ipcInvoke(channel, input);

/** `api.organisations.list({...})`: typed from the contract, resolved or thrown as ApiFailure. */
export const api = Object.fromEntries(
  Object.entries(contract).map(([domain, calls]) => [
    domain,
    Object.fromEntries(
      Object.entries(calls as Record<string, Call>).map(([verb, c]) => [
        verb,
        async (input: unknown) => {
          const result = await invoke(c.channel, input ?? {});
          if (!result.ok) throw new ApiFailure(result.error);
          return result.value;
        },
      ]),
    ),
  ]),
) as unknown as KenesApi;
