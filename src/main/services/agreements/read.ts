import { and, asc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import {
  agreementModules,
  agreementObligations,
  agreementParties,
  agreements,
  attachments,
  interactionModules,
  organisations,
  people,
} from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { isCurrent, jsonIds, requireAgreement, today } from './records';
import { agreementStatus, isObligationOverdue } from '../../../shared/domain/agreementStatus';
import { foldForSearch } from '../../../shared/text/fold';
import type { AgreementStatus } from '../../../shared/domain/enums';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { agreementCalls } from '../../../shared/api/agreements';
import type {
  Agreement,
  AgreementDetail,
  AgreementListItem,
  AgreementObligationItem,
  AgreementPartyItem,
} from '../../../shared/model';

type ListInput = ParsedInputOf<typeof agreementCalls.list>;

const inIds = (column: SQL | Parameters<typeof eq>[0], ids: Iterable<string>): SQL =>
  sql`${column} IN (SELECT value FROM json_each(${jsonIds(ids)}))`;

const groupBy = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
};

/** The active parties of the given agreements, in their order, with the names lists and documents show. */
export const partiesOf = (ctx: ServiceContext, agreementIds: string[]): AgreementPartyItem[] =>
  ctx.db
    .select({
      party: agreementParties,
      organisationNameKk: organisations.nameKk,
      organisationNameRu: organisations.nameRu,
      shortName: organisations.shortName,
      headName: organisations.headName,
      organisationArchivedAt: organisations.archivedAt,
      signatoryName: people.fullName,
    })
    .from(agreementParties)
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .leftJoin(people, eq(people.id, agreementParties.signatoryPersonId))
    .where(and(isNull(agreementParties.archivedAt), inIds(agreementParties.agreementId, agreementIds)))
    .orderBy(asc(agreementParties.position), asc(agreementParties.createdAt))
    .all()
    .map(({ party, organisationArchivedAt, signatoryName, ...names }) => ({
      ...party,
      ...names,
      signatoryName: signatoryName ?? null,
      organisationArchived: organisationArchivedAt !== null,
    }));

/** How urgently a status asks for attention: lists show the lower first. */
export const STATUS_ORDER: Record<AgreementStatus, number> = {
  expiring: 0,
  active: 1,
  draft: 2,
  expired: 3,
  terminated: 4,
};

/** Days to the end of the term, nearest first; expired ones most recently expired first. */
const urgency = (a: AgreementListItem): number =>
  a.daysToExpiry === null
    ? Number.MAX_SAFE_INTEGER
    : a.status === 'expired'
      ? -a.daysToExpiry
      : a.daysToExpiry;

/** Most urgent first: expiring, then active by days left, drafts, expired, terminated; then by number. */
export const compareAgreements = (a: AgreementListItem, b: AgreementListItem): number =>
  STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
  urgency(a) - urgency(b) ||
  a.number.localeCompare(b.number, 'ru', { numeric: true }) ||
  a.title.localeCompare(b.title, 'kk') ||
  a.id.localeCompare(b.id);

/**
 * Rows as the registry shows them: parties, modules, obligation counts, the newer version
 * and the status on today's date. A handful of queries for any number of agreements.
 */
export const toListItems = (ctx: ServiceContext, rows: Agreement[]): AgreementListItem[] => {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const day = today(ctx);
  const parties = groupBy(partiesOf(ctx, ids), (p) => p.agreementId);
  const modules = groupBy(
    ctx.db
      .select({ agreementId: agreementModules.agreementId, moduleId: agreementModules.moduleId })
      .from(agreementModules)
      .innerJoin(interactionModules, eq(interactionModules.id, agreementModules.moduleId))
      .where(and(isNull(agreementModules.archivedAt), inIds(agreementModules.agreementId, ids)))
      .orderBy(asc(interactionModules.number))
      .all(),
    (m) => m.agreementId,
  );
  const obligations = groupBy(
    ctx.db
      .select({
        agreementId: agreementObligations.agreementId,
        dueOn: agreementObligations.dueOn,
        status: agreementObligations.status,
      })
      .from(agreementObligations)
      .where(and(isNull(agreementObligations.archivedAt), inIds(agreementObligations.agreementId, ids)))
      .all(),
    (o) => o.agreementId,
  );
  const newer = new Map(
    ctx.db
      .select({ id: agreements.id, previousVersionId: agreements.previousVersionId })
      .from(agreements)
      .where(inIds(agreements.previousVersionId, ids))
      .all()
      .map((r) => [r.previousVersionId as string, r.id]),
  );
  const attachmentCounts = new Map(
    ctx.db
      .select({ ownerId: attachments.ownerId, n: sql<number>`count(*)` })
      .from(attachments)
      .where(
        and(
          eq(attachments.ownerType, 'agreement'),
          isNull(attachments.archivedAt),
          inIds(attachments.ownerId, ids),
        ),
      )
      .groupBy(attachments.ownerId)
      .all()
      .map((r) => [r.ownerId, Number(r.n)]),
  );
  return rows.map((row) => {
    const own = obligations.get(row.id) ?? [];
    return {
      ...row,
      ...agreementStatus(row, day),
      parties: parties.get(row.id) ?? [],
      moduleIds: (modules.get(row.id) ?? []).map((m) => m.moduleId),
      obligationCount: own.length,
      overdueObligations: own.filter((o) => isObligationOverdue(o, day)).length,
      supersededById: newer.get(row.id) ?? null,
      attachmentCount: attachmentCounts.get(row.id) ?? 0,
    };
  });
};

