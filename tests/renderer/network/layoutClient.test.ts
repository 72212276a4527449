import { describe, expect, it } from 'vitest';
import {
  createLayoutClient,
  type LayoutWorker,
} from '../../../src/renderer/src/pages/Network/graph/layoutClient';
import { computeLayout } from '../../../src/renderer/src/pages/Network/graph/layouts';
import type { LayoutReply, LayoutRequest } from '../../../src/renderer/src/pages/Network/graph/layoutModel';
import { smallNetwork } from './fixtures';

/** A worker that runs the real layout in this thread, as layout.worker.ts does in its own. */
class InProcessWorker implements LayoutWorker {
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: LayoutRequest[] = [];

  postMessage(message: LayoutRequest): void {
    this.received.push(message);
    const { id, input } = structuredClone(message);
    void computeLayout(input).then(
      (result) => this.reply({ id, result }),
      (error: Error) => this.reply({ id, error: error.message }),
    );
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }

  private reply(data: LayoutReply): void {
    // Like a real worker: the reply is a structured clone, and a stopped worker is silent.
    if (!this.terminated) this.onmessage?.({ data: structuredClone(data) } as MessageEvent<LayoutReply>);
  }
}

const setUp = () => {
  const workers: InProcessWorker[] = [];
  const client = createLayoutClient(() => {
    const w = new InProcessWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
};

describe('the layout client', () => {
  it('gets the layout back from the worker, positions as a Map', async () => {
    const { client, workers } = setUp();
    const result = await client.run({ ...smallNetwork(), layout: 'layered' });
    expect(result.positions).toBeInstanceOf(Map);
    expect(result.positions.size).toBe(smallNetwork().nodes.length);
    expect(workers).toHaveLength(1);
  });

  it('matches replies to requests and starts one worker for many layouts', async () => {
    const { client, workers } = setUp();
    const [radial, byType] = await Promise.all([
      client.run({ ...smallNetwork(), layout: 'radial' }),
      client.run({ ...smallNetwork(), layout: 'byType' }),
    ]);
    expect(radial.frames.every((f) => f.kind === 'type')).toBe(true);
    expect(byType.frames.map((f) => f.key)).toContain('EDU.SCHOOL');
    expect(workers).toHaveLength(1);
  });

  it('rejects an abandoned layout and stops the worker when nothing else waits', async () => {
    const { client, workers } = setUp();
    const controller = new AbortController();
    const running = client.run({ ...smallNetwork(), layout: 'byDistrict' }, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    // The next layout gets a fresh worker.
    await client.run({ ...smallNetwork(), layout: 'radial' });
    expect(workers).toHaveLength(2);
  });

  it('rejects everything pending when the worker dies, then recovers', async () => {
    const { client, workers } = setUp();
    const first = client.run({ ...smallNetwork(), layout: 'radial' });
    workers[0]?.crash('refused by the Content-Security-Policy');
    await expect(first).rejects.toThrow('refused by the Content-Security-Policy');
    await expect(client.run({ ...smallNetwork(), layout: 'radial' })).resolves.toBeDefined();
    expect(workers).toHaveLength(2);
  });

  it('does not start a layout whose signal is already aborted', async () => {
    const { client, workers } = setUp();
    await expect(
      client.run({ ...smallNetwork(), layout: 'radial' }, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toHaveLength(0);
  });
});
