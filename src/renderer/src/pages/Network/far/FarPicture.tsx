import { memo, useEffect, useMemo, useState } from 'react';
import { EdgeLabelRenderer, useStoreApi, type Edge, type Node } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useFarZoom } from '../nodes/useFarZoom';
import {
  drawFarPicture,
  isCloseEnough,
  planFarPicture,
  resolutionFor,
  type FarPicturePlan,
} from './farPicture';

/** After the last wheel step, this long before the picture is drawn again at the new zoom. */
const REST_MS = 150;

interface Props {
  nodes: Node[];
  edges: Edge[];
}

/**
 * The network zoomed out past reading distance, as one bitmap (see farPicture.ts for why).
 * It sits in React Flow's viewport, under the elements still drawn, so a pan moves it with
 * them at no cost. It is drawn again when the nodes or lines change, and once a zoom comes
 * to rest far from the sharpness it was drawn at.
 */
export const FarPicture = memo(({ nodes, edges }: Props) => {
  const far = useFarZoom();
  return far ? <FarBitmap nodes={nodes} edges={edges} /> : null;
});
FarPicture.displayName = 'FarPicture';

/** Sizes, places and draws the bitmap for `plan` at `zoom`; returns its pixels per flow unit. */
const paintPicture = (element: HTMLCanvasElement, plan: FarPicturePlan | null, zoom: number): number => {
  const context = element.getContext('2d');
  if (!context || !plan) {
    element.width = 0;
    element.height = 0;
    element.dataset.drawn = '0';
    element.dataset.lines = '0';
    return 0;
  }
  const { minX, minY, maxX, maxY } = plan.bounds;
  const resolution = resolutionFor(plan.bounds, zoom, window.devicePixelRatio || 1);
  const pixel = {
    width: Math.max(1, Math.ceil((maxX - minX) * resolution)),
    height: Math.max(1, Math.ceil((maxY - minY) * resolution)),
  };
  element.width = pixel.width;
  element.height = pixel.height;
  element.style.width = `${maxX - minX}px`;
  element.style.height = `${maxY - minY}px`;
  element.style.transform = `translate(${minX}px, ${minY}px)`;
  drawFarPicture(context, plan, resolution, pixel, zoom);
  // What the picture holds: the rendering benchmark counts these as drawn.
  element.dataset.drawn = String(plan.boxes.length);
  element.dataset.lines = String(plan.lineCount);
  return resolution;
};

const FarBitmap = ({ nodes, edges }: Props) => {
  const { t } = useTranslation();
  const store = useStoreApi();
  // A state, not a ref: the portal's target appears a render later, and the canvas with it.
  const [element, setElement] = useState<HTMLCanvasElement | null>(null);
  const plan = useMemo(() => planFarPicture(nodes, edges), [nodes, edges]);

  useEffect(() => {
    let resolution = 0;
    let rest: ReturnType<typeof setTimeout> | undefined;

    const paint = () => {
      if (element) resolution = paintPicture(element, plan, store.getState().transform[2]);
    };

    const sharpen = () => {
      if (!plan) return;
      const wanted = resolutionFor(plan.bounds, store.getState().transform[2], window.devicePixelRatio || 1);
      if (!isCloseEnough(resolution, wanted)) paint();
    };

    paint();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform[2] === previous.transform[2]) return;
      clearTimeout(rest);
      rest = setTimeout(sharpen, REST_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(rest);
    };
  }, [element, plan, store]);

  return (
    <EdgeLabelRenderer>
      <canvas
        ref={setElement}
        className="kenes-far-picture"
        role="img"
        aria-label={t('network.farPicture', {
          organisations: plan?.boxes.length ?? 0,
          links: plan?.lineCount ?? 0,
        })}
      />
    </EdgeLabelRenderer>
  );
};
