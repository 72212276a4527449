import type { z } from 'zod';

/**
 * One call of the API: its channel name, the zod schema its input must pass, and
 * (as a type only) what it returns. Each domain lists its calls once in
 * `src/shared/api/<domain>.ts`; the preload allowlist, the main-process dispatcher,
 * the renderer client and the loopback HTTP routes are all derived from that list.
 */
export interface Call<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly channel: string;
  readonly input: I;
  /** Phantom field carrying the output type; never present at run time. */
  readonly output?: O;
}

/** `call<Output>()('domain:verb', inputSchema)`: the output type is given, the input inferred. */
export const call =
  <O>() =>
  <I extends z.ZodType>(channel: string, input: I): Call<I, O> => ({ channel, input });

export type CallGroup = Record<string, Call>;
export type Contract = Record<string, CallGroup>;

export type InputOf<C> = C extends Call<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Call<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Call<z.ZodType, infer O> ? O : never;

/** The renderer's view of the API: `api.organisations.list(input)` → Promise of the output. */
export type Client<T extends Contract> = {
  [D in keyof T]: { [K in keyof T[D]]: (input: InputOf<T[D][K]>) => Promise<OutputOf<T[D][K]>> };
};

export const errorCodes = [
  'validation',
  'not_found',
  'conflict',
  'unknown_channel',
  'unauthorised',
  'forbidden',
  'too_large',
  'read_only',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** A problem with one field of the input, for inline messages in forms. */
export interface FieldError {
  /** Dotted path into the input, e.g. "email" or "patch.nameKk". */
  path: string;
  messageKey: string;
  params?: Record<string, string | number>;
  /** Already translated into the workspace language. */
  message: string;
}

/**
 * Errors cross process boundaries as plain objects: Electron drops the properties of
 * an Error thrown through `invoke`, and HTTP carries JSON. The renderer re-translates
 * from `messageKey` when the user switches language.
 */
export interface ApiError {
  code: ErrorCode;
  messageKey: string;
  params?: Record<string, string | number>;
  message: string;
  fields?: FieldError[];
}

export type ApiResult<O> = { ok: true; value: O } | { ok: false; error: ApiError };

export const flattenContract = (contract: Contract): Map<string, Call> => {
  const calls = new Map<string, Call>();
  for (const group of Object.values(contract)) {
    for (const c of Object.values(group)) {
      if (calls.has(c.channel)) throw new Error(`Duplicate channel ${c.channel}`);
      calls.set(c.channel, c);
    }
  }
  return calls;
};

/** Channel names are `domain:verb`; anything else is refused before lookup. */
export const channelPattern = /^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/;
