import type { ReactNode } from 'react';

/** Card headings are h2 under the page's h1, so a screen reader can jump between them. */
export const CardTitle = ({ icon, children }: { icon?: ReactNode; children: ReactNode }) => (
  <h2 className="kenes-card-title kenes-overview-title">
    {icon ? <span className="kenes-overview-title-icon">{icon}</span> : null}
    {children}
  </h2>
);
