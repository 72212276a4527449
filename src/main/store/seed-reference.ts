import { sql } from 'drizzle-orm';
import type { KenesDb } from './database';
import { interactionModules } from '../../../db/schema';
import { moduleCatalogue } from '../../shared/reference';

/**
 * Every workspace holds the 12 modules under their fixed ids, so assignments can refer
 * to them and merge across workspaces. Names follow the shipped reference on each start.
 */
export const seedReferenceData = (db: KenesDb, now: string): void => {
  for (const m of moduleCatalogue) {
    db.insert(interactionModules)
      .values({
        id: m.id,
        number: m.number,
        nameKk: m.name.kk,
        nameRu: m.name.ru,
        nameEn: m.name.en,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: interactionModules.id,
        set: { nameKk: m.name.kk, nameRu: m.name.ru, nameEn: m.name.en },
        setWhere: sql`${interactionModules.nameKk} <> ${m.name.kk} OR ${interactionModules.nameRu} <> ${m.name.ru} OR ${interactionModules.nameEn} <> ${m.name.en}`,
      })
      .run();
  }
};
