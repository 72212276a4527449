/**
 * What the rendering benchmark serves: the plain React Flow page, built with Vite into a
 * temporary directory and served with the graph from a small loopback server, and the
 * browser-mode Kenes's API, called from Node to set the view a page opens on.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import type { BenchGraph } from './workspace';
import type { KenesServer } from '../../tests/e2e/support/kenes-server';
import type { Call, InputOf, OutputOf } from '../../src/shared/api/contract';

const PLAIN_PAGE_ROOT = path.resolve(import.meta.dirname, '../plain-react-flow');

/** Builds the plain page (production build, as Kenes' renderer is) into a fresh directory. */
export const buildPlainPage = async (): Promise<string> => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-bench-plain-rf-'));
  await build({
    root: PLAIN_PAGE_ROOT,
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` and `/graph.json` on 127.0.0.1 only, on a free port. */
export const serveStatic = async (dir: string, graph: BenchGraph): Promise<StaticServer> => {
  const graphJson = JSON.stringify(graph);
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (pathname === '/graph.json') {
      res.writeHead(200, { 'Content-Type': MIME['.json'] });
      res.end(graphJson);
      return;
    }
    const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** One call to browser-mode Kenes, as its renderer makes it. */
export const callKenes = async <C extends Call>(
  kenes: KenesServer,
  call: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> => {
  const response = await fetch(`${kenes.origin}/api/${call.channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${kenes.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: OutputOf<C> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${call.channel} refused: ${result.error.message}`);
  return result.value;
};
