import { contract } from '../../shared/api';
import type { ApiResult, Call } from '../../shared/api/contract';
import { fieldErrorsFromZod } from '../../shared/api/validation';
import { makeApiError } from '../../shared/i18n/describe';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';
import { readSettings } from '../services/settings';
import { handlers } from './handlers';

/**
 * Synchronous for the services (they run inside SQLite transactions); a promise for the few
 * calls whose libraries only write asynchronously (DOCX and XLSX generation), which read
 * their data synchronously first.
 */
export type Dispatch = (channel: string, input: unknown) => ApiResult<unknown> | Promise<ApiResult<unknown>>;

type AnyHandler = (ctx: ServiceContext, input: unknown) => unknown;

interface Route {
  call: Call;
  handler: AnyHandler;
}

/** channel → (schema, handler), built once from the contract and the handler table. */
const routes = new Map<string, Route>();
for (const [domain, calls] of Object.entries(contract)) {
  const group = (handlers as unknown as Record<string, Record<string, AnyHandler>>)[domain];
  for (const [verb, call] of Object.entries(calls as Record<string, Call>)) {
    const handler = group?.[verb];
    if (!handler) throw new Error(`No handler for ${call.channel}`);
    routes.set(call.channel, { call, handler });
  }
}

export const hasChannel = (channel: string): boolean => routes.has(channel);

export interface DispatchOptions {
  /** Where unexpected errors are reported; they never reach the user as text. */
  logError?: (channel: string, error: unknown) => void;
}

/**
 * The single entry point of every transport: look the channel up, parse the input
 * with the contract's schema, run the service, and turn any failure into a plain,
 * translated ApiError. Services run synchronously, inside their own transactions.
 */
export const createDispatcher =
  (ctx: ServiceContext, options: DispatchOptions = {}): Dispatch =>
  (channel, input) => {
    const lang = readSettings(ctx.db).language;
    const route = routes.get(channel);
    if (!route) return { ok: false, error: makeApiError(lang, 'unknown_channel') };
    const parsed = route.call.input.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: makeApiError(
          lang,
          'validation',
          undefined,
          undefined,
          fieldErrorsFromZod(parsed.error, input, lang),
        ),
      };
    }
    const failure = (error: unknown): ApiResult<unknown> => {
      if (error instanceof ServiceError) {
        return { ok: false, error: makeApiError(lang, error.code, error.messageKey, error.params) };
      }
      options.logError?.(channel, error);
      return { ok: false, error: makeApiError(lang, 'internal') };
    };
    try {
      const value = route.handler(ctx, parsed.data);
      if (value instanceof Promise) {
        return value.then((v: unknown): ApiResult<unknown> => ({ ok: true, value: v }), failure);
      }
      return { ok: true, value };
    } catch (error) {
      return failure(error);
    }
  };
