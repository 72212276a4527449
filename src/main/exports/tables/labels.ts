import type { DocumentLanguage } from '../../../shared/api/exports';
import type {
  AgreementKind,
  AgreementStatus,
  ModuleRole,
  PartnershipStage,
  TrackedStatus,
} from '../../../shared/domain/enums';

/**
 * Headings and labels of the spreadsheets, in the two languages the council works in.
 * They are kept here rather than read from the renderer's i18n resources so the main
 * process never depends on a UI namespace being complete; sector, type and module names
 * come from the reference data instead (src/shared/reference). Terms follow DOMAIN.md
 * (§8.1 kinds, §8.4 stages) and the guide's wording (ынтымақтастық туралы келісім, жетекші).
 */
export interface TableLabels {
  yes: string;
  no: string;
  indefinite: string;
  files: { agreements: string; obligations: string; moduleMatrix: string };
  titles: { agreements: string; obligations: string; moduleMatrix: string; moduleTasks: string };
  /** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
  sheets: { agreements: string; obligations: string; moduleMatrix: string; moduleTasks: string };
  agreementColumns: {
    number: string;
    title: string;
    kind: string;
    parties: string;
    signedOn: string;
    validFrom: string;
    validTo: string;
    autoRenew: string;
    noticeDays: string;
    status: string;
    daysToExpiry: string;
    stage: string;
    modules: string;
    obligations: string;
    overdueObligations: string;
  };
  obligationColumns: {
    agreementNumber: string;
    agreementTitle: string;
    organisation: string;
    description: string;
    dueOn: string;
    status: string;
    overdue: string;
  };
  matrixColumns: {
    organisation: string;
    type: string;
    sector: string;
    district: string;
    module: (n: number) => string;
    moduleTasks: (n: number) => string;
    moduleNumber: string;
    moduleName: string;
    role: string;
    tasks: string;
  };
  kinds: Record<AgreementKind, string>;
  statuses: Record<AgreementStatus, string>;
  stages: Record<PartnershipStage, string>;
  obligationStatuses: Record<TrackedStatus, string>;
  roles: Record<ModuleRole, string>;
}

const kk: TableLabels = {
  yes: 'иә',
  no: 'жоқ',
  indefinite: 'мерзімсіз',
  files: { agreements: 'Келісімдер', obligations: 'Міндеттемелер', moduleMatrix: 'Модульдер матрицасы' },
  titles: {
    agreements: 'Келісімдер тізілімі',
    obligations: 'Келісімдер бойынша міндеттемелер',
    moduleMatrix: 'Өзара іс-қимыл модульдерінің матрицасы',
    moduleTasks: 'Модульдердегі ұйымдардың міндеттері',
  },
  sheets: {
    agreements: 'Келісімдер',
    obligations: 'Міндеттемелер',
    moduleMatrix: 'Модульдер матрицасы',
    moduleTasks: 'Міндеттері',
  },
  agreementColumns: {
    number: 'Нөмірі',
    title: 'Атауы',
    kind: 'Түрі',
    parties: 'Тараптар',
    signedOn: 'Қол қойылған күні',
    validFrom: 'Күшіне енген күні',
    validTo: 'Қолданылу мерзімі',
    autoRenew: 'Автоматты түрде ұзартылады',
    noticeDays: 'Ескерту мерзімі, күн',
    status: 'Мәртебесі',
    daysToExpiry: 'Аяқталуына дейін, күн',
    stage: 'Әріптестік кезеңі',
    modules: 'Модульдер',
    obligations: 'Міндеттемелер',
    overdueObligations: 'Оның ішінде мерзімі өткен',
  },
  obligationColumns: {
    agreementNumber: 'Келісім нөмірі',
    agreementTitle: 'Келісім атауы',
    organisation: 'Жауапты тарап',
    description: 'Міндеттеме',
    dueOn: 'Орындау мерзімі',
    status: 'Мәртебесі',
    overdue: 'Мерзімі өткен',
  },
  matrixColumns: {
    organisation: 'Ұйым',
    type: 'Түрі',
    sector: 'Саласы',
    district: 'Ауданы (қаласы)',
    module: (n) => `${n}-модуль`,
    moduleTasks: (n) => `${n}-модуль: міндеттері`,
    moduleNumber: 'Модуль №',
    moduleName: 'Модуль',
    role: 'Рөлі',
    tasks: 'Міндеттері',
  },
  kinds: {
    cooperation: 'Ынтымақтастық туралы келісім',
    contract: 'Шарт',
    network_contract: 'Желілік нысаны туралы шарт',
    memorandum: 'Меморандум',
    joint_plan: 'Бірлескен жоспар (бағдарлама)',
    concept_programme: 'Бірлескен қызмет тұжырымдамасы (бағдарламасы)',
    cluster_regulation: 'Ведомствоаралық кластер туралы ереже',
  },
  statuses: {
    draft: 'Жоба',
    active: 'Қолданыста',
    expiring: 'Мерзімі аяқталуда',
    expired: 'Мерзімі өткен',
    terminated: 'Тоқтатылған',
  },
  stages: {
    problem_stated: '1. Мәселе анықталды',
    goals_set: '2. Мақсаттар мен міндеттер қойылды',
    partners_sought: '3. Серіктестер ізделуде',
    agreement_formalised: '4. Ынтымақтастық туралы келісім ресімделді',
    roles_delimited: '5. Тараптардың құқықтары мен міндеттері бөлінді',
    implementing: '6. Іске асыру және мониторинг',
    amended: 'Өзгертілді',
    terminated: 'Тоқтатылды',
  },
  obligationStatuses: {
    open: 'Орындалмаған',
    in_progress: 'Орындалуда',
    done: 'Орындалды',
    cancelled: 'Күші жойылды',
  },
  roles: { lead: 'жетекші', participant: 'қатысушы' },
};

const ru: TableLabels = {
  yes: 'да',
  no: 'нет',
  indefinite: 'бессрочно',
  files: { agreements: 'Соглашения', obligations: 'Обязательства', moduleMatrix: 'Матрица модулей' },
  titles: {
    agreements: 'Реестр соглашений',
    obligations: 'Обязательства по соглашениям',
    moduleMatrix: 'Матрица модулей взаимодействия',
    moduleTasks: 'Задачи организаций в модулях',
  },
  sheets: {
    agreements: 'Соглашения',
    obligations: 'Обязательства',
    moduleMatrix: 'Матрица модулей',
    moduleTasks: 'Задачи',
  },
  agreementColumns: {
    number: 'Номер',
    title: 'Наименование',
    kind: 'Вид',
    parties: 'Стороны',
    signedOn: 'Дата подписания',
    validFrom: 'Действует с',
    validTo: 'Действует по',
    autoRenew: 'Автоматическое продление',
    noticeDays: 'Срок уведомления, дней',
    status: 'Статус',
    daysToExpiry: 'Дней до окончания',
    stage: 'Этап партнёрства',
    modules: 'Модули',
    obligations: 'Обязательства',
    overdueObligations: 'Из них просрочено',
  },
  obligationColumns: {
    agreementNumber: 'Номер соглашения',
    agreementTitle: 'Наименование соглашения',
    organisation: 'Ответственная сторона',
    description: 'Обязательство',
    dueOn: 'Срок исполнения',
    status: 'Статус',
    overdue: 'Просрочено',
  },
  matrixColumns: {
    organisation: 'Организация',
    type: 'Тип',
    sector: 'Сфера',
    district: 'Район (город)',
    module: (n) => `Модуль ${n}`,
    moduleTasks: (n) => `Модуль ${n}: задачи`,
    moduleNumber: 'Модуль №',
    moduleName: 'Модуль',
    role: 'Роль',
    tasks: 'Задачи',
  },
  kinds: {
    cooperation: 'Соглашение о сотрудничестве',
    contract: 'Договор',
    network_contract: 'Договор о сетевой форме',
    memorandum: 'Меморандум',
    joint_plan: 'Совместный план (программа)',
    concept_programme: 'Концепция (программа) совместной деятельности',
    cluster_regulation: 'Положение о межведомственном кластере',
  },
  statuses: {
    draft: 'Проект',
    active: 'Действует',
    expiring: 'Истекает',
    expired: 'Истёк',
    terminated: 'Прекращено',
  },
  stages: {
    problem_stated: '1. Проблема обозначена',
    goals_set: '2. Поставлены цели и задачи',
    partners_sought: '3. Поиск партнёров',
    agreement_formalised: '4. Оформлено соглашение о сотрудничестве',
    roles_delimited: '5. Разграничены права и обязанности сторон',
    implementing: '6. Реализация и мониторинг',
    amended: 'Изменено',
    terminated: 'Прекращено',
  },
  obligationStatuses: {
    open: 'Не выполнено',
    in_progress: 'Выполняется',
    done: 'Выполнено',
    cancelled: 'Отменено',
  },
  roles: { lead: 'ведущий', participant: 'участник' },
};

export const tableLabels: Record<DocumentLanguage, TableLabels> = { kk, ru };
