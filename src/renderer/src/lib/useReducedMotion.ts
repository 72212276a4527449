import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const subscribe = (onChange: () => void): (() => void) => {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** Whether the system asks for less motion now, for code that decides once (a glide about to start). */
export const prefersReducedMotion = (): boolean => window.matchMedia(QUERY).matches;

/**
 * True when the system asks for less motion (Windows: "Show animations" off; macOS and
 * GNOME: reduce motion). Follows the setting while Kenes is open.
 */
export const useReducedMotion = (): boolean => useSyncExternalStore(subscribe, prefersReducedMotion);
