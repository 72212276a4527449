import taxonomyJson from '../../../resources/reference/organisation-types.json';
import modulesJson from '../../../resources/reference/modules.json';
import linkClassificationJson from '../../../resources/reference/link-classification.json';
import {
  linkClassificationSchema,
  moduleCatalogueSchema,
  organisationTaxonomySchema,
  type InteractionModuleReference,
  type LinkClassification,
  type OrganisationTaxonomy,
  type OrganisationType,
  type SectorCode,
} from './schema';

/**
 * Reference data from DOMAIN.md, shipped in resources/reference and parsed once at
 * load, so a malformed file stops the app at start rather than misleading a user later.
 */
export const taxonomy: OrganisationTaxonomy = organisationTaxonomySchema.parse(taxonomyJson);
export const moduleCatalogue: InteractionModuleReference[] = moduleCatalogueSchema.parse(modulesJson);
export const linkClassification: LinkClassification = linkClassificationSchema.parse(linkClassificationJson);

const typesByCode = new Map<string, OrganisationType>(taxonomy.types.map((t) => [t.code, t]));

export const organisationType = (code: string): OrganisationType | undefined => typesByCode.get(code);
export const isOrganisationTypeCode = (code: string): boolean => typesByCode.has(code);
export const sectorOfType = (code: string): SectorCode | undefined => typesByCode.get(code)?.sector;

const linkKindCodes = new Set(linkClassification.kinds.map((k) => k.code));
export const isLinkKind = (code: string): boolean => linkKindCodes.has(code);

/** The type of the council's own hub node. */
export const COUNCIL_TYPE_CODE = 'GOV.COORDINATION_COUNCIL';
/** The Figure 13 default link from the council to each block: "сыртқы байланыс". */
export const EXTERNAL_LINK_KIND = 'external';

export type { OrganisationType, SectorCode, InteractionModuleReference, LinkClassification };
