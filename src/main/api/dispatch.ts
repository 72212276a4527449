import Database from 'better-sqlite3';
import { contract } from '../../shared/api';
import type { ApiResult, Call } from '../../shared/api/contract';
import { fieldErrorsFromZod } from '../../shared/api/validation';
import { makeApiError } from '../../shared/i18n/describe';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';
import { readSettings } from '../services/settings';
import { defaultLanguage, type Language } from '../../shared/i18n/errors';
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

/**
 * A read-only workspace (a file from a newer Kenes) is opened with a read-only SQLite
 * connection, so every write a service tries fails in SQLite itself (SQLITE_READONLY) and is
 * reported as `read_only` below: no list of "writing" calls to keep up to date. These few
 * write only files, which SQLite cannot stop, and are refused before they run.
 */
const refusedWhileReadOnly = new Set(['workspace:backupNow', 'workspace:initialise']);

const isReadOnlyFailure = (error: unknown): boolean =>
  error instanceof Database.SqliteError && error.code.startsWith('SQLITE_READONLY');

/** The workspace's language; a file whose settings cannot be read (a newer Kenes's) gets the default. */
const languageOf = (ctx: ServiceContext): Language => {
  try {
    return readSettings(ctx.db).language;
  } catch {
    return defaultLanguage;
  }
};

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
    const lang = languageOf(ctx);
    const route = routes.get(channel);
    if (!route) return { ok: false, error: makeApiError(lang, 'unknown_channel') };
    if (ctx.readOnly && refusedWhileReadOnly.has(channel)) {
      return { ok: false, error: makeApiError(lang, 'read_only') };
    }
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
      if (isReadOnlyFailure(error)) return { ok: false, error: makeApiError(lang, 'read_only') };
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
