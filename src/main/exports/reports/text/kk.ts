import { kazakhDate } from '../../documents/text/dates';
import { displayDay } from '../../tables/sheet';
import type { ReportText } from './types';

export const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;

/** Kazakh: the official style of education bodies' reports (есепті кезең, орындалу деңгейі). */
export const kk: ReportText = {
  title: (year, quarter) =>
    quarter
      ? `${year} ЖЫЛҒЫ ${ROMAN[quarter]} ТОҚСАНДАҒЫ ЖҰМЫС ТУРАЛЫ ЕСЕП`
      : `${year} ЖЫЛҒЫ ЖҰМЫС ТУРАЛЫ ЖЫЛДЫҚ ЕСЕП`,
  span: (from, to) => `Есепті кезең: ${kazakhDate(from)} – ${kazakhDate(to)}`,
  asOf: (day) => `Деректер ${kazakhDate(day, 'attr')} жағдай бойынша келтірілген.`,
  fileName: (year, quarter) => (quarter ? `Есеп-${year}-${ROMAN[quarter]}-тоқсан` : `Жылдық-есеп-${year}`),
  quarterName: (quarter) => `${ROMAN[quarter]} тоқсан`,
  sessionStatuses: {
    planned: 'Жоспарланған',
    held: 'Өткізілді',
    minutes_drafted: 'Хаттама жобасы дайын',
    approved: 'Хаттама бекітілді',
  },
  percent: (rate) => (rate === null ? '—' : `${Math.round(rate * 100)}%`),
  none: 'жоқ',
  sections: {
    sittings: 'Кеңес отырыстары',
    decisions: 'Шешімдердің орындалуы',
    overdue: 'Мерзімі өткен шешімдер',
    agreements: 'Келісімдер',
    network: 'Желідегі өзгерістер',
    modules: 'Жетекші ұйымы жоқ модульдер',
    quarters: 'Тоқсандар бойынша көрсеткіштер',
    picture: 'Кеңестің өзара іс-қимыл желісі',
  },
  sittings: {
    held: (count) => `Есепті кезеңде өткізілген отырыстар саны: ${count}.`,
    gap: (_period, from, to, planned) =>
      planned > 0
        ? `${displayDay(from)}–${displayDay(to)} аралығында отырыс жоспарланған, бірақ өткізілмеген.`
        : `${displayDay(from)}–${displayDay(to)} аралығында отырыс өткізілмеген және жоспарланбаған.`,
    noGaps: 'Отырыстар кестесіндегі әр кезеңде отырыс өткізілді.',
    number: '№',
    date: 'Күні',
    status: 'Мәртебесі',
    decisions: 'Шешімдер саны',
  },
  decisions: {
    indicator: 'Көрсеткіш',
    value: 'Мәні',
    adopted: 'Кезеңде қабылданған шешімдер',
    done: 'оның ішінде орындалғаны',
    cancelled: 'оның ішінде күші жойылғаны',
    rate: 'Орындалу деңгейі',
    openAtEnd: 'Кезең соңында орындалмаған шешімдер (барлық отырыстар бойынша)',
    overdueAtEnd: 'оның ішінде мерзімі өткені',
    rule: 'Орындалу деңгейі = орындалған шешімдер саны ÷ (кезеңде қабылданған шешімдер саны − күші жойылған шешімдер саны). Дауыс беру кезінде қабылданбаған ұсыныстар есепке алынбайды. Шешімнің мәртебесі есепті кезеңнің соңғы күнгі (ағымдағы кезең үшін — есеп жасалған күнгі) жағдай бойынша алынады.',
    adoptedList: 'Кезеңде қабылданған шешімдер',
    number: '№',
    session: 'Отырыс',
    text: 'Шешім',
    deadline: 'Мерзімі',
    responsible: 'Жауаптылар',
    status: 'Мәртебесі',
    noneAdopted: 'Есепті кезеңде шешім қабылданған жоқ.',
    noneOverdue: 'Мерзімі өткен шешім жоқ.',
  },
  agreements: {
    signed: 'Кезеңде қол қойылған келісімдер',
    ending: 'Мерзімі кезеңде аяқталатын немесе аяқталған келісімдер',
    number: '№',
    title: 'Атауы',
    parties: 'Тараптар',
    signedOn: 'Қол қойылған күні',
    termEnd: 'Мерзімінің соңы',
    status: 'Мәртебесі',
    noneSigned: 'Есепті кезеңде келісімге қол қойылған жоқ.',
    noneEnding: 'Есепті кезеңде мерзімі аяқталатын келісім жоқ.',
  },
  network: {
    rule: 'Өзгерістер өзгерістер тарихынан алынды: әр ұйым мен байланыстың кезең басындағы және соңындағы күйі салыстырылды.',
    organisationsAdded: 'Желіге қосылған ұйымдар',
    organisationsArchived: 'Мұрағатқа жіберілген ұйымдар',
    linksAdded: 'Қосылған байланыстар',
    linksRemoved: 'Алынып тасталған байланыстар',
    organisation: 'Ұйым',
    source: 'Ұйым',
    target: 'Серіктес ұйым',
    kind: 'Байланыс түрі',
    noChanges: 'Есепті кезеңде желіде өзгеріс болған жоқ.',
  },
  modules: {
    intro: 'Өзара іс-қимылдың келесі модульдерінде жетекші ұйым белгіленбеген (есеп жасалған күнгі жағдай):',
    allLed: 'Өзара іс-қимылдың барлық 12 модулінде жетекші ұйым бар.',
    number: '№',
    name: 'Модуль',
  },
  quarters: {
    sittings: 'Өткізілген отырыстар',
    adopted: 'Қабылданған шешімдер',
    done: 'Орындалған шешімдер (тоқсан соңында)',
    rate: 'Орындалу деңгейі',
    agreements: 'Қол қойылған келісімдер',
    organisationsAdded: 'Желіге қосылған ұйымдар',
    organisationsArchived: 'Мұрағатқа жіберілген ұйымдар',
    linksAdded: 'Қосылған байланыстар',
    linksRemoved: 'Алынып тасталған байланыстар',
  },
  picture: {
    caption: 'Кеңестің өзара іс-қимыл желісі (есеп жасалған күнгі жағдай)',
    missing: 'Желі суреті қосылмады.',
  },
  sheets: {
    summary: 'Жиынтық',
    sittings: 'Отырыстар',
    decisions: 'Шешімдер',
    overdue: 'Мерзімі өткен шешімдер',
    agreements: 'Келісімдер',
    network: 'Желідегі өзгерістер',
    modules: 'Жетекшісіз модульдер',
    quarters: 'Тоқсандар',
    picture: 'Желі суреті',
  },
  section: 'Бөлім',
};
