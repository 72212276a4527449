import { memo, useLayoutEffect, useRef } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { drawLinePicture, type LinePicturePlan } from './linePicture';

interface Props {
  plan: LinePicturePlan;
}

const sizeAndView = (s: ReactFlowState) => ({
  width: s.width,
  height: s.height,
  view: { x: s.transform[0], y: s.transform[1], zoom: s.transform[2] },
});

/**
 * A large network's lines close up (see linePicture.ts): a canvas the size of the flow,
 * under its nodes, drawn again whenever the view moves or the lines change. It is drawn in
 * the frame React Flow moves its nodes in, so lines and nodes never part company on screen.
 */
export const LinePicture = memo(({ plan }: Props) => {
  const store = useStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);

  useLayoutEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const style = getComputedStyle(element);
    const text = { family: style.fontFamily, colour: style.color };
    let size = { width: -1, height: -1 };

    const paint = (state: ReactFlowState) => {
      const now = sizeAndView(state);
      // Not yet measured: the first real picture comes with the size.
      if (now.width === 0 || now.height === 0) return;
      const ratio = window.devicePixelRatio || 1;
      // Resizing a canvas clears it, so only when the flow's size changed.
      if (now.width !== size.width || now.height !== size.height) {
        size = { width: now.width, height: now.height };
        element.width = Math.max(1, Math.round(now.width * ratio));
        element.height = Math.max(1, Math.round(now.height * ratio));
        element.style.width = `${now.width}px`;
        element.style.height = `${now.height}px`;
      }
      const drawn = drawLinePicture(
        context,
        plan,
        now.view,
        { width: element.width, height: element.height },
        ratio,
        text,
      );
      // What the picture holds: the rendering benchmark and the tests read these.
      element.dataset.lines = String(plan.lineCount);
      element.dataset.drawn = String(drawn);
    };

    paint(store.getState());
    // Once per frame however many wheel or pointer events moved the view in it: animation
    // frame callbacks run after the frame's input and before its paint.
    let frame: number | null = null;
    const unsubscribe = store.subscribe((state, previous) => {
      const moved =
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height;
      if (!moved || frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        paint(store.getState());
      });
    });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [plan, store]);

  return <canvas ref={canvas} className="kenes-line-picture" aria-hidden />;
});
LinePicture.displayName = 'LinePicture';
