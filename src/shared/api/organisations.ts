import { z } from 'zod';
import { call } from './contract';
import {
  LIMITS,
  archivedFilter,
  email,
  idInput,
  longText,
  optionalText,
  pageInput,
  phone,
  requiredText,
  updateInput,
  uuid,
  website,
  type Page,
} from './fields';
import { clusterRoles, memberships, organisationLevels } from '../domain/enums';
import { nodePosition, nodePositions } from './views';
import { isOrganisationTypeCode } from '../reference';
import { sectorCode } from '../reference/schema';
import type {
  Organisation,
  OrganisationDetail,
  OrganisationFacets,
  OrganisationImpact,
  OrganisationListItem,
} from '../model';

export const organisationShape = {
  nameKk: requiredText(LIMITS.name),
  nameRu: optionalText(LIMITS.name),
  shortName: optionalText(LIMITS.shortName),
  typeCode: z.string().refine(isOrganisationTypeCode, { message: 'validation.unknownType' }),
  /** Defaults to the sector of the type. */
  sector: sectorCode.optional(),
  level: z.enum(organisationLevels),
  district: optionalText(LIMITS.line),
  legalForm: optionalText(LIMITS.shortName),
  address: optionalText(LIMITS.name),
  headName: optionalText(LIMITS.line),
  phone,
  email,
  website,
  membership: z.enum(memberships).optional(),
  clusterRole: z.enum(clusterRoles).optional(),
  groupId: uuid.nullable().optional(),
  notes: longText(LIMITS.notes),
};

export const organisationCreate = z.strictObject(organisationShape);
export type OrganisationCreate = z.input<typeof organisationCreate>;

export const organisationSortFields = [
  'nameKk',
  'nameRu',
  'shortName',
  'typeCode',
  'sector',
  'level',
  'district',
  'membership',
  'updatedAt',
] as const;

export const organisationListInput = z.strictObject({
  search: z.string().max(LIMITS.search).optional(),
  typeCodes: z.array(z.string().max(50)).max(100).optional(),
  sectors: z.array(sectorCode).max(20).optional(),
  levels: z.array(z.enum(organisationLevels)).max(4).optional(),
  districts: z.array(z.string().max(LIMITS.line)).max(100).optional(),
  /** A group includes its subgroups. */
  groupIds: z.array(uuid).max(100).optional(),
  memberships: z.array(z.enum(memberships)).max(2).optional(),
  archived: archivedFilter,
  /** The council hub is a node of the network but not a partner; lists leave it out unless asked. */
  includeHub: z.boolean().optional(),
  sort: z.strictObject({ field: z.enum(organisationSortFields), order: z.enum(['asc', 'desc']) }).optional(),
  ...pageInput,
});
export type OrganisationListInput = z.input<typeof organisationListInput>;

export const organisationCalls = {
  list: call<Page<OrganisationListItem>>()('organisations:list', organisationListInput),
  facets: call<OrganisationFacets>()('organisations:facets', z.strictObject({})),
  get: call<OrganisationDetail>()('organisations:get', idInput),
  create: call<Organisation>()(
    'organisations:create',
    organisationCreate.extend({
      /**
       * Created on the network canvas: where the node goes on that view (and, for a view
       * never saved before, where the others stand), saved with the organisation as one
       * undoable step.
       */
      placement: z
        .strictObject({ viewId: uuid, at: nodePosition, others: nodePositions.optional() })
        .optional(),
    }),
  ),
  createMany: call<{ ids: string[] }>()(
    'organisations:createMany',
    z.strictObject({ items: z.array(organisationCreate).min(1).max(LIMITS.bulk) }),
  ),
  update: call<Organisation>()('organisations:update', updateInput(organisationShape)),
  archive: call<Organisation>()('organisations:archive', idInput),
  restore: call<Organisation>()('organisations:restore', idInput),
  /** Active records that refer to the organisation: the warning before archiving it. */
  impact: call<OrganisationImpact>()('organisations:impact', idInput),
};
