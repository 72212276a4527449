import { foldForSearch } from '../../shared/text/fold';
import type { ImportField, ImportKind } from '../../shared/api/imports';
import type { Language } from '../../shared/i18n/errors';

/**
 * Column headings a secretary's spreadsheet may carry, per field, in Kazakh, Russian and
 * English. The first heading of each language is the one the template writes (and the
 * name used in messages); the rest are what people actually type. Headings are compared
 * folded (case, Kazakh letters, punctuation, asterisks and extra spaces ignored).
 */
type Headings = Record<Language, readonly string[]>;

const organisationHeadings: Record<string, Headings> = {
  nameKk: {
    kk: [
      'Атауы (қазақша)',
      'Қазақша атауы',
      'Атауы қазақ тілінде',
      'Ұйымның атауы',
      'Ұйым атауы',
      'Ұйымның қазақша атауы',
      'Атауы (мемлекеттік тілде)',
      'Мемлекеттік тілдегі атауы',
      'Атауы',
      'Толық атауы',
    ],
    ru: [
      'Название (на казахском)',
      'Наименование (каз.)',
      'Наименование (каз)',
      'Наименование на казахском языке',
      'Наименование на казахском',
      'Название на казахском языке',
      'Название на казахском',
      'Наименование на государственном языке',
      'Наименование организации на казахском языке',
      'Название (каз.)',
      'Наименование (на казахском языке)',
    ],
    en: [
      'Name (Kazakh)',
      'Name in Kazakh',
      'Kazakh name',
      'Name kk',
      'nameKk',
      'Organisation name',
      'Organization name',
      'Name',
    ],
  },
  nameRu: {
    kk: ['Атауы (орысша)', 'Орысша атауы', 'Атауы орыс тілінде', 'Ұйымның орысша атауы'],
    ru: [
      'Название (на русском)',
      'Наименование (рус.)',
      'Наименование (рус)',
      'Наименование на русском языке',
      'Наименование на русском',
      'Название на русском языке',
      'Название на русском',
      'Наименование организации на русском языке',
      'Название (рус.)',
      'Наименование',
      'Наименование организации',
      'Название',
      'Название организации',
      'Организация',
      'Полное наименование',
    ],
    en: ['Name (Russian)', 'Name in Russian', 'Russian name', 'Name ru', 'nameRu'],
  },
  shortName: {
    kk: ['Қысқаша атауы', 'Қысқа атауы', 'Қысқартылған атауы', 'Аббревиатура'],
    ru: [
      'Краткое название',
      'Краткое наименование',
      'Сокращённое наименование',
      'Сокращенное наименование',
      'Сокращение',
      'Аббревиатура',
    ],
    en: ['Short name', 'Abbreviation', 'Acronym', 'shortName'],
  },
  type: {
    kk: ['Түрі', 'Ұйым түрі', 'Ұйымның түрі', 'Мекеме түрі', 'Түр'],
    ru: ['Тип', 'Тип организации', 'Вид организации', 'Вид', 'Тип учреждения'],
    en: ['Type', 'Organisation type', 'Organization type', 'Type code', 'typeCode'],
  },
  level: {
    kk: ['Деңгейі', 'Деңгей', 'Ұйым деңгейі'],
    ru: ['Уровень', 'Уровень организации'],
    en: ['Level'],
  },
  district: {
    kk: ['Ауданы (қаласы)', 'Аудан (қала)', 'Ауданы', 'Аудан', 'Қала', 'Аудан қала', 'Елді мекен'],
    ru: ['Район (город)', 'Район', 'Город', 'Район город', 'Населённый пункт', 'Населенный пункт'],
    en: ['District (city)', 'District', 'City', 'District city'],
  },
  legalForm: {
    kk: ['Ұйымдық-құқықтық нысаны', 'Ұйымдық құқықтық нысан', 'Құқықтық нысаны'],
    ru: ['Организационно-правовая форма', 'ОПФ', 'Правовая форма'],
    en: ['Legal form', 'legalForm'],
  },
  address: {
    kk: ['Мекенжайы', 'Мекенжай', 'Заңды мекенжайы', 'Пошталық мекенжайы'],
    ru: ['Адрес', 'Юридический адрес', 'Почтовый адрес', 'Фактический адрес'],
    en: ['Address', 'Postal address'],
  },
  headName: {
    kk: ['Басшының аты-жөні', 'Басшы', 'Басшының тегі, аты, әкесінің аты', 'Басшының Т.А.Ә.', 'Директор'],
    ru: ['ФИО руководителя', 'Руководитель', 'Ф.И.О. руководителя', 'Директор', 'Руководитель (ФИО)'],
    en: ['Head’s full name', "Head's full name", 'Head', 'Head of organisation', 'Director', 'headName'],
  },
  phone: {
    kk: ['Телефоны', 'Телефон', 'Телефон нөмірі', 'Байланыс телефоны', 'Тел'],
    ru: ['Телефон', 'Телефоны', 'Номер телефона', 'Контактный телефон', 'Тел'],
    en: ['Phone', 'Telephone', 'Phone number', 'Tel'],
  },
  email: {
    kk: ['Электрондық поштасы', 'Электрондық пошта', 'Эл. пошта', 'Эл пошта', 'E-mail', 'Email'],
    ru: ['Электронная почта', 'Эл. почта', 'Эл почта', 'Адрес электронной почты', 'E-mail', 'Email', 'Почта'],
    en: ['E-mail', 'Email', 'Email address', 'E-mail address', 'Mail'],
  },
  website: {
    kk: ['Сайты', 'Сайт', 'Веб-сайт', 'Интернет-ресурс'],
    ru: ['Сайт', 'Веб-сайт', 'Интернет-ресурс', 'Адрес сайта'],
    en: ['Website', 'Web site', 'Site', 'URL', 'Web'],
  },
  membership: {
    kk: ['Мүше немесе серіктес', 'Мүше серіктес', 'Мүшелігі', 'Кеңестегі орны'],
    ru: [
      'Член совета или партнёр',
      'Член совета или партнер',
      'Член партнёр',
      'Член партнер',
      'Членство',
      'Статус в совете',
    ],
    en: ['Member or partner', 'Membership', 'Member partner'],
  },
  clusterRole: {
    kk: ['Кластердегі рөлі', 'Кластердегі рөл', 'Кластер рөлі', 'Рөлі'],
    ru: ['Роль в кластере', 'Роль'],
    en: ['Role in the cluster', 'Cluster role', 'Role', 'clusterRole'],
  },
  group: {
    kk: ['Тобы (схемадағы блогы)', 'Тобы', 'Топ', 'Блогы', 'Блок'],
    ru: ['Группа (блок схемы)', 'Группа', 'Блок схемы', 'Блок'],
    en: ['Group (block of the scheme)', 'Group', 'Block'],
  },
  notes: {
    kk: ['Ескертпелер', 'Ескертпе', 'Ескерту', 'Түсініктеме'],
    ru: ['Примечания', 'Примечание', 'Комментарий', 'Комментарии'],
    en: ['Notes', 'Note', 'Comments', 'Comment', 'Remarks'],
  },
};

