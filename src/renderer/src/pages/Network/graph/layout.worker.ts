/**
 * The layout worker: runs layouts off the window's thread, so a 2,000-organisation
 * network lays out while the canvas stays responsive. One request at a time, in order.
 */
import { afterLayoutEngineCreated, computeLayout } from './layouts';
import type { LayoutReply, LayoutRequest } from './layoutModel';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;

const onMessage = ({ data: { id, input } }: MessageEvent<LayoutRequest>): void => {
  computeLayout(input).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};

// elk.bundled.js, loaded by the first grouped layout, sees it is in a worker and claims
// its onmessage (it expects to be ELK's worker) when it loads and again when an ELK is
// constructed; ELK itself runs in this thread through its in-process fake worker. So
// ours is put back the moment the ELK is made. Without this, the first grouped layout
// left every later request unanswered.
afterLayoutEngineCreated(() => {
  scope.onmessage = onMessage;
});
scope.onmessage = onMessage;
