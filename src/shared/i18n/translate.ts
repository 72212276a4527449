import { errorMessages, type Language } from './errors';

type Params = Record<string, string | number> | undefined;

/**
 * A small lookup for the main process, which must translate error messages without
 * React or a UI i18n instance. Keys are dotted paths into `errorMessages[lang]`;
 * `{{name}}` is replaced from params. The renderer uses i18next with the same resources.
 */
export const translateMessage = (lang: Language, key: string, params?: Params): string => {
  let node: unknown = errorMessages[lang];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
};
