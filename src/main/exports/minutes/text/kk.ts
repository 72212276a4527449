import { kazakhDate } from '../../documents/text/dates';
import type { MinutesText } from './types';

export const kk: MinutesText = {
  fileWord: 'Хаттама',
  title: (n) => `ХАТТАМА № ${n}`,
  date: (iso, time) => `${kazakhDate(iso)}${time ? `, сағат ${time}` : ''}`,
  place: (place, online) =>
    place && online ? `${place} (онлайн: ${online})` : place || (online ? `Онлайн: ${online}` : ''),
  chaired: 'Төрағалық етті:',
  secretary: 'Хатшы:',
  present: 'Қатысқандар:',
  count: (members, present) => `Кеңес мүшелері: барлығы ${members}, қатысқаны ${present}.`,
  quorum: (reached, needed) =>
    reached ? `Кворум бар (кемінде ${needed} мүше қажет).` : `Кворум жоқ (кемінде ${needed} мүше қажет).`,
  override: (reasons) =>
    `Шешімдер кворум болмаған кезде қабылданды. Себебі: ${reasons.join('; ')}.`.replace(/\.\.$/, '.'),
  decisionOverride: (reason) => `Кворумсыз қабылданды. Себебі: ${reason}`,
  absent: 'Қатыспағандар:',
  excused: (deputy) => (deputy ? `(дәлелді себеппен; орнына: ${deputy})` : '(дәлелді себеппен)'),
  invited: 'Шақырылғандар:',
  agenda: 'КҮН ТӘРТІБІ:',
  rapporteur: 'Баяндамашы:',
  heard: 'ТЫҢДАЛДЫ:',
  spoke: 'СӨЙЛЕГЕНДЕР:',
  decided: 'ШЕШІМ ҚАБЫЛДАНДЫ:',
  responsible: 'Жауаптылар:',
  partners: 'Серіктестер:',
  deadline: (iso) => `Орындау мерзімі: ${kazakhDate(iso, 'dat')} дейін.`,
  indicator: 'Іске асыру индикаторы:',
  vote: (v) => `Дауыс берді: жақтап — ${v.for}, қарсы — ${v.against}, қалыс — ${v.abstained}.`,
  chairDecided: 'Дауыстар тең болғанда төрағаның дауысы шешуші болды.',
  rejected: 'Шешім қабылданбады.',
  reviewed: 'Орындалуы қаралған шешімдер:',
  reviewedDecision: (number, sessionNumber, sessionYear, text) =>
    `${sessionYear} жылғы № ${sessionNumber} хаттаманың ${number}-тармағы: ${text}`,
  progress: 'Орындалу барысы:',
  executionTitle: 'Бұрын қабылданған шешімдердің орындалуы туралы',
  signatures: { chair: 'Төраға', secretary: 'Хатшы' },
  approved: (iso) => `Хаттама ${kazakhDate(iso, 'loc')} бекітілді.`,
  amendments: 'ХАТТАМА БЕКІТІЛГЕННЕН КЕЙІН ЕНГІЗІЛГЕН ТҮЗЕТУЛЕР',
  amendment: (iso, text) => `${kazakhDate(iso)} — ${text}`,
};
