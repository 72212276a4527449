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

/** Figure 13 of the guide (DOMAIN.md §3), block by block, as the Akmola model seeds it and the overview lists it. */
export const FIGURE_13: readonly (readonly [string, number])[] = [
  ['ББ', 1],
  ['А(Қ)ББ', 19],
  ['ООӘК', 1],
  ['А(Қ)ӘК', 19],
  ['Педагогикалық колледждер', 2],
  ['ОТМИ', 5],
  ['ПМПК', 4],
  ['ППТК', 20],
  ['БАИ', 1],
  ['ТжКББҰ', 6],
  ['МДБҰ', 20],
  ['ОББҰ', 24],
  ['ЖОО', 2],
];
