/**
 * The window's side of the layout worker: `runLayout(input)` resolves with the layout.
 * The worker starts on first use and is shared. If it dies (a crash, or a script the
 * Content-Security-Policy refused), every pending layout is rejected and the next call
 * starts a fresh one.
 */
import type { LayoutInput, LayoutReply, LayoutRequest, LayoutResult } from './layoutModel';

/** The part of a Worker the client uses, so tests can hand it an in-process one. */
export interface LayoutWorker {
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: LayoutRequest): void;
  terminate(): void;
}

export interface RunLayoutOptions {
  /**
   * Abandon the layout: the promise rejects with an AbortError. When nothing else is
   * pending the worker is stopped too, so a long layout the user no longer wants does
   * not hold up the next one.
   */
  signal?: AbortSignal;
}

export interface LayoutClient {
  run(input: LayoutInput, options?: RunLayoutOptions): Promise<LayoutResult>;
  /** Stops the worker and rejects what is pending. */
  dispose(): void;
}

interface Pending {
  resolve: (result: LayoutResult) => void;
  reject: (error: Error) => void;
}

const abortError = () => new DOMException('The layout was abandoned', 'AbortError');

export const createLayoutClient = (createWorker: () => LayoutWorker): LayoutClient => {
  let worker: LayoutWorker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (reason: Error) => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(reason);
  };

  const started = (): LayoutWorker => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      if (!p) return; // abandoned meanwhile
      pending.delete(data.id);
      if ('error' in data) p.reject(new Error(data.error));
      else p.resolve(data.result);
    };
    w.onerror = (event) => {
      event.preventDefault();
      stop(new Error(`The layout worker stopped: ${event.message || 'it could not be loaded'}`));
    };
    worker = w;
    return w;
  };

  const run = (input: LayoutInput, { signal }: RunLayoutOptions = {}): Promise<LayoutResult> =>
    new Promise<LayoutResult>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const id = nextId++;
      const onAbort = () => {
        if (!pending.delete(id)) return;
        reject(abortError());
        if (pending.size === 0) stop(abortError());
      };
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          done(value);
        };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        started().postMessage({ id, input });
      } catch (error) {
        pending.delete(id);
        signal?.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });

  return { run, dispose: () => stop(abortError()) };
};

// Vite bundles the worker and its imports (ELK among them) into a file of its own
// because of this exact `new Worker(new URL(…, import.meta.url))` form.
const defaultClient = createLayoutClient(
  () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'kenes-layout' }),
);

/** Lays out the network in the layout worker. */
export const runLayout = (input: LayoutInput, options?: RunLayoutOptions): Promise<LayoutResult> =>
  defaultClient.run(input, options);
