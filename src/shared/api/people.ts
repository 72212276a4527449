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
  type Page,
} from './fields';
import { councilRoles } from '../domain/enums';
import type { Person, PersonListItem } from '../model';

export const personShape = {
  fullName: requiredText(LIMITS.line),
  organisationId: uuid.nullable().optional(),
  position: optionalText(LIMITS.line),
  councilRole: z.enum(councilRoles).nullable().optional(),
  phone,
  email,
  notes: longText(LIMITS.notes),
};

export const personListInput = z.strictObject({
  search: z.string().max(LIMITS.search).optional(),
  organisationId: uuid.optional(),
  councilRoles: z.array(z.enum(councilRoles)).max(5).optional(),
  /** Only people who sit on the council (any council role). */
  councilOnly: z.boolean().optional(),
  archived: archivedFilter,
  ...pageInput,
});

export const personCalls = {
  list: call<Page<PersonListItem>>()('people:list', personListInput),
  get: call<Person>()('people:get', idInput),
  create: call<Person>()('people:create', z.strictObject(personShape)),
  update: call<Person>()('people:update', updateInput(personShape)),
  archive: call<Person>()('people:archive', idInput),
  restore: call<Person>()('people:restore', idInput),
};
