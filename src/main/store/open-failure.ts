import Database from 'better-sqlite3';
import { MigrationDriftError, NewerSchemaError } from './migrations';
import { CorruptWorkspaceError } from './workspace';
import { translateMessage } from '../../shared/i18n/translate';
import { defaultLanguage, languages, type Language } from '../../shared/i18n/errors';

/** Which message explains why the workspace file could not be opened. */
export const openFailureKey = (error: unknown): string => {
  if (error instanceof MigrationDriftError) return 'workspace.drift';
  if (error instanceof NewerSchemaError) return 'workspace.newer';
  if (error instanceof CorruptWorkspaceError) return 'workspace.corrupt';
  if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) {
    return 'workspace.corrupt';
  }
  return 'workspace.openFailed';
};

/**
 * The sentence a user sees when Kenes refuses to open the workspace. The workspace's own
 * language setting is inside the file that failed, so the system's language is used.
 */
export const describeOpenFailure = (locale: string, error: unknown, databasePath: string): string => {
  const prefix = locale.toLowerCase().slice(0, 2);
  const lang: Language = (languages as readonly string[]).includes(prefix)
    ? (prefix as Language)
    : defaultLanguage;
  const reason = error instanceof Error ? error.message : String(error);
  return translateMessage(lang, openFailureKey(error), { path: databasePath, reason });
};
