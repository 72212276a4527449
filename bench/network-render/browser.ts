/**
 * What the rendering benchmark does inside a page: probes installed before the page's
 * own scripts run (first complete render, the layout worker's messages), a frame
 * recorder, and the pan-and-zoom gesture driven with Playwright's mouse. The functions
 * handed to `addInitScript`/`evaluate` run in the browser and take only what is passed.
 */
import type { Page } from '@playwright/test';

/** A node's box in flow coordinates: [x, y, width, height], keyed by id. */
export type NodeBoxes = Record<string, [number, number, number, number]>;

/** What a finished first render must show: React Flow's own first viewport replaced (fitView), or this one. */
export type RenderGoal = { fit: true } | { fit: false; zoom: number; x?: number; y?: number };

interface RenderProbe {
  /** ms since navigation start at the second frame after the render was complete. */
  completeAt: number | null;
  /** The page left the viewport it was to show before the render was complete (ms since navigation start). */
  leftAt: number | null;
  /** Nodes and lines in the DOM then, and how many nodes had to be. */
  nodesInDom: number;
  edgesInDom: number;
  /** Organisations and lines in Kenes' far-out bitmap (FarPicture), when it is shown. */
  pictureNodes: number;
  pictureLines: number;
  /** Lines in view in Kenes' close-up picture of a large network's lines (LinePicture). */
  closeUpLines: number;
  expected: number;
}

interface FrameRecorder {
  running: boolean;
  stamps: number[];
}

interface LayoutProbe {
  clickAt: number | null;
  postedAt: number | null;
  repliedAt: number | null;
  messageAt: number | null;
  /** Per pointermove: when it happened and how long until the next frame began. */
  inputs: { at: number; toFrame: number }[];
}

interface BenchGlobals {
  __renderProbe?: RenderProbe;
  __frames?: FrameRecorder;
  __layout?: LayoutProbe;
}

/**
 * Watches every animation frame from the start of the page (or from when it is called).
 * The render is complete at a frame when (1) every node whose box lies wholly inside the
 * canvas at the current viewport is drawn: as an element (in the DOM, displayed, and not
 * hidden as React Flow hides a node it has not measured yet), or, far out in Kenes, in the
 * bitmap that then holds the organisations (no fewer there than elements missing), and (2) the viewport is the one of
 * the frame before and the one asked for: for the whole network, no longer React Flow's
 * initial {0, 0, 1} (fitView has run); otherwise that zoom (±1%) and place (±1 px). The
 * time reported is that of the second animation frame after the first complete one,
 * provided it stayed complete: ms since navigation start. A page that shows the asked-for
 * viewport and then moves away from it before it is complete is noted as having left it.
 */
