import { and, eq, isNull, max, ne, sql } from 'drizzle-orm';
import { councilSessions } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict } from '../errors';
import type { CouncilProfile } from '../../../shared/model';

/**
 * Session numbers are stored, not computed on reading: a number is printed on signed
 * minutes and must not shift when an earlier sitting is cancelled or the council changes
 * how it counts. A new sitting takes the next number in its scope (its year, or every
 * sitting since founding); the secretary may give one instead — needed "since founding",
 * as sittings held before the workspace existed are not in it — and it must be free.
 * Archived (cancelled) sittings hold no number.
 */
const scope = (numbering: CouncilProfile['sessionNumbering'], year: number, exceptId?: string) =>
  and(
    isNull(councilSessions.archivedAt),
    numbering === 'per_year' ? eq(councilSessions.year, year) : undefined,
    exceptId ? ne(councilSessions.id, exceptId) : undefined,
  );

export const nextSessionNumber = (
  ctx: ServiceContext,
  numbering: CouncilProfile['sessionNumbering'],
  year: number,
  exceptId?: string,
): number =>
  (ctx.db
    .select({ n: max(councilSessions.number) })
    .from(councilSessions)
    .where(scope(numbering, year, exceptId))
    .get()?.n ?? 0) + 1;

export const checkNumberFree = (
  ctx: ServiceContext,
  numbering: CouncilProfile['sessionNumbering'],
  year: number,
  number: number,
  exceptId?: string,
): void => {
  const taken = ctx.db
    .select({ id: councilSessions.id })
    .from(councilSessions)
    .where(and(scope(numbering, year, exceptId), sql`${councilSessions.number} = ${number}`))
    .get();
  if (taken) throw conflict('sessionNumberTaken');
};