const partyMatches = (search: string): SQL =>
  sql`EXISTS (SELECT 1 FROM ${agreementParties} p JOIN ${organisations} o ON o.id = p.organisation_id
    WHERE p.agreement_id = ${agreements.id} AND p.archived_at IS NULL
      AND instr(kenes_fold(o.name_kk || ' ' || o.name_ru || ' ' || o.short_name), ${search}) > 0)`;

const listConditions = (input: ListInput): SQL | undefined => {
  const where: (SQL | undefined)[] = [];
  const archived = input.archived ?? 'active';
  if (archived === 'active') where.push(isNull(agreements.archivedAt));
  if (archived === 'archived') where.push(isNotNull(agreements.archivedAt));
  if (!input.includeSuperseded) where.push(isCurrent);
  if (input.kind) where.push(eq(agreements.kind, input.kind));
  if (input.organisationId) {
    where.push(sql`EXISTS (SELECT 1 FROM ${agreementParties} p WHERE p.agreement_id = ${agreements.id}
      AND p.archived_at IS NULL AND p.organisation_id = ${input.organisationId})`);
  }
  if (input.moduleId) {
    where.push(sql`EXISTS (SELECT 1 FROM ${agreementModules} m WHERE m.agreement_id = ${agreements.id}
      AND m.archived_at IS NULL AND m.module_id = ${input.moduleId})`);
  }
  const search = input.search ? foldForSearch(input.search) : '';
  // instr() rather than LIKE: the user's text is matched literally, % and _ included.
  if (search) {
    where.push(
      sql`(instr(kenes_fold(${agreements.number} || ' ' || ${agreements.title} || ' ' || ${agreements.subject}), ${search}) > 0 OR ${partyMatches(search)})`,
    );
  }
  return and(...where);
};

/**
 * The registry. Status depends on today's date, so it is computed here and filtered in
 * memory: a council's agreements number in the hundreds, not the millions.
 */
export const listAgreements = (ctx: ServiceContext, input: ListInput): AgreementListItem[] => {
  const rows = ctx.db.select().from(agreements).where(listConditions(input)).all();
  const items = toListItems(ctx, rows);
  return (input.status ? items.filter((i) => i.status === input.status) : items).sort(compareAgreements);
};

/** The chain of versions this agreement belongs to, oldest first. */
const versionChain = (ctx: ServiceContext, agreement: Agreement): AgreementDetail['versions'] => {
  const pick = (a: Agreement) => ({
    id: a.id,
    number: a.number,
    title: a.title,
    signedOn: a.signedOn,
    createdAt: a.createdAt,
    versionReason: a.versionReason,
  });
  const chain = [pick(agreement)];
  const seen = new Set([agreement.id]);
  for (let prev = agreement.previousVersionId; prev && !seen.has(prev);) {
    const row = requireAgreement(ctx, prev);
    seen.add(row.id);
    chain.unshift(pick(row));
    prev = row.previousVersionId;
  }
  for (let id = agreement.id; ;) {
    const next = ctx.db.select().from(agreements).where(eq(agreements.previousVersionId, id)).get();
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    chain.push(pick(next));
    id = next.id;
  }
  return chain;
};

/** The obligations of one agreement in the order they were listed, each with its party's organisation. */
export const obligationsOf = (ctx: ServiceContext, agreementId: string): AgreementObligationItem[] => {
  const day = today(ctx);
  return ctx.db
    .select({ obligation: agreementObligations, organisationId: agreementParties.organisationId })
    .from(agreementObligations)
    .innerJoin(agreementParties, eq(agreementParties.id, agreementObligations.partyId))
    .where(and(eq(agreementObligations.agreementId, agreementId), isNull(agreementObligations.archivedAt)))
    .orderBy(asc(agreementObligations.position), asc(agreementObligations.createdAt))
    .all()
    .map(({ obligation, organisationId }) => ({
      ...obligation,
      organisationId,
      overdue: isObligationOverdue(obligation, day),
    }));
};

export const getAgreement = (ctx: ServiceContext, id: string): AgreementDetail => {
  const agreement = requireAgreement(ctx, id);
  const [item] = toListItems(ctx, [agreement]) as [AgreementListItem];
  return {
    ...item,
    obligations: obligationsOf(ctx, id),
    attachments: ctx.db
      .select()
      .from(attachments)
      .where(
        and(
          eq(attachments.ownerType, 'agreement'),
          eq(attachments.ownerId, id),
          isNull(attachments.archivedAt),
        ),
      )
      .orderBy(asc(attachments.createdAt))
      .all(),
    versions: versionChain(ctx, agreement),
  };
};

/** Current (not superseded, not archived) agreements of the given kinds with their status today. */
export const currentAgreementsOfKinds = (
  ctx: ServiceContext,
  kinds: readonly Agreement['kind'][],
): { id: string; kind: Agreement['kind']; number: string; title: string; status: AgreementStatus }[] => {
  const day = today(ctx);
  return ctx.db
    .select()
    .from(agreements)
    .where(and(isNull(agreements.archivedAt), isCurrent, inArray(agreements.kind, [...kinds])))
    .all()
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      number: a.number,
      title: a.title,
      status: agreementStatus(a, day).status,
    }));
};
