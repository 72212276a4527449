/**
 * After a workspace is opened, restored or left, the app reloads so every screen reads the new
 * data from scratch (no query can keep the old workspace's rows). What happened is said after
 * the reload: the sentence waits in sessionStorage, which survives the reload in this tab and
 * nowhere else (browser mode keeps its access token there the same way).
 */
const NOTE_KEY = 'kenes.workspaceNote';

const noteKinds = ['opened', 'openedMigrated', 'openedReadOnly', 'restored', 'returned'] as const;

export interface WorkspaceNote {
  /** Which sentence of `workspaceFiles.notes`. */
  kind: (typeof noteKinds)[number];
  params?: Record<string, string>;
}

export const reloadWithNote = (note: WorkspaceNote): void => {
  sessionStorage.setItem(NOTE_KEY, JSON.stringify(note));
  window.location.reload();
};

/** The note left before the reload, once: it is removed as it is read. */
export const takeWorkspaceNote = (): WorkspaceNote | null => {
  const raw = sessionStorage.getItem(NOTE_KEY);
  if (raw === null) return null;
  sessionStorage.removeItem(NOTE_KEY);
  try {
    const note = JSON.parse(raw) as WorkspaceNote;
    return (noteKinds as readonly string[]).includes(note.kind) ? note : null;
  } catch {
    return null;
  }
};
