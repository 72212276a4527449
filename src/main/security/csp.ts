/**
 * The renderer's Content-Security-Policy, sent by the browser-mode server and set as
 * a response header in the Electron window. Scripts only from our own bundle; no
 * eval, no plugins, no framing, no form posts. Styles allow 'unsafe-inline' because
 * Ant Design writes its CSS-in-JS into <style> elements at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
