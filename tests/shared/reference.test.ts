import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../resources/reference/organisation-types.json';
import modulesJson from '../../resources/reference/modules.json';
import linkClassificationJson from '../../resources/reference/link-classification.json';
import akmolaModelJson from '../../resources/templates/akmola-model.json';
import akmolaDistrictsJson from '../../resources/templates/akmola-districts.json';
import {
  akmolaDistrictsSchema,
  linkClassificationSchema,
  moduleCatalogueSchema,
  organisationTaxonomySchema,
  sectorCodes,
} from '../../src/shared/reference/schema';
import { akmolaModelSchema } from '../../src/main/services/templates/akmola';
import {
  COUNCIL_TYPE_CODE,
  EXTERNAL_LINK_KIND,
  isLinkKind,
  isOrganisationTypeCode,
  linkClassification,
  moduleCatalogue,
  sectorOfType,
  taxonomy,
} from '../../src/shared/reference';
import {
  linkContacts,
  linkDirections,
  linkObjects,
  linkParticipations,
  linkSystematicities,
  linkTerms,
} from '../../src/shared/domain/enums';

const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  result.success ? [] : result.error?.issues;

describe('the shipped reference data', () => {
  it('passes its schemas as shipped', () => {
    expect(issuesOf(organisationTaxonomySchema.safeParse(taxonomyJson))).toEqual([]);
    expect(issuesOf(moduleCatalogueSchema.safeParse(modulesJson))).toEqual([]);
    expect(issuesOf(linkClassificationSchema.safeParse(linkClassificationJson))).toEqual([]);
    expect(issuesOf(akmolaDistrictsSchema.safeParse(akmolaDistrictsJson))).toEqual([]);
  });

  it('lists the 12 modules numbered 1 to 12 under their fixed ids', () => {
    expect(moduleCatalogue.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // The ids are part of the data format: workspaces are merged by them, so they never change.
    expect(moduleCatalogue.map((m) => m.id)).toEqual(
      moduleCatalogue.map((m) => {
        const nn = String(m.number).padStart(2, '0');
        return `6f0a1c6e-00${nn}-4b1a-9c01-0000000000${nn}`;
      }),
    );
    for (const m of moduleCatalogue) {
      expect(m.name.kk.length, `module ${m.number}`).toBeGreaterThan(0);
      expect(m.goal.kk.length, `module ${m.number}`).toBeGreaterThan(0);
    }
  });

  it('makes module 9 the only leading module and flags the caveats of modules 4, 5 and 7', () => {
    expect(moduleCatalogue.filter((m) => m.leading).map((m) => m.number)).toEqual([9]);
    const flagged = (flag: string) =>
      moduleCatalogue.filter((m) => m.flags.includes(flag as never)).map((m) => m.number);
    expect(flagged('goal_duplicates_module_6')).toEqual([7]);
    expect(flagged('participants_not_in_source')).toEqual([4, 5]);
    for (const n of [4, 5]) expect(moduleCatalogue[n - 1]?.participantsAsPrinted).toBeNull();
  });

  it('has unique type codes, every sector named, and every sector used', () => {
    const codes = taxonomy.types.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(taxonomy.sectors.map((s) => s.code).sort()).toEqual([...sectorCodes].sort());
    for (const sector of sectorCodes) {
      expect(
        taxonomy.types.some((t) => t.sector === sector),
        sector,
      ).toBe(true);
    }
    const abbreviations = taxonomy.types.flatMap((t) => (t.abbreviation ? [t.abbreviation] : []));
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });

  it('carries the guide’s abbreviations on the right types', () => {
    const byAbbreviation = Object.fromEntries(
      taxonomy.types.flatMap((t) => (t.abbreviation ? [[t.abbreviation, t.code] as const] : [])),
    );
    expect(byAbbreviation).toMatchObject({
      ПМПК: 'SPED.PMPK',
      ППТК: 'SPED.PPTK',
      ОТМИ: 'SPED.BOARDING',
      МДБҰ: 'EDU.PRESCHOOL',
      ОББҰ: 'EDU.SCHOOL',
      ТжКББҰ: 'EDU.TVET',
      ЖОО: 'EDU.HEI',
    });
    expect(sectorOfType('SPED.PMPK')).toBe('special_education');
    expect(isOrganisationTypeCode(COUNCIL_TYPE_CODE)).toBe(true);
    expect(isOrganisationTypeCode('sped.pmpk')).toBe(false);
  });

  it('keeps the link classification and the database enums in step', () => {
    const codes = (values: { code: string }[]) => values.map((v) => v.code);
    expect(codes(linkClassification.direction)).toEqual([...linkDirections]);
    expect(codes(linkClassification.contact)).toEqual([...linkContacts]);
    expect(codes(linkClassification.systematicity)).toEqual([...linkSystematicities]);
    expect(codes(linkClassification.term)).toEqual([...linkTerms]);
    expect(codes(linkClassification.participation)).toEqual([...linkParticipations]);
    expect(codes(linkClassification.object)).toEqual([...linkObjects]);
    const kinds = codes(linkClassification.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(isLinkKind(EXTERNAL_LINK_KIND)).toBe(true);
  });

  it('builds the Akmola template only from known types and 19 distinct districts', () => {
    const typeCodes = akmolaModelSchema
      .parse(akmolaModelJson)
      .blocks.flatMap((b) => b.members.map((m) => ('single' in m ? m.single.typeCode : m.typeCode)));
    for (const code of typeCodes) expect(isOrganisationTypeCode(code), code).toBe(true);
    const names = akmolaDistrictsJson.districts.map((d) => d.name.kk);
    expect(new Set(names).size).toBe(19);
    expect(
      akmolaDistrictsJson.districts
        .filter((d) => d.kind === 'city')
        .map((d) => d.name.kk)
        .sort(),
    ).toEqual(['Көкшетау қаласы', 'Степногорск қаласы']);
  });
});