const personHeadings: Record<string, Headings> = {
  fullName: {
    kk: ['Аты-жөні', 'Тегі, аты, әкесінің аты', 'Т.А.Ә.', 'ТАӘ', 'Аты жөні', 'Қызметкердің аты-жөні'],
    ru: ['ФИО', 'Ф.И.О.', 'Фамилия, имя, отчество', 'Фамилия имя отчество', 'Полное имя', 'Сотрудник'],
    en: ['Full name', 'Name', 'Person', 'fullName'],
  },
  organisation: {
    kk: ['Ұйымы', 'Ұйым', 'Ұйымның атауы', 'Ұйым атауы', 'Жұмыс орны', 'Мекеме'],
    ru: ['Организация', 'Наименование организации', 'Название организации', 'Место работы', 'Учреждение'],
    en: ['Organisation', 'Organization', 'Organisation name', 'Organization name', 'Employer', 'Workplace'],
  },
  district: organisationHeadings.district!,
  position: {
    kk: ['Лауазымы', 'Лауазым', 'Қызметі'],
    ru: ['Должность', 'Занимаемая должность'],
    en: ['Position', 'Job title', 'Title', 'Post'],
  },
  councilRole: {
    kk: ['Кеңестегі рөлі', 'Кеңестегі рөл', 'Кеңестегі орны', 'Рөлі'],
    ru: ['Роль в совете', 'Роль', 'Статус в совете'],
    en: ['Council role', 'Role on the council', 'Role', 'councilRole'],
  },
  phone: organisationHeadings.phone!,
  email: organisationHeadings.email!,
  notes: organisationHeadings.notes!,
};

const headingsByKind: Record<ImportKind, Record<string, Headings>> = {
  organisations: organisationHeadings,
  people: personHeadings,
};

/** Folded for comparison: case and Kazakh letters (foldForSearch), then anything not a letter or digit. */
export const foldHeading = (text: string): string =>
  foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const lookup = new Map<ImportKind, Map<string, ImportField>>(
  (Object.keys(headingsByKind) as ImportKind[]).map((kind) => {
    const map = new Map<string, ImportField>();
    for (const [field, headings] of Object.entries(headingsByKind[kind])) {
      for (const lang of ['kk', 'ru', 'en'] as const) {
        for (const h of headings[lang]) {
          const key = foldHeading(h);
          // The first field to claim a heading keeps it ("Организация" is a name for
          // organisations, the employer for people — the tables are per kind).
          if (!map.has(key)) map.set(key, field as ImportField);
        }
      }
    }
    return [kind, map];
  }),
);

/** The field a heading names, or null. */
export const fieldForHeading = (kind: ImportKind, heading: string): ImportField | null =>
  lookup.get(kind)!.get(foldHeading(heading)) ?? null;

/** The heading the template writes for a field, and the field's name in messages. */
export const headingOf = (kind: ImportKind, field: string, lang: Language): string =>
  headingsByKind[kind][field]?.[lang][0] ?? field;
