import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Presentation mode for a meeting: the picture alone, full screen, larger labels, no
 * editing. Arrow keys (and a presenter's clicker, which sends PageUp/PageDown) step
 * through the saved views; Esc leaves.
 */
export const usePresentation = (
  views: readonly { id: string }[],
  viewId: string | null,
  chooseView: (id: string) => void,
) => {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(false);

  const leave = useCallback(() => {
    setActive(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  const enter = useCallback(() => {
    setActive(true);
    // Full screen may be refused (a browser without a user gesture, a kiosk); the mode
    // still works in the window.
    void ref.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!active) return;
    const step = (delta: number) => {
      if (views.length === 0) return;
      const at = Math.max(
        0,
        views.findIndex((v) => v.id === viewId),
      );
      const next = views[(at + delta + views.length) % views.length];
      if (next) chooseView(next.id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') leave();
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'PageDown') step(1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'PageUp') step(-1);
      else return;
      e.preventDefault();
    };
    // Leaving full screen with the browser's own Esc ends the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) setActive(false);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [active, views, viewId, chooseView, leave]);

  return { ref, active, enter, leave };
};
