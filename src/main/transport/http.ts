import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import { hasChannel } from '../api/dispatch';
import { channelPattern, type ApiError, type ErrorCode } from '../../shared/api/contract';
import { makeApiError } from '../../shared/i18n/describe';
import type { Language } from '../../shared/i18n/errors';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { MAX_ATTACHMENT_BYTES } from '../../shared/api/agreements';

/**
 * The largest request body: an attachment of the maximum size travels as base64 (4/3 of
 * its bytes) inside JSON, so about 21 MB for a 15 MB scan, plus room for the rest.
 */
export const MAX_BODY_BYTES = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 2 * 1024 * 1024;

export interface HttpTransportOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer); omitted in tests of the API alone. */
  staticDir?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  language: () => Language;
}

export interface HttpTransport {
  port: number;
  token: string;
  /** The address to open, with the token in the fragment (never sent to the server or logged). */
  url: string;
  close(): Promise<void>;
}

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  unknown_channel: 404,
  unauthorised: 401,
  forbidden: 403,
  too_large: 413,
  read_only: 409,
  internal: 500,
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

class TooLarge extends Error {}

const readBody = (req: http.IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new TooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * Browser mode: the same dispatcher as the Electron IPC, over HTTP on 127.0.0.1.
 * Every API request needs the per-run token; Host is checked against our own
 * address (DNS rebinding) and Origin, when sent, must be ours (cross-site pages).
 */
export const startHttpTransport = async (options: HttpTransportOptions): Promise<HttpTransport> => {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(json),
    });
    res.end(json);
  };
  const refuse = (res: http.ServerResponse, code: ErrorCode): void => {
    const error: ApiError = makeApiError(options.language(), code);
    send(res, STATUS[code], { ok: false, error });
  };

  const serveStatic = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void => {
    const root = options.staticDir;
    if (!root || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // A broken escape such as "%E0%A4%A" is the client's mistake, not an internal error.
      send(res, 400, {
        ok: false,
        error: makeApiError(options.language(), 'validation', 'validation.format'),
      });
      return;
    }
    const relative = decoded.replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(root, relative);
    // Never serve anything outside the renderer build.
    const inside = file.startsWith(path.resolve(root) + path.sep);
    const target =
      inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
    const type = MIME[path.extname(target)] ?? 'application/octet-stream';
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else {
      // A file can vanish between the check and the read (a rebuild of out/): answer, never crash.
      fs.createReadStream(target)
        .on('error', () => res.destroy())
        .pipe(res);
    }
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 'forbidden');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(res, 'forbidden');
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    } catch {
      return refuse(res, 'forbidden');
    }
    if (!pathname.startsWith('/api/')) return serveStatic(req, res, pathname);

    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) return refuse(res, 'unauthorised');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return send(res, 405, { ok: false, error: makeApiError(options.language(), 'unknown_channel') });
    }
    const channel = pathname.slice('/api/'.length);
    if (!channelPattern.test(channel) || !hasChannel(channel)) return refuse(res, 'unknown_channel');
    // A JSON content type makes every cross-origin call a preflighted one, which we never answer.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 'forbidden');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) return refuse(res, 'too_large');
    let body: string;
    try {
      body = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof TooLarge) return refuse(res, 'too_large');
      throw error;
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(res, 400, {
        ok: false,
        error: makeApiError(options.language(), 'validation', 'validation.format'),
      });
    }
    const result = await options.dispatch(channel, input);
    send(res, result.ok ? 200 : STATUS[result.error.code], result);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 'internal');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
