import '../../Agreements/print/print.css';
import './minutes.css';

/**
 * Prints the pages shown in the preview, and only them: a copy goes into a holder at the
 * foot of the body with the class print.css prints (`kenes-print-pages`), so the app
 * itself is hidden on paper, and the page size and numbering rule renderDocx added come
 * along. The holder goes when the dialog closes.
 */
export const printPages = (preview: HTMLElement, fileName: string): void => {
  const holder = document.createElement('div');
  holder.className = 'kenes-minutes-print';
  const pages = document.createElement('div');
  pages.className = 'kenes-print-pages';
  pages.append(...Array.from(preview.childNodes, (node) => node.cloneNode(true)));
  holder.append(pages);
  document.body.append(holder);
  // The browser offers the page title as the PDF name and may print it in the margin.
  const title = document.title;
  document.title = fileName.replace(/\.docx$/i, '');
  const done = () => {
    holder.remove();
    document.title = title;
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
};
