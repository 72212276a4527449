import { russianDate } from '../../documents/text/dates';
import { displayDay } from '../../tables/sheet';
import { ROMAN } from './kk';
import type { ReportText } from './types';

/** Russian: the wording of official reports (отчётный период, уровень исполнения). */
export const ru: ReportText = {
  title: (year, quarter) =>
    quarter
      ? `ОТЧЁТ О РАБОТЕ ЗА ${ROMAN[quarter]} КВАРТАЛ ${year} ГОДА`
      : `ГОДОВОЙ ОТЧЁТ О РАБОТЕ ЗА ${year} ГОД`,
  span: (from, to) => `Отчётный период: с ${russianDate(from)} по ${russianDate(to)}`,
  asOf: (day) => `Данные приведены по состоянию на ${russianDate(day)}`,
  fileName: (year, quarter) =>
    quarter ? `Отчёт-${year}-${ROMAN[quarter]}-квартал` : `Годовой-отчёт-${year}`,
  quarterName: (quarter) => `${ROMAN[quarter]} квартал`,
  sessionStatuses: {
    planned: 'Запланировано',
    held: 'Проведено',
    minutes_drafted: 'Проект протокола готов',
    approved: 'Протокол утверждён',
  },
  percent: (rate) => (rate === null ? '—' : `${Math.round(rate * 100)}%`),
  none: 'нет',
  sections: {
    sittings: 'Заседания совета',
    decisions: 'Исполнение решений',
    overdue: 'Просроченные решения',
    agreements: 'Соглашения',
    network: 'Изменения в сети',
    modules: 'Модули без ведущей организации',
    quarters: 'Показатели по кварталам',
    picture: 'Сеть взаимодействия совета',
  },
  sittings: {
    held: (count) => `Проведено заседаний за отчётный период: ${count}.`,
    gap: (_period, from, to, planned) =>
      planned > 0
        ? `С ${displayDay(from)} по ${displayDay(to)} заседание было запланировано, но не проведено.`
        : `С ${displayDay(from)} по ${displayDay(to)} заседание не проводилось и не было запланировано.`,
    noGaps: 'В каждом периоде графика заседаний заседание проведено.',
    number: '№',
    date: 'Дата',
    status: 'Статус',
    decisions: 'Решений',
  },
  decisions: {
    indicator: 'Показатель',
    value: 'Значение',
    adopted: 'Принято решений за период',
    done: 'в том числе исполнено',
    cancelled: 'в том числе отменено',
    rate: 'Уровень исполнения',
    openAtEnd: 'Не исполнено решений на конец периода (по всем заседаниям)',
    overdueAtEnd: 'в том числе просрочено',
    rule: 'Уровень исполнения = число исполненных решений ÷ (число принятых за период решений − число отменённых решений). Предложения, не принятые голосованием, не учитываются. Статус решения берётся по состоянию на последний день отчётного периода (для текущего периода — на дату составления отчёта).',
    adoptedList: 'Решения, принятые за период',
    number: '№',
    session: 'Заседание',
    text: 'Решение',
    deadline: 'Срок',
    responsible: 'Ответственные',
    status: 'Статус',
    noneAdopted: 'За отчётный период решения не принимались.',
    noneOverdue: 'Просроченных решений нет.',
  },
  agreements: {
    signed: 'Соглашения, подписанные за период',
    ending: 'Соглашения, срок действия которых истекает или истёк в периоде',
    number: '№',
    title: 'Наименование',
    parties: 'Стороны',
    signedOn: 'Дата подписания',
    termEnd: 'Окончание срока',
    status: 'Статус',
    noneSigned: 'За отчётный период соглашения не подписывались.',
    noneEnding: 'Соглашений, срок которых истекает в периоде, нет.',
  },
  network: {
    rule: 'Изменения взяты из истории изменений: сравнивается состояние каждой организации и связи на начало и на конец периода.',
    organisationsAdded: 'Организации, добавленные в сеть',
    organisationsArchived: 'Организации, переданные в архив',
    linksAdded: 'Добавленные связи',
    linksRemoved: 'Удалённые связи',
    organisation: 'Организация',
    source: 'Организация',
    target: 'Организация-партнёр',
    kind: 'Вид связи',
    noChanges: 'За отчётный период изменений в сети не было.',
  },
  modules: {
    intro:
      'В следующих модулях взаимодействия ведущая организация не назначена (на дату составления отчёта):',
    allLed: 'Во всех 12 модулях взаимодействия есть ведущая организация.',
    number: '№',
    name: 'Модуль',
  },
  quarters: {
    sittings: 'Проведено заседаний',
    adopted: 'Принято решений',
    done: 'Исполнено решений (на конец квартала)',
    rate: 'Уровень исполнения',
    agreements: 'Подписано соглашений',
    organisationsAdded: 'Добавлено организаций',
    organisationsArchived: 'Передано в архив организаций',
    linksAdded: 'Добавлено связей',
    linksRemoved: 'Удалено связей',
  },
  picture: {
    caption: 'Сеть взаимодействия совета (на дату составления отчёта)',
    missing: 'Изображение сети не приложено.',
  },
  sheets: {
    summary: 'Сводка',
    sittings: 'Заседания',
    decisions: 'Решения',
    overdue: 'Просроченные решения',
    agreements: 'Соглашения',
    network: 'Изменения в сети',
    modules: 'Модули без ведущей',
    quarters: 'Кварталы',
    picture: 'Изображение сети',
  },
  section: 'Раздел',
};
