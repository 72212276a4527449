import type { TFunction } from 'i18next';
import type { labelsFor } from '../../lib/labels';
import { moduleCatalogue } from '../../../../shared/reference';
import { AGREEMENT_KIND } from './scene';
import type { LegendTexts } from './legend';
import type { ColourBy } from './palette';

type Labels = ReturnType<typeof labelsFor>;

/** A line's kind as the legend and the screen reader name it: mixed, an agreement, or a link kind. */
export const linkKindNameOf =
  (t: TFunction, labels: Labels) =>
  (kind: string): string =>
    kind === 'mixed'
      ? t('network.mixedLinks')
      : kind === AGREEMENT_KIND
        ? t('network.agreementLine')
        : labels.linkKindName(kind);

/**
 * The legend's words in one language: the Network page passes the interface's, a report
 * the document's, so the picture in a Russian report is labelled in Russian.
 */
export const legendTextsOf = (t: TFunction, labels: Labels, colourBy: ColourBy): LegendTexts => ({
  nodesTitle:
    colourBy === 'type'
      ? t('organisation.typeCode')
      : colourBy === 'module'
        ? t('network.colourByModule')
        : t('organisation.sector'),
  edgesTitle: t('network.linkKind'),
  mixed: t('network.mixedLinks'),
  sectorName: labels.sectorName,
  typeLabel: labels.typeLabel,
  moduleLabel: (id) => {
    const m = id ? moduleCatalogue.find((c) => c.id === id) : undefined;
    return m ? `${m.number}. ${labels.text(m.name)}` : t('network.noModule');
  },
  kindName: linkKindNameOf(t, labels),
  agreementStatus: (status) => t('network.agreementStatusLine', { status: t(`agreements.status.${status}`) }),
});
