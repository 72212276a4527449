import type { SessionStatus } from '../../../../shared/domain/enums';

/**
 * Everything the report says, in one language. As for the agreement drafts, each language
 * writes whole sentences (Kazakh and Russian differ in case and word order), and the
 * builders only put them in order. The DOCX and the XLSX share these words.
 */
export interface ReportText {
  /** "2026 ЖЫЛҒЫ II ТОҚСАН БОЙЫНША ЕСЕП" or the annual report's title. */
  title(year: number, quarter: number | null): string;
  /** The period's span: "2026 жылғы 1 сәуір – 2026 жылғы 30 маусым". */
  span(from: string, to: string): string;
  /** "Деректер 2026 жылғы 30 маусымдағы жағдай бойынша." */
  asOf(day: string): string;
  /** File name without extension: "Есеп-2026-II-тоқсан". */
  fileName(year: number, quarter: number | null): string;
  quarterName(quarter: number): string;
  sessionStatuses: Record<SessionStatus, string>;
  percent(rate: number | null): string;
  none: string;
  sections: {
    sittings: string;
    decisions: string;
    overdue: string;
    agreements: string;
    network: string;
    modules: string;
    quarters: string;
    picture: string;
  };
  sittings: {
    held(count: number): string;
    /** A cadence period of the report without a sitting held. */
    gap(period: number, from: string, to: string, planned: number): string;
    noGaps: string;
    number: string;
    date: string;
    status: string;
    decisions: string;
  };
  decisions: {
    indicator: string;
    value: string;
    adopted: string;
    done: string;
    cancelled: string;
    rate: string;
    openAtEnd: string;
    overdueAtEnd: string;
    /** The rule of the execution rate, stated in the document. */
    rule: string;
    adoptedList: string;
    number: string;
    session: string;
    text: string;
    deadline: string;
    responsible: string;
    status: string;
    noneAdopted: string;
    noneOverdue: string;
  };
  agreements: {
    signed: string;
    ending: string;
    number: string;
    title: string;
    parties: string;
    signedOn: string;
    termEnd: string;
    status: string;
    noneSigned: string;
    noneEnding: string;
  };
  network: {
    /** The rule: counted from the change history, by where each record ended up. */
    rule: string;
    organisationsAdded: string;
    organisationsArchived: string;
    linksAdded: string;
    linksRemoved: string;
    organisation: string;
    source: string;
    target: string;
    kind: string;
    noChanges: string;
  };
  modules: {
    intro: string;
    allLed: string;
    number: string;
    name: string;
  };
  quarters: {
    sittings: string;
    adopted: string;
    done: string;
    rate: string;
    agreements: string;
    organisationsAdded: string;
    organisationsArchived: string;
    linksAdded: string;
    linksRemoved: string;
  };
  picture: {
    caption: string;
    missing: string;
  };
  /** XLSX sheet names: at most 31 characters, none of []:*?/\. */
  sheets: {
    summary: string;
    sittings: string;
    decisions: string;
    overdue: string;
    agreements: string;
    network: string;
    modules: string;
    quarters: string;
    picture: string;
  };
  /** XLSX: the section a row of the agreements or network sheet belongs to. */
  section: string;
}
