import path from 'node:path';
import { parseArgs } from 'node:util';
import { startRuntime } from './runtime';
import { startHttpTransport } from './transport/http';
import { defaultDataDir } from './paths';
import { readSettings } from './services/settings';
import { describeOpenFailure } from './store/open-failure';
import { DATABASE_FILE } from './store/workspace';

/**
 * Browser mode: the same services and renderer, served on 127.0.0.1.
 *   node out/main/web.js [--data-dir DIR] [--port N]
 * The data directory also comes from KENES_DATA_DIR; by default it is the one the
 * desktop app uses, so both modes open the same workspace.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
  },
  strict: true,
});

const dataDir = path.resolve(values['data-dir'] ?? process.env.KENES_DATA_DIR ?? defaultDataDir());
const port = Number(values.port ?? process.env.KENES_PORT ?? 0);

const openRuntime = () => {
  try {
    return startRuntime(dataDir);
  } catch (error) {
    const locale = process.env.LANG ?? Intl.DateTimeFormat().resolvedOptions().locale;
    console.error(describeOpenFailure(locale, error, path.join(dataDir, DATABASE_FILE)));
    process.exit(1);
  }
};
const runtime = openRuntime();
const transport = await startHttpTransport({
  dispatch: runtime.dispatch,
  staticDir: path.join(import.meta.dirname, '..', 'renderer'),
  port,
  language: () => readSettings(runtime.ctx.db).language,
});

console.log(`Kenes browser mode: open ${transport.url}  (data: ${dataDir})`);

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  void transport.close().finally(() => {
    runtime.close();
    process.exit(0);
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
