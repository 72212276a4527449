/**
 * The layout worker: runs layouts off the window's thread, so a 2,000-organisation
 * network lays out while the canvas stays responsive. One request at a time, in order.
 */
import { computeLayout, prepareLayoutEngine } from './layouts';
import type { LayoutReply, LayoutRequest } from './layoutModel';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;

// elk.bundled.js, imported through ./layouts above, sees it is in a worker and claims
// its onmessage (it expects to be ELK's worker) when it loads and again when an ELK is
// constructed. So the ELK is made first and ours assigned after; ELK itself runs in
// this thread through its in-process fake worker. Without this, the first layout that
// made the ELK left every later request unanswered.
prepareLayoutEngine();
scope.onmessage = ({ data: { id, input } }) => {
  computeLayout(input).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
