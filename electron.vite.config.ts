import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // index: the Electron shell; web: browser mode, the same services on 127.0.0.1.
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          web: resolve(import.meta.dirname, 'src/main/web.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only Electron's built-ins: bundle zod and the contract in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
      // electron-vite leaves the renderer unminified; minified, its 5 MB of script is read
      // and compiled in about half the time at every start.
      minify: 'esbuild',
      chunkSizeWarningLimit: 4000,
    },
    plugins: [react()],
    // ES modules, so the layout worker can load ELK as a chunk of its own when a grouped
    // layout first needs it, instead of parsing it before every first layout.
    worker: { format: 'es' },
  },
});
