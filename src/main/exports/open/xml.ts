/**
 * XML text by hand, carefully: the project has no XML writer as a dependency and the
 * two formats need only elements and attributes. Every value goes through one of these.
 */

/**
 * Characters XML 1.0 forbids anywhere, even escaped (control characters other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF): dropped, since a
 * single one makes Gephi or yEd refuse the whole file.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what must go
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attributes a parser turns raw line breaks and tabs into spaces; as references they survive.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Escapes a value for an attribute (double-quoted) or for element text. */
export const xmlEscape = (value: string): string =>
  value.replace(FORBIDDEN, '').replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c] ?? c);

/** ` name="value"` for each attribute that has a value; null and undefined are left out. */
export const xmlAttributes = (attributes: Record<string, string | number | null | undefined>): string =>
  Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlEscape(String(value))}"`)
    .join('');

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
