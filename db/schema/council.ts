import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  quorumRules,
  sessionCadences,
  sessionNumberings,
  tieRules,
  workspaceTemplates,
} from '../../src/shared/domain/enums';
import { id, timestamps } from './columns';
import { organisations, people } from './organisations';

/** The council this workspace belongs to: one row per workspace. */
export const councilProfile = sqliteTable('council_profile', {
  id: id(),
  nameKk: text().notNull(),
  nameRu: text().notNull().default(''),
  nameEn: text().notNull().default(''),
  region: text().notNull().default(''),
  /** The body the council sits under (жанынан), e.g. the regional education department. */
  parentBody: text().notNull().default(''),
  yearFounded: integer(),
  /** Officers are people of the workspace; their council role is kept in step. */
  chairPersonId: text().references(() => people.id),
  secretaryPersonId: text().references(() => people.id),
  /** How many members make a quorum; default "more than half" (issue: sessions). */
  quorumRule: text({ enum: quorumRules }).notNull().default('more_than_half'),
  /** What a tie means; default the ДКК rule: the chair's vote decides (guide L9697–9701). */
  tieRule: text({ enum: tieRules }).notNull().default('chair_decides'),
  sessionCadence: text({ enum: sessionCadences }).notNull().default('quarterly'),
  sessionNumbering: text({ enum: sessionNumberings }).notNull().default('per_year'),
  /** The hub organisation of the network (the council itself). */
  hubOrganisationId: text().references(() => organisations.id),
  /** Which template started the workspace: 'empty' or 'akmola'. */
  template: text({ enum: workspaceTemplates }).notNull(),
  ...timestamps,
});

/** Per-workspace settings (user name for the history, language, backups kept …). */
export const appSettings = sqliteTable('app_settings', {
  key: text().primaryKey(),
  /** JSON-encoded value. */
  value: text().notNull(),
  updatedAt: text().notNull(),
});
