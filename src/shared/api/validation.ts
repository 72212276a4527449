import type { z } from 'zod';
import type { FieldError } from './contract';
import { translateMessage } from '../i18n/translate';
import type { Language } from '../i18n/errors';

/** Walks `input` along a zod issue path to tell "missing" from "wrong type". */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
};

type Keyed = { messageKey: string; params?: Record<string, string | number> };

/**
 * Maps a zod issue onto one of our translated validation messages. Custom checks in
 * the schemas use a `validation.*` key as their message, so they pass straight through.
 */
const keyForIssue = (issue: z.core.$ZodIssue, input: unknown): Keyed => {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { messageKey: 'validation.required' };
      if (issue.expected === 'int') return { messageKey: 'validation.integer' };
      return { messageKey: 'validation.wrongType' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { messageKey: 'validation.required' }
          : { messageKey: 'validation.tooShort', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array') return { messageKey: 'validation.required' };
      return { messageKey: 'validation.min', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return { messageKey: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array')
        return { messageKey: 'validation.tooMany', params: { max: Number(issue.maximum) } };
      return { messageKey: 'validation.max', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { messageKey: 'validation.email' };
      if (issue.format === 'url') return { messageKey: 'validation.url' };
      if (issue.format === 'uuid') return { messageKey: 'validation.uuid' };
      if (issue.format === 'date') return { messageKey: 'validation.date' };
      return { messageKey: 'validation.format' };
    case 'invalid_value':
      return { messageKey: 'validation.choice' };
    case 'unrecognized_keys':
      return { messageKey: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    case 'invalid_union':
      return { messageKey: 'validation.format' };
    case 'custom':
      if (issue.message.startsWith('validation.')) {
        const params = issue.params as Record<string, string | number> | undefined;
        return params ? { messageKey: issue.message, params } : { messageKey: issue.message };
      }
      return { messageKey: 'validation.format' };
    default:
      return { messageKey: 'validation.format' };
  }
};

export const fieldErrorsFromZod = (error: z.ZodError, input: unknown, lang: Language): FieldError[] =>
  error.issues.map((issue) => {
    const { messageKey, params } = keyForIssue(issue, input);
    const path = issue.path.map(String).join('.');
    return {
      path,
      messageKey,
      ...(params ? { params } : {}),
      message: translateMessage(lang, messageKey, params),
    };
  });
