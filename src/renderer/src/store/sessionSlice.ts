import type { StateCreator } from 'zustand';
import type { WorkspaceStatus } from '../../../shared/model';
import { defaultLanguage, type Language } from '../../../shared/i18n';
import type { KenesState } from './index';

export interface SessionSlice {
  /** The UI language; applied by `useLanguage().change`, which also persists it. */
  language: Language;
  status: WorkspaceStatus | null;
  /**
   * Bumped after every write, so pages showing API data read it again. The database
   * stays the source of truth; nothing here mirrors its rows.
   */
  revision: number;
  setLanguage: (language: Language) => void;
  setStatus: (status: WorkspaceStatus) => void;
  dataChanged: () => void;
}

export const createSessionSlice: StateCreator<KenesState, [], [], SessionSlice> = (set) => ({
  language: defaultLanguage,
  status: null,
  revision: 0,
  setLanguage: (language) => set({ language }),
  setStatus: (status) => set({ status }),
  dataChanged: () => set((s) => ({ revision: s.revision + 1 })),
});
