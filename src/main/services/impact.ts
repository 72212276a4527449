import { eq } from 'drizzle-orm';
import { agreements, organisationLinks } from '../../../db/schema';
import type { ServiceContext } from './context';
import { notFound } from './errors';
import { requireOrganisation } from './organisations';
import type { LinkImpact, OrganisationImpact } from '../../shared/model';

/**
 * What archiving would leave pointing at an archived record. Only live references
 * count: archived rows, terminated agreements and decisions done or cancelled no longer
 * ask anything of the organisation. Agenda items count while not archived, approved
 * minutes included: the user should know the organisation appears in them.
 * One query of subqueries, each on an indexed column or a small table.
 */
export const organisationImpact = (ctx: ServiceContext, id: string): OrganisationImpact => {
  requireOrganisation(ctx, id);
  return ctx.sqlite
    .prepare(
      `SELECT
        (SELECT count(*) FROM organisation_links
          WHERE archived_at IS NULL AND (source_id = :id OR target_id = :id)) AS links,
        (SELECT count(*) FROM people WHERE archived_at IS NULL AND organisation_id = :id) AS people,
        (SELECT count(DISTINCT a.id) FROM agreement_parties p JOIN agreements a ON a.id = p.agreement_id
          WHERE p.organisation_id = :id AND p.archived_at IS NULL AND a.archived_at IS NULL
            AND a.terminated_on IS NULL
            -- An amended agreement counts once: its earlier versions are superseded.
            AND NOT EXISTS (SELECT 1 FROM agreements n WHERE n.previous_version_id = a.id)) AS agreements,
        (SELECT count(DISTINCT d.id) FROM decision_responsibles r JOIN decisions d ON d.id = r.decision_id
          WHERE r.organisation_id = :id AND d.archived_at IS NULL
            AND d.status IN ('open', 'in_progress')) AS decisions,
        -- An agenda item concerns the organisation when it names it or when it reports.
        (SELECT count(*) FROM agenda_items i WHERE i.archived_at IS NULL AND (
            i.rapporteur_organisation_id = :id
            OR EXISTS (SELECT 1 FROM agenda_item_references r
              WHERE r.agenda_item_id = i.id AND r.entity_type = 'organisation' AND r.entity_id = :id))
        ) AS agendaItems,
        (SELECT count(*) FROM module_assignments
          WHERE archived_at IS NULL AND organisation_id = :id) AS moduleAssignments`,
    )
    .get({ id }) as OrganisationImpact;
};

/** The agreement a link stands on, if any, so the canvas can say which one archiving touches. */
export const linkImpact = (ctx: ServiceContext, id: string): LinkImpact => {
  const row = ctx.db
    .select({ agreementId: organisationLinks.agreementId, agreementTitle: agreements.title })
    .from(organisationLinks)
    .leftJoin(agreements, eq(agreements.id, organisationLinks.agreementId))
    .where(eq(organisationLinks.id, id))
    .get();
  if (!row) throw notFound();
  return { agreementId: row.agreementId, agreementTitle: row.agreementTitle };
};
