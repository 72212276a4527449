import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as t from '../../../../db/schema';
import type { ExportedFile } from '../../../shared/api/exports';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { ServiceContext } from '../../services/context';
import { WORKSPACE_FORMAT, type WorkspaceDocument } from './schema';

/** Rows in the order they were written (rowid), so the file reads as the workspace grew. */
const all = <T extends SQLiteTable>(ctx: ServiceContext, table: T): T['$inferSelect'][] =>
  ctx.db
    .select()
    .from(table)
    .orderBy(sql`${table}.rowid`)
    .all();

/** The views keep their settings as JSON text; the open format carries them as JSON, not strings in strings. */
const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * Reads the whole workspace in one read transaction, so the file is one consistent
 * moment even if the app writes meanwhile. Attachments are listed, their bytes are not.
 */
export const readWorkspaceDocument = (ctx: ServiceContext): WorkspaceDocument =>
  ctx.transaction(() => ({
    format: WORKSPACE_FORMAT,
    version: ctx.schemaVersion,
    exportedAt: ctx.now().toISOString(),
    council: all(ctx, t.councilProfile)[0] ?? null,
    organisationGroups: all(ctx, t.organisationGroups),
    organisations: all(ctx, t.organisations),
    people: all(ctx, t.people),
    links: all(ctx, t.organisationLinks),
    interactionModules: all(ctx, t.interactionModules),
    moduleAssignments: all(ctx, t.moduleAssignments),
    agreements: all(ctx, t.agreements),
    agreementParties: all(ctx, t.agreementParties),
    agreementObligations: all(ctx, t.agreementObligations),
    agreementModules: all(ctx, t.agreementModules),
    attachments: all(ctx, t.attachments),
    sessions: all(ctx, t.councilSessions),
    agendaItems: all(ctx, t.agendaItems),
    agendaItemReferences: all(ctx, t.agendaItemReferences),
    attendance: all(ctx, t.attendance),
    decisions: all(ctx, t.decisions),
    decisionResponsibles: all(ctx, t.decisionResponsibles),
    decisionProgressNotes: all(ctx, t.decisionProgressNotes),
    sessionAmendments: all(ctx, t.sessionAmendments),
    networkViews: all(ctx, t.networkViews).map((v) => ({
      ...v,
      filters: parsed(v.filters),
      display: parsed(v.display),
      positions: parsed(v.positions),
      viewport: parsed(v.viewport),
    })),
  }));

/** "kenes-workspace-2026-11-22.json", dated by the workspace's calendar day. */
export const workspaceJson = (ctx: ServiceContext): ExportedFile => {
  const document = readWorkspaceDocument(ctx);
  return {
    fileName: `kenes-workspace-${isoDay(ctx.now())}.json`,
    base64: Buffer.from(JSON.stringify(document, null, 2), 'utf8').toString('base64'),
  };
};
