import { appSettings } from '../../../db/schema';
import type { KenesDb } from '../store/database';
import type { ServiceContext } from './context';
import type { Settings } from '../../shared/model';
import { defaultLanguage, languages, type Language } from '../../shared/i18n/errors';

export const DEFAULT_SETTINGS: Settings = { userName: '', language: defaultLanguage, backupsToKeep: 10 };

const isLanguage = (v: unknown): v is Language =>
  typeof v === 'string' && (languages as readonly string[]).includes(v);

/** Settings are key/value rows; a missing or unreadable value falls back to its default. */
export const readSettings = (db: KenesDb): Settings => {
  const rows = db.select().from(appSettings).all();
  const values = new Map(rows.map((r) => [r.key, r.value]));
  const parse = (key: keyof Settings): unknown => {
    const raw = values.get(key);
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  };
  const userName = parse('userName');
  const language = parse('language');
  const backupsToKeep = parse('backupsToKeep');
  return {
    userName: typeof userName === 'string' ? userName : DEFAULT_SETTINGS.userName,
    language: isLanguage(language) ? language : DEFAULT_SETTINGS.language,
    backupsToKeep:
      typeof backupsToKeep === 'number' && Number.isInteger(backupsToKeep) && backupsToKeep > 0
        ? backupsToKeep
        : DEFAULT_SETTINGS.backupsToKeep,
  };
};

export const updateSettings = (ctx: ServiceContext, patch: Partial<Settings>): Settings =>
  ctx.transaction(() => {
    const at = ctx.now().toISOString();
    for (const [key, value] of Object.entries(patch)) {
      ctx.db
        .insert(appSettings)
        .values({ key, value: JSON.stringify(value), updatedAt: at })
        .onConflictDoUpdate({ target: appSettings.key, set: { value: JSON.stringify(value), updatedAt: at } })
        .run();
    }
    return readSettings(ctx.db);
  });
