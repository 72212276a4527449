import { z } from 'zod';
import { call } from './contract';
import {
  LIMITS,
  archivedFilter,
  idInput,
  longText,
  optionalText,
  pageInput,
  updateInput,
  uuid,
  type Page,
} from './fields';
import {
  linkContacts,
  linkDirections,
  linkObjects,
  linkParticipations,
  linkSystematicities,
  linkTerms,
} from '../domain/enums';
import { isLinkKind } from '../reference';
import type { LinkImpact, LinkWithEnds, OrganisationLink } from '../model';

export const linkShape = {
  sourceId: uuid,
  targetId: uuid,
  kind: z.string().refine(isLinkKind, { message: 'validation.unknownLinkKind' }),
  direction: z.enum(linkDirections).nullable().optional(),
  contact: z.enum(linkContacts).nullable().optional(),
  systematicity: z.enum(linkSystematicities).nullable().optional(),
  term: z.enum(linkTerms).nullable().optional(),
  participation: z.enum(linkParticipations).nullable().optional(),
  object: z.enum(linkObjects).nullable().optional(),
  sphere: optionalText(LIMITS.line),
  label: optionalText(LIMITS.line),
  agreementId: uuid.nullable().optional(),
  notes: longText(LIMITS.notes),
};

export const linkCreate = z.strictObject(linkShape);

export const linkCalls = {
  list: call<Page<LinkWithEnds>>()(
    'links:list',
    z.strictObject({ organisationId: uuid.optional(), archived: archivedFilter, ...pageInput }),
  ),
  create: call<OrganisationLink>()('links:create', linkCreate),
  createMany: call<{ ids: string[] }>()(
    'links:createMany',
    z.strictObject({
      items: z
        .array(linkCreate)
        .min(1)
        .max(LIMITS.bulk * 3),
    }),
  ),
  update: call<OrganisationLink>()('links:update', updateInput(linkShape)),
  archive: call<OrganisationLink>()('links:archive', idInput),
  restore: call<OrganisationLink>()('links:restore', idInput),
  /** The agreement the link stands on, for the warning before archiving it. */
  impact: call<LinkImpact>()('links:impact', idInput),
};
