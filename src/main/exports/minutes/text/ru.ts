import { russianDate } from '../../documents/text/dates';
import type { MinutesText } from './types';

export const ru: MinutesText = {
  fileWord: 'Протокол',
  title: (n) => `ПРОТОКОЛ № ${n}`,
  date: (iso, time) => `${russianDate(iso)}${time ? `, ${time}` : ''}`,
  place: (place, online) =>
    place && online ? `${place} (онлайн: ${online})` : place || (online ? `Онлайн: ${online}` : ''),
  chaired: 'Председательствовал:',
  secretary: 'Секретарь:',
  present: 'Присутствовали:',
  count: (members, present) => `Членов Совета: всего ${members}, присутствуют ${present}.`,
  quorum: (reached, needed) =>
    reached
      ? `Кворум имеется (необходимо не менее ${needed}).`
      : `Кворума нет (необходимо не менее ${needed}).`,
  override: (reasons) =>
    `Решения приняты при отсутствии кворума. Основание: ${reasons.join('; ')}.`.replace(/\.\.$/, '.'),
  decisionOverride: (reason) => `Принято при отсутствии кворума. Основание: ${reason}`,
  absent: 'Отсутствовали:',
  excused: (deputy) =>
    deputy ? `(по уважительной причине; замещает: ${deputy})` : '(по уважительной причине)',
  invited: 'Приглашенные:',
  agenda: 'ПОВЕСТКА ДНЯ:',
  rapporteur: 'Докладчик:',
  heard: 'СЛУШАЛИ:',
  spoke: 'ВЫСТУПИЛИ:',
  decided: 'РЕШИЛИ:',
  responsible: 'Ответственные:',
  partners: 'Партнеры:',
  deadline: (iso) => `Срок исполнения: до ${russianDate(iso)}`,
  indicator: 'Индикатор реализации:',
  vote: (v) => `Голосовали: за — ${v.for}, против — ${v.against}, воздержались — ${v.abstained}.`,
  chairDecided: 'При равенстве голосов решающим явился голос председателя.',
  rejected: 'Решение не принято.',
  reviewed: 'Рассмотрено исполнение решений:',
  reviewedDecision: (number, sessionNumber, sessionYear, text) =>
    `п. ${number} протокола № ${sessionNumber} (${sessionYear} г.): ${text}`,
  progress: 'Ход исполнения:',
  executionTitle: 'Об исполнении ранее принятых решений',
  signatures: { chair: 'Председатель', secretary: 'Секретарь' },
  approved: (iso) => `Протокол утвержден ${russianDate(iso)}`,
  amendments: 'ПОПРАВКИ, ВНЕСЕННЫЕ ПОСЛЕ УТВЕРЖДЕНИЯ ПРОТОКОЛА',
  amendment: (iso, text) => `${russianDate(iso)} — ${text}`,
};
