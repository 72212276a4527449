import { isNull, sql } from 'drizzle-orm';
import { moduleAssignments, organisationGroups, organisationLinks, organisations } from '../../../db/schema';
import { currentAgreementsForNetwork } from './agreements';
import type { ServiceContext } from './context';
import type { NetworkSnapshot } from '../../shared/model';

/**
 * The whole active network in four queries, lean columns only: the canvas draws
 * thousands of nodes from this, so nothing it does not draw is read.
 */
export const loadNetwork = (ctx: ServiceContext): NetworkSnapshot => {
  const orgs = ctx.db
    .select({
      id: organisations.id,
      nameKk: organisations.nameKk,
      nameRu: organisations.nameRu,
      shortName: organisations.shortName,
      typeCode: organisations.typeCode,
      sector: organisations.sector,
      level: organisations.level,
      district: organisations.district,
      groupId: organisations.groupId,
      isCouncilHub: organisations.isCouncilHub,
      membership: organisations.membership,
      clusterRole: organisations.clusterRole,
    })
    .from(organisations)
    .where(isNull(organisations.archivedAt))
    .all();
  // A link is drawn only while both of its ends are in the network.
  const links = ctx.db
    .select({
      id: organisationLinks.id,
      sourceId: organisationLinks.sourceId,
      targetId: organisationLinks.targetId,
      kind: organisationLinks.kind,
      direction: organisationLinks.direction,
      label: organisationLinks.label,
      agreementId: organisationLinks.agreementId,
    })
    .from(organisationLinks)
    .where(
      sql`${organisationLinks.archivedAt} IS NULL
        AND ${organisationLinks.sourceId} IN (SELECT id FROM ${organisations} WHERE archived_at IS NULL)
        AND ${organisationLinks.targetId} IN (SELECT id FROM ${organisations} WHERE archived_at IS NULL)`,
    )
    .all();
  const groups = ctx.db
    .select({
      id: organisationGroups.id,
      parentId: organisationGroups.parentId,
      nameKk: organisationGroups.nameKk,
      nameRu: organisationGroups.nameRu,
      shortName: organisationGroups.shortName,
      position: organisationGroups.position,
    })
    .from(organisationGroups)
    .where(isNull(organisationGroups.archivedAt))
    .all();
  // Module membership colours and groups nodes on the canvas (the byModule layout, module filters).
  const assignments = ctx.db
    .select({
      organisationId: moduleAssignments.organisationId,
      moduleId: moduleAssignments.moduleId,
      role: moduleAssignments.role,
    })
    .from(moduleAssignments)
    .where(
      sql`${moduleAssignments.archivedAt} IS NULL
        AND ${moduleAssignments.organisationId} IN (SELECT id FROM ${organisations} WHERE archived_at IS NULL)`,
    )
    .all();
  return { organisations: orgs, links, groups, assignments, agreements: currentAgreementsForNetwork(ctx) };
};
