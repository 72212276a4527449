import { z } from 'zod';
import { call } from './contract';
import { documentLanguage, type ExportedFile } from './exports';
import type { AgreementStatus, SessionStatus, TrackedStatus } from '../domain/enums';

/**
 * The largest network picture a report accepts, in base64 characters. The Reports page
 * renders the picture at most 2,400 px wide (about 0.3–1.5 MB of PNG); this leaves room for
 * a dense network and stays well under the HTTP transport's request limit.
 */
export const MAX_REPORT_PNG_CHARS = 12 * 1024 * 1024;

/** "iVBORw0KGgo" is the eight-byte PNG signature in base64: anything else is not a PNG. */
const pngBase64 = z
  .string()
  .min(32)
  .max(MAX_REPORT_PNG_CHARS)
  .refine((v) => v.startsWith('iVBORw0KGgo') && /^[A-Za-z0-9+/]+={0,2}$/.test(v), {
    message: 'validation.format',
  });

/** A calendar quarter of a year, or the whole year (the annual report of the council). */
export const reportPeriod = z.strictObject({
  year: z.number().int().min(1991).max(2100),
  quarter: z.number().int().min(1).max(4).optional(),
});
export type ReportPeriodInput = z.infer<typeof reportPeriod>;

const documentInput = z.strictObject({
  period: reportPeriod,
  language: documentLanguage,
  /** The network picture the renderer drew (the Network page's export), as PNG. */
  networkPng: pngBase64.optional(),
});

export interface ReportPeriod {
  year: number;
  /** Null for the annual report. */
  quarter: number | null;
  from: string;
  to: string;
  /**
   * The day the figures stand at: the period's last day, or today while the period is
   * still running. Statuses "at period end" are read as of this day.
   */
  asOf: string;
}

export interface ReportSitting {
  id: string;
  number: number;
  /** YYYY-MM-DD; null for a sitting not dated yet. */
  date: string | null;
  status: SessionStatus;
  decisionCount: number;
}

/** A period of the council's cadence (a quarter by default) inside the report's period without a sitting held. */
export interface ReportCadenceGap {
  period: number;
  from: string;
  to: string;
  /** Sittings planned in it but not (yet) held. */
  planned: number;
}

export interface ReportDecision {
  id: string;
  /** "2.1": item and position. */
  number: string;
  sessionNumber: number;
  sessionDate: string | null;
  text: string;
  deadline: string | null;
  /** As of the report's day (`asOf`): a decision closed later counts as still open then. */
  status: TrackedStatus;
  overdue: boolean;
  responsibleNamesKk: string[];
  responsibleNamesRu: string[];
}

export interface ReportAgreement {
  id: string;
  number: string;
  title: string;
  signedOn: string | null;
  termEnd: string | null;
  /** As of the report's day. */
  status: AgreementStatus;
  partiesKk: string[];
  partiesRu: string[];
}

export interface ReportOrganisation {
  id: string;
  nameKk: string;
  nameRu: string;
}

export interface ReportLink {
  id: string;
  kind: string;
  sourceKk: string;
  sourceRu: string;
  targetKk: string;
  targetRu: string;
}

export interface ReportModule {
  id: string;
  number: number;
  nameKk: string;
  nameRu: string;
}

/** The figures of one quarter, for the annual report's breakdown. */
export interface ReportQuarterFigures {
  quarter: number;
  sittingsHeld: number;
  decisionsAdopted: number;
  decisionsDone: number;
  executionRate: number | null;
  agreementsSigned: number;
  organisationsAdded: number;
  organisationsArchived: number;
  linksAdded: number;
  linksRemoved: number;
}

export interface ReportSummary {
  period: ReportPeriod;
  /** The workspace clock's day: when the report is made (KENES_NOW may shift it). */
  today: string;
  councilNameKk: string;
  councilNameRu: string;
  sittings: {
    items: ReportSitting[];
    /** Held, minutes drafted or approved. */
    held: number;
    gaps: ReportCadenceGap[];
  };
  decisions: {
    /** Decisions adopted at sittings of the period (a rejected proposal is not adopted). */
    adopted: number;
    done: number;
    cancelled: number;
    /** done / (adopted − cancelled); null when nothing is left to execute. */
    executionRate: number | null;
    adoptedItems: ReportDecision[];
    /** Adopted at any sitting up to `asOf` and not closed by then. */
    openAtEnd: number;
    overdueAtEnd: ReportDecision[];
  };
  agreements: {
    signed: ReportAgreement[];
    /** Current agreements whose term ended or ends within the period (or that were terminated in it). */
    ending: ReportAgreement[];
  };
  network: {
    organisationsAdded: ReportOrganisation[];
    organisationsArchived: ReportOrganisation[];
    linksAdded: ReportLink[];
    linksRemoved: ReportLink[];
  };
  /** Modules of the guide's table with no lead organisation today. */
  modulesWithoutLead: ReportModule[];
  /** For the annual report: the same figures quarter by quarter. */
  quarters: ReportQuarterFigures[];
}

export const reportCalls = {
  /**
   * The figures of a quarterly or annual report, by the workspace clock. Without a period:
   * the current quarter (the screen opens on it, whatever the computer's own clock says).
   */
  summary: call<ReportSummary>()('reports:summary', z.strictObject({ period: reportPeriod.optional() })),
  /** The report as DOCX in Kazakh or Russian, with the network picture when one is given. */
  docx: call<ExportedFile>()('reports:docx', documentInput),
  /** The report as an XLSX workbook: a sheet per section, the network picture on its own sheet. */
  xlsx: call<ExportedFile>()('reports:xlsx', documentInput),
};
