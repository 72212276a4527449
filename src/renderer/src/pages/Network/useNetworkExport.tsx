import { useState } from 'react';
import { App, Modal, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { saveBlob, svgToPngBlob } from '../../lib/exportImage';
import { useCouncilName } from '../../shell/useCouncilName';
import { useLabels } from '../../lib/labels';
import { renderNetworkSvg } from '../../../../shared/network-export';
import type { NetworkSnapshot, NetworkView } from '../../../../shared/model';
import type { Scene } from './scene';
import type { FrameBox } from './flowElements';
import type { LegendSection } from './legend';
import type { ExportFormat } from './NetworkToolbar';
import { exportSceneOf } from './exportScene';
import type { XY } from './usePositions';
import { saveExported } from '../../lib/savedFile';

interface Args {
  scene: Scene | undefined;
  positions: ReadonlyMap<string, XY> | null;
  frames: readonly FrameBox[];
  legend: LegendSection[];
  view: NetworkView | undefined;
  snapshot: NetworkSnapshot | undefined;
}

/** A file name that every system accepts: the view's name without path or reserved characters. */
const fileNameOf = (name: string, date: string, extension: string): string =>
  `${
    [...name]
      .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c))
      .join('')
      .replace(/ +/g, ' ')
      .trim() || 'kenes'
  } ${date}.${extension}`;

/** PNG, SVG and PDF of the whole network with title, date and legend. */
export const useNetworkExport = ({ scene, positions, frames, legend, view, snapshot }: Args) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const councilName = useCouncilName();
  const labels = useLabels();
  const [working, setWorking] = useState<ExportFormat | null>(null);

  const run = async (kind: ExportFormat) => {
    if (!scene || !positions || !view || working) return;
    setWorking(kind);
    try {
      const now = new Date().toISOString();
      const title = [councilName, view.name].filter(Boolean).join(' — ');
      const subtitle = t('network.exportSubtitle', { date: format.date(now) });
      const orgs = new Map(snapshot?.organisations.map((o) => [o.id, o]));
      const nameOf = (id: string) => {
        const o = orgs.get(id);
        return o ? o.shortName || labels.organisationName(o) : '';
      };
      const svg = renderNetworkSvg({
        ...exportSceneOf(scene, positions, frames, legend, title, subtitle, {
          title: t('network.exportMembersTitle'),
          nameOf,
        }),
        // A4 and A3 landscape are both √2 wide to 1 high.
        pageAspect: kind === 'pdf-A4' || kind === 'pdf-A3' ? Math.SQRT2 : undefined,
      });
      const day = now.slice(0, 10);
      if (kind === 'svg') {
        saveBlob(new Blob([svg.svg], { type: 'image/svg+xml' }), fileNameOf(view.name, day, 'svg'));
      } else if (kind === 'png') {
        saveBlob(await svgToPngBlob(svg.svg, svg.width, svg.height), fileNameOf(view.name, day, 'png'));
      } else {
        const paper = kind === 'pdf-A3' ? 'A3' : 'A4';
        const pdf = await api.exports.networkPdf({ svg: svg.svg, paper, title });
        saveExported({ base64: pdf.base64, fileName: fileNameOf(view.name, `${day} ${paper}`, 'pdf') });
      }
      void message.success(t('network.exportDone'));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setWorking(null);
    }
  };

  const progress = (
    <Modal open={working !== null} closable={false} footer={null} title={t('network.exporting')} width={360}>
      <Progress percent={100} status="active" showInfo={false} />
    </Modal>
  );

  return { run, progress };
};
