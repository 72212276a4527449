import { z } from 'zod';
import modelJson from '../../../../resources/templates/akmola-model.json';
import districtsJson from '../../../../resources/templates/akmola-districts.json';
import { akmolaDistrictsSchema } from '../../../shared/reference/schema';
import { organisationLevels } from '../../../shared/domain/enums';

/**
 * The Akmola model: Figure 13 of the guide as a workspace. The blocks, counts and
 * types are data in resources/templates; this file only reads and checks them.
 */
const names = z.object({
  nameKk: z.string().min(1),
  nameRu: z.string().min(1),
  shortName: z.string().min(1),
});
const organisationTemplate = names.extend({ typeCode: z.string(), level: z.enum(organisationLevels) });

const memberSchema = z.union([
  z.object({ single: organisationTemplate }),
  z.object({
    subgroup: names.optional(),
    count: z.number().int().min(1),
    typeCode: z.string(),
    level: z.enum(organisationLevels),
    byDistrict: names.optional(),
    numbered: names.optional(),
  }),
]);

export const akmolaModelSchema = z.object({
  source: z.string(),
  council: z.object({
    nameKk: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    region: z.string(),
    parentBody: z.string(),
    yearFounded: z.number().int(),
    hubShortName: z.string(),
  }),
  chair: z.object({ fullName: z.string(), position: z.string() }),
  blocks: z.array(z.object({ group: names.nullable(), members: z.array(memberSchema) })),
});

export type AkmolaModel = z.infer<typeof akmolaModelSchema>;
export type AkmolaMember = AkmolaModel['blocks'][number]['members'][number];

export const akmolaModel: AkmolaModel = akmolaModelSchema.parse(modelJson);
export const akmolaDistricts = akmolaDistrictsSchema.parse(districtsJson);

export interface TemplateOrganisation {
  nameKk: string;
  nameRu: string;
  shortName: string;
  typeCode: string;
  level: (typeof organisationLevels)[number];
  district: string;
}

const fill = (pattern: string, values: Record<string, string>): string =>
  pattern.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** "Ақкөл ауданы" → "Ақкөл"; "Көкшетау қаласы" → "Көкшетау". */
const districtBase = (kk: string): string => kk.replace(/\s+(ауданы|қаласы)$/u, '');

/** The organisations one member entry of a block stands for. */
export const expandMember = (member: AkmolaMember): TemplateOrganisation[] => {
  if ('single' in member) return [{ ...member.single, district: '' }];
  const { count, typeCode, level } = member;
  if (member.byDistrict) {
    const pattern = member.byDistrict;
    if (akmolaDistricts.districts.length !== count) {
      throw new Error(
        `The Akmola template expects ${count} districts, resources list ${akmolaDistricts.districts.length}`,
      );
    }
    return akmolaDistricts.districts.map((d) => {
      const values = { district: d.name.kk, ruDative: d.ruDative, base: districtBase(d.name.kk) };
      return {
        nameKk: fill(pattern.nameKk, values),
        nameRu: fill(pattern.nameRu, values),
        shortName: fill(pattern.shortName, values),
        typeCode,
        level,
        district: d.name.kk,
      };
    });
  }
  const pattern = member.numbered;
  if (!pattern) throw new Error('A counted block needs a naming pattern');
  return Array.from({ length: count }, (_, i) => {
    const values = { n: String(i + 1) };
    return {
      nameKk: fill(pattern.nameKk, values),
      nameRu: fill(pattern.nameRu, values),
      shortName: fill(pattern.shortName, values),
      typeCode,
      level,
      district: '',
    };
  });
};
