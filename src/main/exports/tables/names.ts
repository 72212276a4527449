import type { DocumentLanguage } from '../../../shared/api/exports';
import { moduleCatalogue, organisationType, taxonomy } from '../../../shared/reference';
import { akmolaDistricts } from '../../services/templates/akmola';

/** An organisation's name in the document's language; Russian falls back to Kazakh where none was entered. */
export const nameIn = (language: DocumentLanguage, nameKk: string, nameRu: string): string =>
  language === 'ru' && nameRu.trim() ? nameRu : nameKk;

/** Type names are stored lower-case for use inside sentences; a cell starts with a capital. */
export const typeName = (language: DocumentLanguage, code: string): string => {
  const name = organisationType(code)?.name[language] ?? code;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
};

const sectorNames = new Map(taxonomy.sectors.map((s) => [s.code as string, s.name]));
export const sectorName = (language: DocumentLanguage, code: string): string =>
  sectorNames.get(code)?.[language] ?? code;

/**
 * Districts are free text, entered (and seeded from the Akmola template) in Kazakh; a
 * Russian sheet shows the template's Russian name where the text is one of them.
 */
const ruDistricts = new Map(akmolaDistricts.districts.map((d) => [d.name.kk, d.name.ru]));
export const districtName = (language: DocumentLanguage, district: string): string =>
  language === 'ru' ? (ruDistricts.get(district) ?? district) : district;

const moduleNumbers = new Map(moduleCatalogue.map((m) => [m.id, m.number]));
/** "1, 9": the modules an agreement serves, by their numbers in the guide's table. */
export const moduleNumbersText = (moduleIds: readonly string[]): string =>
  moduleIds
    .map((id) => moduleNumbers.get(id))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b)
    .join(', ');
