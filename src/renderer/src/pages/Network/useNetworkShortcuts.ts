import { useEffect } from 'react';
import { isTyping } from './keyboard';

/** A dialog or drawer on screen has the keys; a closed one may linger in the DOM hidden. */
const dialogOpen = (): boolean =>
  [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-open')].some((el) =>
    el.checkVisibility(),
  );

interface Shortcuts {
  enabled: boolean;
  onSearch: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

/**
 * The page's keys wherever the focus is on it: Ctrl+F finds, Ctrl+Z undoes, Ctrl+Shift+Z
 * and Ctrl+Y redo. In a text field Ctrl+Z stays the field's own undo of typing.
 */
export const useNetworkShortcuts = ({ enabled, onSearch, onUndo, onRedo }: Shortcuts) => {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'f') {
        e.preventDefault();
        onSearch();
        return;
      }
      if (isTyping(e.target) || dialogOpen()) return;
      if (key === 'z' || key === 'я') {
        e.preventDefault();
        if (e.shiftKey) onRedo();
        else onUndo();
      } else if (key === 'y' || key === 'н') {
        e.preventDefault();
        onRedo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, onSearch, onUndo, onRedo]);
};
