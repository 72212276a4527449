import { z } from 'zod';
import { call } from './contract';
import { requiredText, LIMITS, uuid } from './fields';
import { agreementListInput } from './agreements';

/**
 * The largest network picture accepted, in characters. A 2,000-organisation network
 * with its links renders to about 2 MB of SVG (tests/main/exports/network-pdf.test.ts);
 * this leaves room for long names and many links and stays under the HTTP transport's
 * request limit even with JSON escaping.
 */
export const MAX_EXPORT_SVG_CHARS = 6 * 1024 * 1024;

/** A PDF as the renderer receives it: it saves the bytes under the suggested name. */
export interface NetworkPdf {
  fileName: string;
  base64: string;
}

/** A generated file as the renderer receives it (DOCX, XLSX, CSV); it saves the bytes under the name. */
export type ExportedFile = NetworkPdf;

/** Documents are drafted in Kazakh or Russian: the languages the council signs in. */
export const documentLanguage = z.enum(['kk', 'ru']);
export type DocumentLanguage = z.infer<typeof documentLanguage>;

export const tableExports = ['agreements', 'obligations', 'moduleMatrix'] as const;

export const exportCalls = {
  /** A cooperation agreement drafted from the record, ready to send out for signing. */
  agreementDocx: call<ExportedFile>()(
    'exports:agreementDocx',
    z.strictObject({ id: uuid, language: documentLanguage }),
  ),
  /** DOCX skeletons of the cluster's own documents, filled with the council's name and members. */
  clusterDocumentDocx: call<ExportedFile>()(
    'exports:clusterDocumentDocx',
    z.strictObject({
      document: z.enum(['cluster_regulation', 'concept_programme']),
      language: documentLanguage,
    }),
  ),
  /** The agreements registry, the obligations list or the module matrix as a spreadsheet. */
  table: call<ExportedFile>()(
    'exports:table',
    z.strictObject({
      table: z.enum(tableExports),
      format: z.enum(['xlsx', 'csv']),
      language: documentLanguage,
      /** For the registry: the same filters as on screen. */
      agreementFilters: agreementListInput.optional(),
    }),
  ),
  /** The network picture (renderNetworkSvg's output) on one landscape page. */
  networkPdf: call<NetworkPdf>()(
    'exports:networkPdf',
    z.strictObject({
      svg: z
        .string()
        .max(MAX_EXPORT_SVG_CHARS)
        .refine((v) => /^\s*(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(v), { message: 'validation.format' }),
      paper: z.enum(['A4', 'A3']),
      title: requiredText(LIMITS.name),
    }),
  ),
};
