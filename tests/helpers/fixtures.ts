import type { OrganisationCreate } from '../../src/shared/api/organisations';

/** Every Kazakh-specific letter in both cases, and Ё: what must survive a round trip untouched. */
export const KAZAKH_LETTERS = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і';
export const RUSSIAN_YO = 'Ёлка, ёж, Щёлково';

/** A valid organisation for the create call; the caller overrides what the test is about. */
export const organisationInput = (overrides: Partial<OrganisationCreate> = {}): OrganisationCreate => ({
  nameKk: 'Көкшетау қаласының №3 мектеп-гимназиясы',
  typeCode: 'EDU.SCHOOL',
  level: 'organisation',
  ...overrides,
});

/** A UUID that no record in any test workspace has. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';
