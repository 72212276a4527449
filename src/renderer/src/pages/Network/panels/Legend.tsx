import { useTranslation } from 'react-i18next';
import type { LegendSection } from '../legend';

/**
 * The legend drawn over the canvas, from what is on screen. `solidLines`: the canvas draws
 * every line solid (past DASH_LIMIT), so the legend shows them solid too; exports keep
 * their dashes and their own legend.
 */
export const Legend = ({ sections, solidLines }: { sections: LegendSection[]; solidLines: boolean }) => {
  const { t } = useTranslation();
  if (sections.length === 0) return null;
  return (
    <section className="kenes-legend" aria-label={t('network.legend')}>
      {sections.map((s) => (
        <div key={s.title} className="kenes-legend-section">
          <h3>{s.title}</h3>
          <ul>
            {s.items.map((item) => (
              <li key={item.label}>
                {item.kind === 'node' ? (
                  <span className="kenes-legend-swatch" style={{ background: item.fill }} />
                ) : (
                  <svg className="kenes-legend-line-svg" width="28" height="10" aria-hidden="true">
                    <line
                      x1="0"
                      y1="5"
                      x2="28"
                      y2="5"
                      stroke={item.stroke}
                      strokeWidth="2.5"
                      strokeDasharray={solidLines ? undefined : item.dash}
                    />
                  </svg>
                )}
                <span>{item.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
};
