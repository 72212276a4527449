import type { ExportedFile } from '../../../../../shared/api/exports';

/** The class docx-preview gives its page sections; print.css styles them by it. */
const DOCX_CLASS = 'kenes-docx';

/**
 * Renders the DOCX that main drafted into `container` as HTML pages, so what is printed
 * is the very file the secretary would otherwise download (one source of the text).
 *
 * docx-preview is loaded on first use: it and JSZip are only needed here. The options
 * keep it inside the Content-Security-Policy: embedded fonts would be blob: URLs, which
 * font-src refuses, so the system's Times New Roman (or its metric twin) is used;
 * pictures become data: URLs; alt-chunks (iframes) and tracked changes are not shown.
 * Footers are left out: the draft's only footer is the page number, and one long sheet
 * on screen would show it once at the very end; the @page rule numbers the printed pages.
 */
export const renderDocx = async (file: ExportedFile, container: HTMLElement): Promise<void> => {
  const { renderAsync } = await import('docx-preview');
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  container.replaceChildren();
  await renderAsync(bytes, container, container, {
    className: DOCX_CLASS,
    inWrapper: true,
    breakPages: true,
    ignoreFonts: true,
    useBase64URL: true,
    renderHeaders: true,
    renderFooters: false,
    renderFootnotes: true,
    renderEndnotes: true,
    renderComments: false,
    renderChanges: false,
    renderAltChunks: false,
    experimental: false,
  });
  serifFallback(container);
  container.append(pageRule(container));
};

/**
 * Fonts tried for a letter the document's font lacks. Linux systems stand in for Times New
 * Roman with Liberation Serif, whose common 1.x release has no Ә Ғ Қ Ң Ө Ұ Ү Һ І; Chromium
 * would then take those letters from a sans-serif font and the words look patched. A serif
 * with Kazakh letters keeps them in the same style. Windows' Times New Roman has them all,
 * so there the fallback is never used.
 */
const SERIF_FALLBACK = "'DejaVu Serif', 'Noto Serif', serif";

/** Appends the serif fallback to every font family the document set, in its styles and on its runs. */
const serifFallback = (container: HTMLElement): void => {
  for (const style of container.querySelectorAll('style')) {
    style.textContent = (style.textContent ?? '').replace(
      /font-family:\s*([^;}]+?)\s*(;|})/g,
      (_, families: string, end: string) => `font-family: ${families}, ${SERIF_FALLBACK}${end}`,
    );
  }
  for (const el of container.querySelectorAll<HTMLElement>('[style*="font-family"]')) {
    el.style.fontFamily = `${el.style.fontFamily}, ${SERIF_FALLBACK}`;
  }
};

/**
 * The printed page takes its size and margins from the document's own section (docx-preview
 * writes them on the first page as width, min-height and padding), so the paper matches
 * what Word would print; the page number sits in the bottom margin, as in the DOCX footer.
 * The rule lives inside the preview and leaves the DOM with it: other printing is untouched.
 */
const pageRule = (container: HTMLElement): HTMLStyleElement => {
  const page = container.querySelector<HTMLElement>(`section.${DOCX_CLASS}`);
  const s = page?.style;
  const size = s?.width && s.minHeight ? `${s.width} ${s.minHeight}` : 'A4';
  const margin =
    s?.paddingTop && s.paddingRight && s.paddingBottom && s.paddingLeft
      ? `${s.paddingTop} ${s.paddingRight} ${s.paddingBottom} ${s.paddingLeft}`
      : '20mm 15mm 20mm 30mm';
  const style = document.createElement('style');
  style.textContent = `@page { size: ${size}; margin: ${margin};
  @bottom-center { content: counter(page); font-family: 'Times New Roman', ${SERIF_FALLBACK}; font-size: 12pt; } }`;
  return style;
};
