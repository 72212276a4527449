/**
 * Every string that reaches the SVG passes through here. Names come from users (and
 * from imported files), so "<script>", "&" and quotes must arrive as text, and
 * characters XML 1.0 forbids (control codes, lone surrogates) must not break the file.
 */

// Forbidden in XML 1.0 even as character references: C0 controls other than tab,
// newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text content or an attribute value (always double-quoted by `attrs`). */
export const escapeXml = (value: string): string =>
  value.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

type AttrValue = string | number | undefined | null | false;

/** Formats a number for SVG: at most two decimals, no "-0", never NaN. */
export const num = (n: number): string => {
  if (!Number.isFinite(n)) return '0';
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/** ` name="value"` pairs; undefined, null and false are left out. */
export const attrs = (values: Record<string, AttrValue>): string =>
  Object.entries(values)
    .filter(
      (entry): entry is [string, string | number] =>
        entry[1] !== undefined && entry[1] !== null && entry[1] !== false,
    )
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');

export const element = (name: string, values: Record<string, AttrValue>, text?: string): string =>
  text === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${escapeXml(text)}</${name}>`;

// Colours and dashes are attribute values the caller chose; anything that is not
// plainly a colour is replaced, so no url(...) or stray markup can ride along.
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\(\s*[\d.]+%?(\s*,\s*[\d.]+%?){2,3}\s*\))$/i;
const DASH = /^[\d.]+([\s,]+[\d.]+)*$/;

export const safeColour = (value: string | undefined, fallback: string): string =>
  value !== undefined && COLOUR.test(value.trim()) ? value.trim() : fallback;

export const safeDash = (value: string | undefined): string | undefined =>
  value !== undefined && DASH.test(value.trim()) ? value.trim() : undefined;
