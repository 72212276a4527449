/** Only well-formed http(s) URLs may leave the app, and only to the system browser. */
export const isSafeExternalUrl = (raw: string): boolean => {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};
