import type { SceneNodeKind } from '../scene';

/**
 * Node sizes in flow units. Fixed rather than measured, so layouts, edges and exports
 * can be computed before anything is drawn.
 */
export const NODE_SIZE: Record<SceneNodeKind, { width: number; height: number }> = {
  hub: { width: 230, height: 84 },
  organisation: { width: 168, height: 58 },
  group: { width: 188, height: 66 },
};
