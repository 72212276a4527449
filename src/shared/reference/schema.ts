import { z } from 'zod';

/**
 * Shapes of the reference data shipped in `resources/reference/`.
 * The data itself is taken from DOMAIN.md and the guide it cites; these schemas
 * are checked by a test so a typo in the JSON fails the build, not the app.
 */

/** A text in the three UI languages. Kazakh comes from the guide; Russian is a convention. */
export const localisedText = z.object({
  kk: z.string().min(1),
  ru: z.string().min(1),
  en: z.string().min(1),
});
export type LocalisedText = z.infer<typeof localisedText>;

/** Where a fact comes from, e.g. "guide L4603–4625" or "news". */
const sourceRef = z.string().min(1);

export const sectorCodes = [
  'education',
  'special_education',
  'health',
  'social',
  'culture_sport',
  'internal_affairs',
  'state',
  'ngo',
  'business',
  'science',
] as const;
export const sectorCode = z.enum(sectorCodes);
export type SectorCode = z.infer<typeof sectorCode>;

export const sectorSchema = z.object({
  code: sectorCode,
  name: localisedText,
});

export const organisationTypeSchema = z.object({
  /** App code from DOMAIN.md §4.3, e.g. "SPED.PMPK"; the NGO-sector codes carry no prefix ("PUBLIC_ORG"). */
  code: z.string().regex(/^[A-Z][A-Z_]*(\.[A-Z_]+)?$/),
  sector: sectorCode,
  name: localisedText,
  /** Abbreviation as printed in the guide (ПМПК, ОББҰ …), if any. */
  abbreviation: z.string().min(1).optional(),
  /** True where DOMAIN.md marks the expansion "(likely)": the guide never spells it out. */
  expansionLikely: z.boolean(),
  source: sourceRef,
});
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

export const organisationTaxonomySchema = z.object({
  sectors: z.array(sectorSchema).length(sectorCodes.length),
  types: z.array(organisationTypeSchema).min(1),
});
export type OrganisationTaxonomy = z.infer<typeof organisationTaxonomySchema>;

export const interactionModuleSchema = z.object({
  /** Fixed UUID: module ids must match across workspaces so they can be merged. */
  id: z.uuid(),
  number: z.number().int().min(1).max(12),
  name: localisedText,
  /** Other names the guide uses for the same module (prose vs table). */
  aliases: z.array(z.string().min(1)),
  goal: localisedText,
  /** Participating sectors exactly as printed in the guide's table, in Kazakh; null where the table has no cell. */
  participantsAsPrinted: z.string().min(1).nullable(),
  /** The printed participants mapped onto Kenes sector codes ("suggested sectors"). */
  suggestedSectors: z.array(sectorCode),
  /** Further participants named in the table that are not sectors (ПМПК, БАҚ, enterprises …), localised. */
  suggestedParticipants: z.array(localisedText),
  /** Tasks from the guide's prose (§5.3); empty where the guide does not describe them. */
  tasks: z.array(localisedText),
  /** Module 9 leads: it coordinates interdepartmental interaction. */
  leading: z.boolean(),
  /** Source caveats shown to the user (modules 4 and 5 have no participants; 7 repeats 6's goal). */
  flags: z.array(z.enum(['participants_not_in_source', 'goal_duplicates_module_6', 'tasks_not_described'])),
  source: sourceRef,
});
export type InteractionModuleReference = z.infer<typeof interactionModuleSchema>;

export const moduleCatalogueSchema = z.array(interactionModuleSchema).length(12);

/** A value of one of the guide's link classification criteria (DOMAIN.md §7). */
const classificationValue = z.object({
  code: z.string().regex(/^[a-z_]+$/),
  name: localisedText,
  source: sourceRef,
});

export const linkClassificationSchema = z.object({
  /** The kind of a link: the Figure 13 "сыртқы байланыс" plus the eight forms of interaction (§7.2). */
  kinds: z.array(classificationValue).min(9),
  direction: z.array(classificationValue).length(3),
  participants: z.array(classificationValue).length(2),
  participation: z.array(classificationValue).length(2),
  contact: z.array(classificationValue).length(2),
  systematicity: z.array(classificationValue).length(2),
  term: z.array(classificationValue).length(3),
  object: z.array(classificationValue).length(4),
});
export type LinkClassification = z.infer<typeof linkClassificationSchema>;

export const akmolaDistrictSchema = z.object({
  /** Nominative name, e.g. "Ақкөл ауданы" / "Аккольский район". */
  name: z.object({ kk: z.string().min(1), ru: z.string().min(1) }),
  /** Russian dative for "Отдел образования по …", e.g. "Аккольскому району". */
  ruDative: z.string().min(1),
  kind: z.enum(['district', 'city']),
});

export const akmolaDistrictsSchema = z.object({
  /** Always the DOMAIN.md caveat: a convention, to be confirmed by the user. */
  note: z.string().min(1),
  districts: z.array(akmolaDistrictSchema).length(19),
});
