import { z } from 'zod';
import { call } from './contract';
import { requiredText, LIMITS } from './fields';

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

export const exportCalls = {
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
