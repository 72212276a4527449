/**
 * Text measurement without a DOM: the renderer runs in Node tests and in the main
 * process too. Widths are estimates for DejaVu Sans (the font the PDF embeds and the
 * first one the SVG asks for), erring wide so a label never spills out of its box.
 */

const NARROW = new Set([..."iIlj.,:;|!'’`()[]{}ıіІ "]);
const WIDE = new Set([...'mwMWЖжШшЩщЮюМмФфЫыДдҚқҢңӘә@%—–']);
/** Wider than an em in DejaVu Sans (№ is 1.04): every numbered name in Kenes carries one. */
const VERY_WIDE = new Set([...'№']);

/** Approximate advance width of `text` at `fontSize`, in the same units. */
export const textWidth = (text: string, fontSize: number, bold = false): number => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (VERY_WIDE.has(ch)) em += 1.06;
    else if (WIDE.has(ch)) em += 0.9;
    else if (/\p{Lu}/u.test(ch)) em += 0.72;
    else if (/\d/.test(ch)) em += 0.64;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.08 : 1);
};

const ELLIPSIS = '…';

/** Cuts `text` so that it and an ellipsis fit `maxWidth`; unchanged when it already fits. */
export const truncate = (text: string, maxWidth: number, fontSize: number, bold = false): string => {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits with the ellipsis: binary search, labels can be long.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('') + ELLIPSIS, fontSize, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
};

/**
 * Breaks `text` into at most `maxLines` lines of `maxWidth` at spaces; a word longer
 * than a line is cut. If text remains after the last line, that line ends with an
 * ellipsis.
 */
export const wrap = (
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] => {
  const words = text.split(/\s+/).filter(Boolean);
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  let cutShort = false;
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    if (lines.length === maxLines) {
      cutShort = true;
      break;
    }
    if (fits(word)) current = word;
    else lines.push(truncate(word, maxWidth, fontSize, bold)); // one word wider than a line
  }
  if (current !== '') {
    if (lines.length < maxLines) lines.push(current);
    else cutShort = true;
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    cutShort = true;
  }
  const last = lines.length - 1;
  const lastLine = lines[last];
  if (cutShort && lastLine !== undefined && !lastLine.endsWith(ELLIPSIS)) {
    lines[last] = truncate(`${lastLine}${ELLIPSIS}`, maxWidth, fontSize, bold);
  }
  return lines;
};
