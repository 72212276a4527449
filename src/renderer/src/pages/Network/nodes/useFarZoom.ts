import { useStore, type ReactFlowState } from '@xyflow/react';

/** Below this zoom a node's text is too small to read, so it is not drawn at all. */
export const FAR_ZOOM = 0.35;

const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/**
 * True when the picture is zoomed out past reading distance. A boolean selector: a node
 * re-renders when the threshold is crossed, never on every frame of a pan or zoom.
 */
export const useFarZoom = (): boolean => useStore(isFar);