export const installRenderProbe = (arg: { boxes: NodeBoxes; goal: RenderGoal }): void => {
  const probe: RenderProbe = {
    completeAt: null,
    leftAt: null,
    nodesInDom: 0,
    edgesInDom: 0,
    pictureNodes: 0,
    pictureLines: 0,
    closeUpLines: 0,
    expected: 0,
  };
  (window as unknown as BenchGlobals).__renderProbe = probe;
  const { goal } = arg;
  const entries = Object.entries(arg.boxes);
  let lastTransform = '';
  let completeFrames = 0;
  let reached = false;
  const started = performance.now();
  const parse = (transform: string): { x: number; y: number; zoom: number } | null => {
    const m = /translate\((-?[\d.e+-]+)px, (-?[\d.e+-]+)px\) scale\(([\d.e+-]+)\)/.exec(transform);
    return m ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) } : null;
  };
  const isGoal = (v: { x: number; y: number; zoom: number }): boolean =>
    goal.fit
      ? !(v.x === 0 && v.y === 0 && v.zoom === 1)
      : Math.abs(v.zoom / goal.zoom - 1) < 0.01 &&
        (goal.x === undefined || Math.abs(v.x - goal.x) <= 1) &&
        (goal.y === undefined || Math.abs(v.y - goal.y) <= 1);
  const complete = (): boolean => {
    const flow = document.querySelector('.react-flow');
    const viewportElement = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!flow || !viewportElement) return false;
    const transform = viewportElement.style.transform;
    const stable = transform === lastTransform;
    lastTransform = transform;
    const v = parse(transform);
    if (!v) return false;
    if (!isGoal(v)) {
      if (reached && !goal.fit) probe.leftAt ??= performance.now();
      return false;
    }
    reached = true;
    if (!stable) return false;
    const { width, height } = flow.getBoundingClientRect();
    const drawn = new Set<string>();
    const elements = document.querySelectorAll<HTMLElement>('.react-flow__node');
    for (const e of elements)
      if (e.style.visibility !== 'hidden' && e.checkVisibility()) drawn.add(e.dataset.id ?? '');
    // Zoomed far out, Kenes draws organisations into one bitmap instead (FarPicture), which
    // says how many it holds once painted: those stand in for elements not displayed.
    const picture = document.querySelector<HTMLCanvasElement>('.kenes-far-picture');
    const pictured = Number(picture?.dataset.drawn ?? 0);
    let expected = 0;
    let missing = 0;
    for (const [id, [x, y, w, h]] of entries) {
      const left = x * v.zoom + v.x;
      const top = y * v.zoom + v.y;
      if (left < 0 || top < 0 || left + w * v.zoom > width || top + h * v.zoom > height) continue;
      expected++;
      if (!drawn.has(id)) missing++;
    }
    probe.nodesInDom = elements.length;
    probe.edgesInDom = document.querySelectorAll('.react-flow__edge').length;
    probe.pictureNodes = pictured;
    probe.pictureLines = Number(picture?.dataset.lines ?? 0);
    const closeUp = document.querySelector<HTMLCanvasElement>('.kenes-line-picture');
    probe.closeUpLines = Number(closeUp?.dataset.drawn ?? 0);
    probe.expected = expected;
    return expected > 0 && missing <= pictured;
  };
  const tick = () => {
    completeFrames = complete() ? completeFrames + 1 : 0;
    // The first complete frame, then two more.
    if (completeFrames === 3) {
      probe.completeAt = performance.now();
      return;
    }
    if (probe.leftAt === null && performance.now() - started < 300_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export const readRenderProbe = (page: Page): Promise<RenderProbe | undefined> =>
  page.evaluate(() => (window as unknown as BenchGlobals).__renderProbe);

/** Waits until the render is complete, or the page has left the viewport it was to show. */
export const waitForCompleteRender = async (page: Page, timeoutMs = 180_000): Promise<RenderProbe> => {
  await page.waitForFunction(
    () => {
      const probe = (window as unknown as BenchGlobals).__renderProbe;
      return probe?.completeAt != null || probe?.leftAt != null;
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  const probe = await readRenderProbe(page);
  if (!probe) throw new Error('the render probe is gone');
  return probe;
};

/** Starts recording the timestamp of every animation frame. */
export const startFrames = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const recorder = { running: true, stamps: [] as number[] };
    (window as unknown as BenchGlobals).__frames = recorder;
    const loop = (t: number) => {
      if (!recorder.running) return;
      recorder.stamps.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });

/** Stops the recorder; the frame timestamps (ms since navigation start). */
export const stopFrames = (page: Page): Promise<number[]> =>
  page.evaluate(() => {
    const recorder = (window as unknown as BenchGlobals).__frames;
    if (!recorder) return [];
    recorder.running = false;
    return recorder.stamps;
  });

export const intervals = (stamps: readonly number[]): number[] =>
  stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));

/**
 * A point on the empty canvas (the pane itself, not a node or a line) as near the
 * canvas's centre as there is one, so a drag there pans rather than moves a node.
 */
export const findPanePoint = async (page: Page): Promise<{ x: number; y: number }> => {
  const point = await page.evaluate(() => {
    const flow = document.querySelector('.react-flow');
    if (!flow) return null;
    const r = flow.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    // Rings outwards from the centre, 12 px apart, but well inside the canvas: room for the drag.
    for (let radius = 0; radius < Math.min(r.width, r.height) / 4; radius += 12) {
      const steps = Math.max(1, Math.round((2 * Math.PI * radius) / 12));
      for (let i = 0; i < steps; i++) {
        const x = cx + radius * Math.cos((2 * Math.PI * i) / steps);
        const y = cy + radius * Math.sin((2 * Math.PI * i) / steps);
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty spot on the canvas near its centre');
  return point;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type MouseEventInput = {
  type: 'mousePressed' | 'mouseMoved' | 'mouseReleased' | 'mouseWheel';
  x: number;
  y: number;
  deltaY?: number;
};

/** The pan-and-zoom gesture, one event per 1/60 s. */
const gestureEvents = (at: { x: number; y: number }): MouseEventInput[] => {
  const events: MouseEventInput[] = [];
  const drag = () => {
    events.push({ type: 'mousePressed', ...at });
    const moves = 70;
    for (let i = 1; i <= moves; i++) {
      const a = (2 * Math.PI * i) / moves;
      events.push({ type: 'mouseMoved', x: at.x + 240 * Math.sin(a), y: at.y + 140 * Math.sin(2 * a) });
    }
    events.push({ type: 'mouseReleased', ...at });
  };
  const zoom = () => {
    for (let i = 0; i < 10; i++) events.push({ type: 'mouseWheel', ...at, deltaY: -60 });
    for (let i = 0; i < 10; i++) events.push({ type: 'mouseWheel', ...at, deltaY: 60 });
  };
  drag();
  zoom();
  drag();
  zoom();
  return events;
};

/**
 * About 3 s of panning and zooming as a hand on a mouse does it: one event every 1/60 s
 * whether or not the page has taken the one before (the browser coalesces the moves and
 * wheel steps a busy page has not taken yet, as it does for real input). A 70-step drag
 * on the empty canvas along a figure of eight (±240 × ±140 px) back to where it started,
 * 10 wheel steps in and 10 out (deltaY ∓60: ×2.3 and back), the drag again, the zoom
 * again. Resolves once the page has taken every event; returns the ms that took.
 */
export const panAndZoom = async (page: Page, at: { x: number; y: number }): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  try {
    const step = 1000 / 60;
    const started = performance.now();
    const sent: Promise<unknown>[] = [];
    let pressed = false;
    for (const [i, e] of gestureEvents(at).entries()) {
      const wait = started + i * step - performance.now();
      if (wait > 0) await sleep(wait);
      if (e.type === 'mousePressed') pressed = true;
      if (e.type === 'mouseReleased') pressed = false;
      const button =
        e.type === 'mouseWheel' ? 'none' : pressed || e.type === 'mouseReleased' ? 'left' : 'none';
      sent.push(
        cdp.send('Input.dispatchMouseEvent', {
          type: e.type,
          x: e.x,
          y: e.y,
          button,
          buttons: pressed ? 1 : 0,
          clickCount: e.type === 'mouseMoved' || e.type === 'mouseWheel' ? 0 : 1,
          ...(e.type === 'mouseWheel' ? { deltaX: 0, deltaY: e.deltaY ?? 0 } : {}),
        }),
      );
    }
    await Promise.all(sent);
    return performance.now() - started;
  } finally {
    await cdp.detach();
  }
};

export const currentZoom = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    return Number(/scale\(([\d.e+-]+)\)/.exec(transform)?.[1] ?? NaN);
  });

/**
 * From the whole network to 100%, with the mouse wheel at the canvas's centre: fitView
 * put the graph's centre there, and zooming about it keeps it there. React Flow zooms by
 * 2^(−deltaY × 0.002) per wheel event, so the steps (at most 100 each, 50 ms apart) add
 * up to exactly ×(1/zoom).
 */
export const wheelToZoom1 = async (page: Page): Promise<void> => {
  const zoom = await currentZoom(page);
  const flow = await page.locator('.react-flow').boundingBox();
  if (!flow || !(zoom > 0)) throw new Error('no canvas to zoom');
  const total = Math.log2(zoom) / 0.002;
  const steps = Math.max(1, Math.ceil(Math.abs(total) / 100));
  await page.mouse.move(flow.x + flow.width / 2, flow.y + flow.height / 2);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, total / steps);
    await sleep(50);
  }
};

/**
 * Before the page's scripts: notes when the layout worker is sent a request and first
 * answers, when a menu item is clicked, and when the "Орналастырылды" message appears.
 */
export const installLayoutProbe = (): void => {
  const probe: LayoutProbe = { clickAt: null, postedAt: null, repliedAt: null, messageAt: null, inputs: [] };
  (window as unknown as BenchGlobals).__layout = probe;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // Registered before the client sets onmessage, so it runs first.
      this.addEventListener('message', () => {
        probe.repliedAt ??= performance.now();
      });
    }
    override postMessage(message: unknown, transfer?: StructuredSerializeOptions | Transferable[]): void {
      probe.postedAt ??= performance.now();
      super.postMessage(message, transfer as StructuredSerializeOptions);
    }
  };
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('[role="menuitem"]'))
        probe.clickAt ??= event.timeStamp;
    },
    true,
  );
  new MutationObserver((records) => {
    if (probe.messageAt !== null) return;
    for (const r of records)
      for (const added of r.addedNodes)
        if (added.textContent?.includes('Орналастырылды')) {
          probe.messageAt = performance.now();
          return;
        }
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener(
    'pointermove',
    (event) => {
      const at = event.timeStamp;
      requestAnimationFrame(() => probe.inputs.push({ at, toFrame: performance.now() - at }));
    },
    true,
  );
};

export const readLayoutProbe = (page: Page): Promise<LayoutProbe | undefined> =>
  page.evaluate(() => (window as unknown as BenchGlobals).__layout);

/** Moves the mouse in a small circle every 50 ms until `done` says stop; returns the moves made. */
export const keepMovingMouse = async (
  page: Page,
  at: { x: number; y: number },
  done: () => Promise<boolean>,
  timeoutMs: number,
): Promise<number> => {
  const started = performance.now();
  let moves = 0;
  while (performance.now() - started < timeoutMs) {
    const a = moves / 3;
    await page.mouse.move(at.x + 30 * Math.cos(a), at.y + 30 * Math.sin(a));
    moves++;
    if (moves % 4 === 0 && (await done())) break;
    await sleep(50);
  }
  return moves;
};
