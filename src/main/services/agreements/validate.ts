import { and, eq, isNull, sql } from 'drizzle-orm';
import { agreementParties, interactionModules, organisations, people } from '../../../../db/schema';
import type { ServiceContext } from '../context';
import { conflict, notFound, ServiceError } from '../errors';
import { jsonIds } from './records';
import type { AgreementParty } from '../../../shared/model';
import type { PartnershipStage } from '../../../shared/domain/enums';
import type { z } from 'zod';
import type { agreementObligationInput, agreementPartyInput } from '../../../shared/api/agreements';

export type PartyInput = z.output<typeof agreementPartyInput>;
export type ObligationInput = z.output<typeof agreementObligationInput>;

/** The active parties of an agreement, by id. */
export const activeParties = (ctx: ServiceContext, agreementId: string): Map<string, AgreementParty> =>
  new Map(
    ctx.db
      .select()
      .from(agreementParties)
      .where(and(eq(agreementParties.agreementId, agreementId), isNull(agreementParties.archivedAt)))
      .all()
      .map((p) => [p.id, p]),
  );

const byIds = <T extends { id: string }>(rows: T[]): Map<string, T> => new Map(rows.map((r) => [r.id, r]));

/**
 * Two or more distinct organisations, each existing and active, each signatory working
 * at its party's organisation. A party kept from the saved list (same id, same
 * organisation, same signatory) stays valid even if its organisation or signatory has
 * been archived since: the agreement was made with them, and it must remain editable.
 */
export const checkParties = (
  ctx: ServiceContext,
  parties: PartyInput[],
  saved: Map<string, AgreementParty> = new Map(),
): void => {
  for (const p of parties) if (p.id && !saved.has(p.id)) throw notFound();
  const orgIds = parties.map((p) => p.organisationId);
  if (new Set(orgIds).size !== orgIds.length) throw conflict('duplicateParty');
  if (orgIds.length < 2) throw conflict('tooFewParties');

  const orgs = byIds(
    ctx.db
      .select({ id: organisations.id, archivedAt: organisations.archivedAt })
      .from(organisations)
      .where(sql`${organisations.id} IN (SELECT value FROM json_each(${jsonIds(orgIds)}))`)
      .all(),
  );
  const signatoryIds = parties.map((p) => p.signatoryPersonId).filter((id): id is string => !!id);
  const signatories = byIds(
    ctx.db
      .select({ id: people.id, organisationId: people.organisationId, archivedAt: people.archivedAt })
      .from(people)
      .where(sql`${people.id} IN (SELECT value FROM json_each(${jsonIds(signatoryIds)}))`)
      .all(),
  );
  for (const p of parties) {
    const kept = p.id ? saved.get(p.id) : undefined;
    const org = orgs.get(p.organisationId);
    if (!org) throw notFound();
    if (org.archivedAt && kept?.organisationId !== p.organisationId) throw conflict('archivedReference');
    const signatoryId = p.signatoryPersonId === undefined ? kept?.signatoryPersonId : p.signatoryPersonId;
    if (!signatoryId) continue;
    if (kept?.signatoryPersonId === signatoryId && kept.organisationId === p.organisationId) continue;
    const person = signatories.get(signatoryId);
    if (!person) throw notFound();
    if (person.organisationId !== p.organisationId) throw conflict('personNotInOrganisation');
    if (person.archivedAt) throw conflict('archivedReference');
  }
};

/** Each obligation is given to one of the parties' organisations. */
export const checkObligations = (obligations: ObligationInput[], partyOrgIds: Set<string>): void => {
  for (const o of obligations)
    if (!partyOrgIds.has(o.organisationId)) throw conflict('obligationPartyMissing');
};

/** The modules named exist in the catalogue; returns them without repeats, in the order given. */
export const checkModules = (ctx: ServiceContext, moduleIds: string[]): string[] => {
  const unique = [...new Set(moduleIds)];
  const found = new Set(
    ctx.db
      .select({ id: interactionModules.id })
      .from(interactionModules)
      .where(sql`${interactionModules.id} IN (SELECT value FROM json_each(${jsonIds(unique)}))`)
      .all()
      .map((m) => m.id),
  );
  for (const id of unique) if (!found.has(id)) throw notFound();
  return unique;
};

/** The dates of the record as it will be saved (the contract checked only what the input held). */
export const checkDates = (term: { validFrom: string | null; validTo: string | null }): void => {
  if (term.validFrom && term.validTo && term.validFrom > term.validTo) {
    throw new ServiceError('validation', 'validation.agreementDates');
  }
};

/** "Amended" and "terminated" are reached by making a new version and by terminating, not chosen. */
export const checkStage = (stage: PartnershipStage | undefined): void => {
  if (stage === 'amended' || stage === 'terminated')
    throw new ServiceError('validation', 'validation.choice');
};
