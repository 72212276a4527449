import { eq, sql } from 'drizzle-orm';
import { agreements } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict, notFound } from '../errors';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { Agreement } from '../../../shared/model';

/** Today as the council sees it (the local calendar day), from the injected clock. */
export const today = (ctx: ServiceContext): string => isoDay(ctx.now());

/** `ids` as one JSON array for `IN (SELECT value FROM json_each(?))`: no chunking under SQLite's parameter limit. */
export const jsonIds = (ids: Iterable<string>): string => JSON.stringify([...new Set(ids)]);

export const requireAgreement = (ctx: ServiceContext, id: string): Agreement => {
  const agreement = ctx.db.select().from(agreements).where(eq(agreements.id, id)).get();
  if (!agreement) throw notFound();
  return agreement;
};

/** The newer version that replaced this one, if any. Versions form a chain: at most one. */
export const newerVersionOf = (ctx: ServiceContext, id: string): string | null =>
  ctx.db.select({ id: agreements.id }).from(agreements).where(eq(agreements.previousVersionId, id)).get()
    ?.id ?? null;

/** Not superseded by a newer version: the registry's "current" agreements. */
export const isCurrent = sql`NOT EXISTS (SELECT 1 FROM ${agreements} AS newer WHERE newer.previous_version_id = ${agreements.id})`;

/**
 * An agreement that may still be changed: not archived, not replaced by a newer version
 * (change that one), not terminated (once ended, its record is what was agreed).
 */
export const requireEditableAgreement = (ctx: ServiceContext, id: string): Agreement => {
  const agreement = requireAgreement(ctx, id);
  if (agreement.archivedAt) throw conflict('archived');
  if (newerVersionOf(ctx, id)) throw conflict('superseded');
  if (agreement.terminatedOn || agreement.stage === 'terminated') throw conflict('agreementTerminated');
  return agreement;
};
