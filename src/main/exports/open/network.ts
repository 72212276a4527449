import { isNull } from 'drizzle-orm';
import { organisationGroups, organisationLinks, organisations } from '../../../../db/schema';
import { organisationType } from '../../../shared/reference';
import type { ServiceContext } from '../../services/context';

/** One attribute of a node or an edge, as both GraphML `<key>` and GEXF `<attribute>` declare it. */
export interface GraphAttribute {
  id: string;
  type: 'string' | 'boolean';
}

export type AttributeValues = Record<string, string | boolean | null>;

export interface GraphNode {
  id: string;
  label: string;
  values: AttributeValues;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  values: AttributeValues;
}

export interface OpenGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Node attributes: codes as the app stores them, names in Kazakh and Russian where they are names. */
export const nodeAttributes: GraphAttribute[] = [
  { id: 'name_kk', type: 'string' },
  { id: 'name_ru', type: 'string' },
  { id: 'short_name', type: 'string' },
  { id: 'type', type: 'string' },
  { id: 'type_kk', type: 'string' },
  { id: 'type_ru', type: 'string' },
  { id: 'sector', type: 'string' },
  { id: 'level', type: 'string' },
  { id: 'district', type: 'string' },
  { id: 'membership', type: 'string' },
  { id: 'cluster_role', type: 'string' },
  { id: 'group', type: 'string' },
  { id: 'group_id', type: 'string' },
  { id: 'council_hub', type: 'boolean' },
];

/**
 * Edge attributes: the guide's classification (DOMAIN.md §7.1). "direction" is the guide's
 * vertical/horizontal/diagonal, not an arrow, so the graphs are undirected; source and
 * target are kept as the link was drawn.
 */
export const edgeAttributes: GraphAttribute[] = [
  { id: 'kind', type: 'string' },
  { id: 'direction', type: 'string' },
  { id: 'contact', type: 'string' },
  { id: 'systematicity', type: 'string' },
  { id: 'term', type: 'string' },
  { id: 'participation', type: 'string' },
  { id: 'object', type: 'string' },
  { id: 'label', type: 'string' },
  { id: 'agreement_id', type: 'string' },
];

/**
 * The network as the registry has it now: active organisations, and active links whose
 * two ends are both active (a link to an archived organisation would dangle in Gephi).
 */
export const loadOpenGraph = (ctx: ServiceContext): OpenGraph =>
  ctx.transaction(() => {
    const groups = new Map(
      ctx.db
        .select({ id: organisationGroups.id, nameKk: organisationGroups.nameKk })
        .from(organisationGroups)
        .all()
        .map((g) => [g.id, g.nameKk]),
    );
    const orgs = ctx.db
      .select()
      .from(organisations)
      .where(isNull(organisations.archivedAt))
      .orderBy(organisations.nameKk, organisations.id)
      .all();
    const active = new Set(orgs.map((o) => o.id));
    const links = ctx.db
      .select()
      .from(organisationLinks)
      .where(isNull(organisationLinks.archivedAt))
      .orderBy(organisationLinks.createdAt, organisationLinks.id)
      .all()
      .filter((l) => active.has(l.sourceId) && active.has(l.targetId));

    return {
      nodes: orgs.map((o) => {
        const type = organisationType(o.typeCode);
        return {
          id: o.id,
          label: o.shortName || o.nameKk,
          values: {
            name_kk: o.nameKk,
            name_ru: o.nameRu,
            short_name: o.shortName,
            type: o.typeCode,
            type_kk: type?.name.kk ?? null,
            type_ru: type?.name.ru ?? null,
            sector: o.sector,
            level: o.level,
            district: o.district,
            membership: o.membership,
            cluster_role: o.clusterRole,
            group: o.groupId ? (groups.get(o.groupId) ?? null) : null,
            group_id: o.groupId,
            council_hub: o.isCouncilHub,
          },
        };
      }),
      edges: links.map((l) => ({
        id: l.id,
        source: l.sourceId,
        target: l.targetId,
        label: l.label,
        values: {
          kind: l.kind,
          direction: l.direction,
          contact: l.contact,
          systematicity: l.systematicity,
          term: l.term,
          participation: l.participation,
          object: l.object,
          label: l.label,
          agreement_id: l.agreementId,
        },
      })),
    };
  });

/** A value worth writing: null and empty text are "not set", which both formats express by omission. */
export const presentValues = (values: AttributeValues): [string, string][] =>
  Object.entries(values)
    .filter((entry): entry is [string, string | boolean] => entry[1] !== null && entry[1] !== '')
    .map(([key, value]) => [key, String(value)]);
