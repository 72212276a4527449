import { describe, expect, it } from 'vitest';
import { prefetch, takePrefetched } from '../../../src/renderer/src/lib/prefetch';

describe('reads started before their page', () => {
  it('hands the answer to the first read of the same key, once', async () => {
    let calls = 0;
    prefetch('network:load', 3, () => Promise.resolve(`answer ${++calls}`));
    const early = takePrefetched<string>('network:load', 3);
    await expect(early).resolves.toBe('answer 1');
    expect(takePrefetched('network:load', 3)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('drops an answer read before a write: the page reads again', () => {
    prefetch('views:list', 3, () => Promise.resolve([]));
    expect(takePrefetched('views:list', 4)).toBeUndefined();
    expect(takePrefetched('views:list', 3)).toBeUndefined();
  });

  it('keeps a failed read from being reported as unhandled; the page gets the failure if it takes it', async () => {
    prefetch('network:load', 0, () => Promise.reject(new Error('offline')));
    await expect(takePrefetched('network:load', 0)).rejects.toThrow('offline');
  });
});
