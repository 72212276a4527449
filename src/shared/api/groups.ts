import { z } from 'zod';
import { call } from './contract';
import {
  LIMITS,
  archivedFilter,
  idInput,
  longText,
  optionalText,
  requiredText,
  updateInput,
  uuid,
} from './fields';
import type { GroupWithCount, OrganisationGroup } from '../model';

export const groupShape = {
  nameKk: requiredText(LIMITS.name),
  nameRu: optionalText(LIMITS.name),
  shortName: optionalText(LIMITS.shortName),
  parentId: uuid.nullable().optional(),
  position: z.number().int().min(0).max(100_000).optional(),
  notes: longText(LIMITS.notes),
};

export const groupCalls = {
  list: call<GroupWithCount[]>()('groups:list', z.strictObject({ archived: archivedFilter })),
  create: call<OrganisationGroup>()('groups:create', z.strictObject(groupShape)),
  update: call<OrganisationGroup>()('groups:update', updateInput(groupShape)),
  archive: call<OrganisationGroup>()('groups:archive', idInput),
  restore: call<OrganisationGroup>()('groups:restore', idInput),
};
