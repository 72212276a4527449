import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const WEB_ENTRY = path.resolve(import.meta.dirname, '../../../out/main/web.js');

export interface KenesServer {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts browser-mode Kenes on a free port and waits for the address line. */
export interface StartOptions {
  /** KENES_NOW for the server: the workspace clock starts at this ISO date or date-time. */
  now?: string;
}

export const startKenes = async (dataDir?: string, options: StartOptions = {}): Promise<KenesServer> => {
  if (!fs.existsSync(WEB_ENTRY))
    throw new Error('out/main/web.js is missing: run `npx electron-vite build` first');
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [WEB_ENTRY, '--data-dir', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(options.now ? { KENES_NOW: options.now } : {}) },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Kenes did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Kenes exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir: dir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
