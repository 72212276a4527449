import type { AgreementKind, ClusterRole } from '../../../../shared/domain/enums';

/** The mark of a field the methodologist still has to fill; the layout highlights it. */
export const BLANK = '[…]';

/** A party as the preamble names it. */
export interface PartyLine {
  name: string;
  head: string;
  role: string;
}

/** The dates of the term section (DOMAIN.md §8.2 item 5). */
export interface TermFacts {
  validFrom: string | null;
  validTo: string | null;
  indefinite: boolean;
  autoRenew: boolean;
  noticeDays: number;
}

/**
 * Everything an agreement draft says, in one language. Grammar differs too much between
 * Kazakh and Russian (cases, gender, word order) to assemble sentences from parts, so
 * each language writes whole sentences and the builder only orders them.
 */
export interface AgreementText {
  /** The document's own name in capitals: "ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛІСІМ". */
  heading(kind: AgreementKind): string;
  /** The short word for the file name: "Келісім", "Соглашение". */
  fileWord(kind: AgreementKind): string;
  number(value: string): string;
  /** The date line under the title; a blank to fill by hand when not signed yet. */
  signedDate(iso: string | null): string;
  preambleIntro: string;
  party(line: PartyLine): string;
  preambleOutro(kind: AgreementKind): string;
  sections: {
    subject(kind: AgreementKind): string;
    cooperation: string;
    obligations: string;
    term(kind: AgreementKind): string;
    amendment(kind: AgreementKind): string;
    final: string;
    signatures: string;
    /** DOMAIN.md §8.2 items 1–4, for a network-form contract. */
    programme: string;
    admission: string;
    services: string;
    documents: string;
  };
  subject(kind: AgreementKind, subject: string): string[];
  modules(kind: AgreementKind, names: string[]): string;
  autonomy: string;
  /** DOMAIN.md §8.3: the matters a cooperation agreement regulates. */
  cooperation(kind: AgreementKind): string[];
  /** DOMAIN.md §8.2 items 1–4. */
  programme: string[];
  admission: string[];
  servicesIntro(kind: AgreementKind): string;
  resources(partyName: string): string;
  documents: string[];
  obligationsIntro(partyName: string): string;
  obligation(description: string, dueOn: string | null): string;
  noObligations: string;
  term(kind: AgreementKind, term: TermFacts): string[];
  amendment(kind: AgreementKind, noticeDays: number): string[];
  final(kind: AgreementKind, copies: number): string[];
  signature: { head: string; seal: string };
}

/** A member organisation as the cluster documents list it. */
export interface MemberLine {
  name: string;
  district: string;
  role: ClusterRole;
}

export interface CouncilFacts {
  name: string;
  region: string;
  parentBody: string;
  yearFounded: number | null;
  chairName: string | null;
  /** Organisations marked as the cluster's core (кластер өзегі), in the document language. */
  core: string[];
}

/** One interaction module with its lead organisations (DOMAIN.md §5), for the concept. */
export interface ModuleLine {
  number: number;
  name: string;
  leads: string[];
  participants: number;
}

/** A section of a skeleton: numbered paragraphs ("– " and "1) " lines are list items), then maybe a table. */
export interface SkeletonSection {
  heading: string;
  paragraphs: string[];
  table?: 'modules' | 'plans';
}

export interface SkeletonText {
  title: string;
  /** The file name without the year and extension. */
  fileName: string;
  sections: SkeletonSection[];
  annexLabel: string;
}

/** The two skeletons of the cluster's own documents (DOMAIN.md §6). */
export interface ClusterText {
  approval: string[];
  regulation: SkeletonText;
  concept: SkeletonText;
  modulesColumns: [string, string, string, string];
  plansColumns: [string, string, string, string, string];
  annex: {
    title: string;
    columns: [string, string, string, string];
  };
  clusterRole: Record<ClusterRole, string>;
}

export interface DocumentText {
  agreement: AgreementText;
  cluster(council: CouncilFacts): ClusterText;
}
