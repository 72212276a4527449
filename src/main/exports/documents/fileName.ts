/** Characters Windows refuses in a file name (and the control characters every system does). */
// eslint-disable-next-line no-control-regex -- control characters are what must go
const FORBIDDEN = /[\u0000-\u001F\u007F<>:"/\\|?*]+/g;

const part = (text: string): string =>
  text
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');

/**
 * "Келісім-№12-2026.docx": the parts joined by hyphens, with nothing Windows, macOS or
 * Linux would refuse (a number like "12/3" becomes "12-3"); Kazakh letters are kept.
 */
export const docxFileName = (parts: string[]): string => {
  const base = parts
    .map(part)
    .filter(Boolean)
    .join('-')
    .slice(0, 120)
    .replace(/[-.]+$/, '');
  return `${base || 'Kenes'}.docx`;
};
