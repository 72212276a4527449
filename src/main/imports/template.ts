import { isNull } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { organisationGroups } from '../../../db/schema';
import type { ServiceContext } from '../services/context';
import { COUNCIL_TYPE_CODE, taxonomy } from '../../shared/reference';
import { importFieldsOf, requiredImportFields, type ImportKind } from '../../shared/api/imports';
import type { ExportedFile } from '../../shared/api/exports';
import type { Language } from '../../shared/i18n/errors';
import { headingOf } from './headers';
import { typeLabel, vocabularyCodes, vocabularyLabel } from './values';
import { columnLetter } from './workbook';

/**
 * An empty spreadsheet to fill in: the headings the reader recognises, in the chosen
 * language, with drop-down lists for the label-valued columns fed from a second sheet
 * of allowed values that also says, in two sentences, how to fill it in.
 */
const names = {
  organisations: {
    kk: { file: 'Kenes-ұйымдар-үлгісі.xlsx', sheet: 'Ұйымдар' },
    ru: { file: 'Kenes-организации-шаблон.xlsx', sheet: 'Организации' },
    en: { file: 'Kenes-organisations-template.xlsx', sheet: 'Organisations' },
  },
  people: {
    kk: { file: 'Kenes-адамдар-үлгісі.xlsx', sheet: 'Адамдар' },
    ru: { file: 'Kenes-люди-шаблон.xlsx', sheet: 'Люди' },
    en: { file: 'Kenes-people-template.xlsx', sheet: 'People' },
  },
} as const;

const listsSheet: Record<Language, string> = { kk: 'Тізімдер', ru: 'Списки', en: 'Lists' };

const instruction: Record<Language, (kind: ImportKind, required: string) => string[]> = {
  kk: (kind, required) => [
    `Бірінші парақты толтырыңыз: бір жол — ${kind === 'organisations' ? 'бір ұйым' : 'бір адам'}. Міндетті бағандар: ${required}.`,
    'Түрі, деңгейі және рөлдері төмендегі тізімдерден таңдалады. Формулалар мен біріктірілген ұяшықтарды қолданбаңыз.',
  ],
  ru: (kind, required) => [
    `Заполните первый лист: одна строка — ${kind === 'organisations' ? 'одна организация' : 'один человек'}. Обязательные столбцы: ${required}.`,
    'Тип, уровень и роли выбираются из списков ниже. Не используйте формулы и объединённые ячейки.',
  ],
  en: (kind, required) => [
    `Fill in the first sheet: one row per ${kind === 'organisations' ? 'organisation' : 'person'}. Required columns: ${required}.`,
    'Type, level and roles are chosen from the lists below. Do not use formulas or merged cells.',
  ],
};

/** Rows of the first sheet that get the drop-down lists. */
const TEMPLATE_ROWS = 1000;
const LISTS_FIRST_ROW = 4;

const allowedValues = (ctx: ServiceContext, kind: ImportKind, lang: Language): Record<string, string[]> => {
  const labels = (vocabulary: 'level' | 'membership' | 'clusterRole' | 'councilRole'): string[] =>
    vocabularyCodes(vocabulary).map((code) => vocabularyLabel(vocabulary, code, lang));
  if (kind === 'people') return { councilRole: labels('councilRole') };
  const groups = ctx.db
    .select()
    .from(organisationGroups)
    .where(isNull(organisationGroups.archivedAt))
    .all()
    .map((g) => g.shortName || (lang === 'ru' && g.nameRu ? g.nameRu : g.nameKk));
  return {
    type: taxonomy.types.filter((t) => t.code !== COUNCIL_TYPE_CODE).map((t) => typeLabel(t.code, lang)),
    level: labels('level'),
    membership: labels('membership'),
    clusterRole: labels('clusterRole'),
    ...(groups.length > 0 ? { group: [...new Set(groups)] } : {}),
  };
};

type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export const importTemplate = async (
  ctx: ServiceContext,
  { kind, language: lang }: { kind: ImportKind; language: Language },
): Promise<ExportedFile> => {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Kenes';
  workbook.created = ctx.now();
  const fields = importFieldsOf(kind);
  const sheet = workbook.addWorksheet(names[kind][lang].sheet, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  }) as WithValidations;
  const lists = workbook.addWorksheet(listsSheet[lang]);

  const headings = fields.map((f) => headingOf(kind, f, lang));
  const header = sheet.addRow(headings);
  header.font = { name: 'Calibri', size: 11, bold: true };
  sheet.columns.forEach((column, i) => {
    const field = fields[i]!;
    column.width =
      field === 'type' || field.startsWith('name') || field === 'organisation' || field === 'fullName'
        ? 45
        : Math.max(14, Math.ceil(headings[i]!.length * 1.15) + 2);
  });

  const required = requiredImportFields[kind]
    .map((f) =>
      f === 'nameKk'
        ? `${headingOf(kind, 'nameKk', lang)} / ${headingOf(kind, 'nameRu', lang)}`
        : headingOf(kind, f, lang),
    )
    .join(', ');
  instruction[lang](kind, required).forEach((line, i) => {
    lists.getCell(i + 1, 1).value = line;
  });
  const values = allowedValues(ctx, kind, lang);
  Object.entries(values).forEach(([field, options], i) => {
    const col = i + 1;
    const heading = lists.getCell(LISTS_FIRST_ROW - 1, col);
    heading.value = headingOf(kind, field, lang);
    heading.font = { name: 'Calibri', size: 11, bold: true };
    options.forEach((option, j) => {
      lists.getCell(LISTS_FIRST_ROW + j, col).value = option;
    });
    lists.getColumn(col).width = field === 'type' ? 60 : 28;
    const target = columnLetter(fields.indexOf(field as never));
    const source = `${quoteSheet(lists.name)}!$${columnLetter(i)}$${LISTS_FIRST_ROW}:$${columnLetter(i)}$${LISTS_FIRST_ROW + options.length - 1}`;
    sheet.dataValidations.add(`${target}2:${target}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: names[kind][lang].file, base64: buffer.toString('base64') };
};
