/**
 * Reads started before the page that needs them is drawn. Opening Kenes on the network,
 * the app shell takes a good half second to draw; asking for the network only once the
 * page was on screen left the server idle all that time. A page's useApiQuery takes the
 * answer over on its first read of the same key, if nothing was written in between.
 */
interface Prefetched {
  revision: number;
  answer: Promise<unknown>;
}

const started = new Map<string, Prefetched>();

export const prefetch = (key: string, revision: number, load: () => Promise<unknown>): void => {
  const answer = load();
  // A failed read is read again by the page itself; nobody may be waiting for this one.
  answer.catch(() => undefined);
  started.set(key, { revision, answer });
};

/** The read started for `key` at `revision`, once; undefined if there is none, or it is stale. */
export const takePrefetched = <T>(key: string, revision: number): Promise<T> | undefined => {
  const entry = started.get(key);
  started.delete(key);
  return entry && entry.revision === revision ? (entry.answer as Promise<T>) : undefined;
};
