import { and, eq, isNull } from 'drizzle-orm';
import { agreementParties, agreements, organisations } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { isCurrent, today } from './records';
import { STATUS_ORDER, currentAgreementsOfKinds } from './read';
import { agreementStatus } from '../../../shared/domain/agreementStatus';
import type { AgreementKind, AgreementStatus } from '../../../shared/domain/enums';
import type { ClusterDocumentSlot, ClusterDocumentsPackage } from '../../../shared/model';

/**
 * Agreements between partners (DOMAIN.md §8): the registry with computed status, the
 * editor's writes, versions, termination and the obligations view.
 */
export { listAgreements, getAgreement } from './read';
export { createAgreement, updateAgreement } from './write';
export { terminateAgreement, newAgreementVersion, archiveAgreement, restoreAgreement } from './lifecycle';
export { listObligations, updateObligation } from './obligations';

/** DOMAIN.md §6 "Full document package": which kinds fill which slot of the checklist. */
const SLOT_OF_KIND: Partial<Record<AgreementKind, ClusterDocumentSlot>> = {
  concept_programme: 'concept_programme',
  cluster_regulation: 'cluster_regulation',
  cooperation: 'contracts',
  contract: 'contracts',
  network_contract: 'contracts',
};

/** The cluster's documents: the current agreements filling each slot, most alive first. */
export const documentsPackage = (ctx: ServiceContext): ClusterDocumentsPackage => {
  const pkg: ClusterDocumentsPackage = { concept_programme: [], cluster_regulation: [], contracts: [] };
  const rows = currentAgreementsOfKinds(ctx, Object.keys(SLOT_OF_KIND) as AgreementKind[]);
  rows.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.number.localeCompare(b.number, 'ru', { numeric: true }) ||
      a.title.localeCompare(b.title, 'kk'),
  );
  for (const { kind, ...item } of rows) pkg[SLOT_OF_KIND[kind] as ClusterDocumentSlot].push(item);
  return pkg;
};

/**
 * For the network snapshot: current (not superseded, not archived) agreements with their
 * status today and the ids of their active parties whose organisations are active, when
 * two or more remain. Two queries whatever the number of agreements.
 */
export const currentAgreementsForNetwork = (
  ctx: ServiceContext,
): { id: string; number: string; title: string; status: AgreementStatus; partyIds: string[] }[] => {
  const day = today(ctx);
  const rows = ctx.db
    .select()
    .from(agreements)
    .where(and(isNull(agreements.archivedAt), isCurrent))
    .all();
  const partyIds = new Map<string, string[]>();
  for (const p of ctx.db
    .select({ agreementId: agreementParties.agreementId, organisationId: agreementParties.organisationId })
    .from(agreementParties)
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .where(
      and(
        isNull(agreementParties.archivedAt),
        isNull(organisations.archivedAt),
        isNull(agreements.archivedAt),
      ),
    )
    .orderBy(agreementParties.position)
    .all()) {
    const list = partyIds.get(p.agreementId);
    if (list) list.push(p.organisationId);
    else partyIds.set(p.agreementId, [p.organisationId]);
  }
  return rows
    .map((a) => ({
      id: a.id,
      number: a.number,
      title: a.title,
      status: agreementStatus(a, day).status,
      partyIds: partyIds.get(a.id) ?? [],
    }))
    .filter((a) => a.partyIds.length >= 2);
};
