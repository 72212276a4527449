/**
 * Everything the minutes say in one language (DOMAIN.md §9.6). Kazakh and Russian differ in
 * cases and word order, so each language writes its own phrases; the builder only orders them.
 * Counts are written as "label: number" so no numeral has to be declined.
 */
export interface MinutesText {
  /** The short word for the file name: "Хаттама", "Протокол". */
  fileWord: string;
  title(number: number): string;
  /** The day (and the hour when set) on the left of the line under the title. */
  date(iso: string, time: string | null): string;
  /** Where it sat: the place, the online platform, or both. */
  place(place: string, online: string): string;
  chaired: string;
  secretary: string;
  present: string;
  /** "Members of the council: 9 in all, 7 present." */
  count(members: number, present: number): string;
  quorum(reached: boolean, needed: number): string;
  /** The reasons recorded for deciding without a quorum. */
  override(reasons: string[]): string;
  /** One decision's own reason, when the sitting's decisions gave different ones. */
  decisionOverride(reason: string): string;
  absent: string;
  excused(deputy: string | null): string;
  invited: string;
  agenda: string;
  rapporteur: string;
  heard: string;
  spoke: string;
  decided: string;
  responsible: string;
  partners: string;
  deadline(iso: string): string;
  indicator: string;
  vote(votes: { for: number; against: number; abstained: number }): string;
  /** A tie settled by the chair's vote under the council's rule (DOMAIN.md §9.2). */
  chairDecided: string;
  rejected: string;
  /** Under the first item: the earlier decisions whose execution was reviewed. */
  reviewed: string;
  reviewedDecision(number: string, sessionNumber: number, sessionYear: number, text: string): string;
  progress: string;
  executionTitle: string;
  signatures: { chair: string; secretary: string };
  approved(iso: string): string;
  amendments: string;
  amendment(iso: string, text: string): string;
}

/** A line left for the pen where the record says nothing. */
export const PEN = '______________________________';
