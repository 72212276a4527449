import { z } from 'zod';
import { call } from './contract';
import type {
  AgreementStatus,
  HistoryBatchKind,
  OrganisationLevel,
  SessionStatus,
  TrackedStatus,
} from '../domain/enums';
import type { BatchSummary, SessionYear } from '../model';

/** The next sitting, as the overview's first card shows it. */
export interface OverviewSession {
  id: string;
  number: number;
  year: number;
  /** Local "YYYY-MM-DD", the sitting's day. */
  date: string;
  /** Local "HH:MM", or null while the hour is not fixed. */
  time: string | null;
  place: string;
  onlinePlatform: string;
  status: SessionStatus;
  /** Calendar days from today to the sitting: 0 today, 1 tomorrow. */
  daysUntil: number;
}

/** The cadence period (a quarter by default) that today falls in. */
export interface OverviewPeriod {
  year: number;
  cadence: SessionYear['cadence'];
  period: number;
  from: string;
  to: string;
  /** No sitting in this period at all: the secretary is warned before it slips by. */
  noSessionPlanned: boolean;
}

export interface OverviewDecision {
  id: string;
  /** "2.1": agenda item position, decision position. */
  number: string;
  text: string;
  deadline: string | null;
  status: TrackedStatus;
  overdue: boolean;
  sessionId: string;
  sessionNumber: number;
  sessionYear: number;
  sessionDate: string | null;
}

export interface OverviewAgreement {
  id: string;
  number: string;
  title: string;
  status: AgreementStatus;
  termEnd: string | null;
  /** Days from today to the term end; negative once it has expired. */
  daysToExpiry: number | null;
  /** Short names (or Kazakh names) of the parties, for recognising the agreement. */
  parties: string[];
}

/**
 * Active organisations of one type. A type that Figure 13 shows as two blocks at two
 * levels (ООӘК and А(Қ)ӘК are both methodological offices) is counted per level.
 */
export interface OverviewTypeCount {
  typeCode: string;
  /** Set when the count covers one level only. */
  level: OrganisationLevel | null;
  /** The block's label in Figure 13 ("ПМПК", "А(Қ)ББ"), for types the Akmola scheme shows. */
  figure13Label: string | null;
  count: number;
}

/**
 * A batch of the change history, named as the undo button names it. For an undo or redo,
 * entity, action, label and count are those of the edit it undid or made again; at and by
 * are its own.
 */
export interface RecentChange extends BatchSummary {
  kind: HistoryBatchKind;
  /** The batch that created the workspace (from a template or empty). */
  initialisation: boolean;
}

/** The council secretary's first screen, computed with the workspace clock. */
export interface CouncilOverview {
  /** The workspace clock's instant: "5 minutes ago" is counted from here. */
  now: string;
  /** The local calendar day the overview was computed for. */
  today: string;
  nextSession: OverviewSession | null;
  currentPeriod: OverviewPeriod;
  decisions: {
    /** Adopted decisions still open or in progress (overdue ones included). */
    open: number;
    overdue: number;
    /** The most pressing overdue ones, oldest deadline first. */
    topOverdue: OverviewDecision[];
  };
  agreements: {
    /** In their notice period: the soonest term end first. */
    expiring: OverviewAgreement[];
    /** Expired within the last RECENTLY_EXPIRED_DAYS days and not renewed. */
    recentlyExpired: OverviewAgreement[];
  };
  /** Ids of the guide's modules nobody leads, in the catalogue's order. */
  modulesWithoutLead: string[];
  /** Figure 13 blocks first, in the scheme's order, then the other types by count. */
  organisationTypes: OverviewTypeCount[];
  /** Active organisations, the council's own hub left out. */
  organisationTotal: number;
  /** The newest change-history batches, newest first. */
  recentChanges: RecentChange[];
}

export const RECENTLY_EXPIRED_DAYS = 30;
export const TOP_OVERDUE = 5;
export const RECENT_CHANGES = 10;

export const overviewCalls = {
  /** Everything the overview shows, in one read. */
  get: call<CouncilOverview>()('overview:get', z.strictObject({})),
};
