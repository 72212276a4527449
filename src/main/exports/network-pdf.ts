import SVGtoPDF from 'svg-to-pdfkit';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { exportCalls, NetworkPdf } from '../../shared/api/exports';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';
import { PDF_FONT, createPdf, finishPdf } from './pdf';

type NetworkPdfInput = ParsedInputOf<typeof exportCalls.networkPdf>;

/** A file name from the title: no characters Windows, macOS or Linux refuse; Kazakh letters kept. */
export const pdfFileName = (title: string): string => {
  const base = title
    // eslint-disable-next-line no-control-regex -- control characters are what must go
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Kenes'}.pdf`;
};

/**
 * The network picture the renderer drew (renderNetworkSvg) on one landscape page,
 * scaled to fit inside the margins and centred. The SVG stays vector: text remains
 * text (searchable, sharp at any zoom) in the embedded DejaVu Sans.
 */
export const networkPdf = (_ctx: ServiceContext, input: NetworkPdfInput): NetworkPdf => {
  const doc = createPdf({ title: input.title, paper: input.paper, layout: 'landscape' });
  const { margins } = doc.page;
  let unreadable = false;
  SVGtoPDF(doc, input.svg, margins.left, margins.top, {
    width: doc.page.width - margins.left - margins.right,
    height: doc.page.height - margins.top - margins.bottom,
    preserveAspectRatio: 'xMidYMid meet',
    // Every font-family the SVG names is drawn in ours: it is the one with Kazakh glyphs.
    fontCallback: (_family: string, bold: boolean) => (bold ? PDF_FONT.bold : PDF_FONT.regular),
    // The SVG comes from the client: never let it make PDFKit read a file from disk.
    imageCallback: (link: string) => (/^data:image\/(png|jpeg);base64,/i.test(link) ? link : ''),
    documentCallback: () => [],
    warningCallback: (message: string) => {
      // Broken markup or a root that is not <svg>; other warnings are features it skips.
      if (/^parseXml:|^SVGtoPDF: (the input does not look like|this element can't be rendered)/.test(message))
        unreadable = true;
    },
  });
  if (unreadable) throw new ServiceError('validation', 'validation.format');
  return { fileName: pdfFileName(input.title), base64: finishPdf(doc).toString('base64') };
};
