import { useState } from 'react';
import { App, Button, Card, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { saveExported } from '../../lib/savedFile';
import type { ExportedFile } from '../../../../shared/api/exports';

type OpenFormat = 'workspaceJson' | 'graphml' | 'gexf';

/** Each format with the MIME type the browser is told, so the saved file opens in the right program. */
const formats: { format: OpenFormat; mimeType: string; fetch: () => Promise<ExportedFile> }[] = [
  { format: 'workspaceJson', mimeType: 'application/json', fetch: () => api.openFormats.workspaceJson({}) },
  { format: 'graphml', mimeType: 'application/graphml+xml', fetch: () => api.openFormats.graphml({}) },
  { format: 'gexf', mimeType: 'application/gexf+xml', fetch: () => api.openFormats.gexf({}) },
];

/** Settings › General: the whole workspace as JSON, the network as GraphML and GEXF. */
export const OpenFormatsCard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<OpenFormat | null>(null);

  const save = async (format: OpenFormat) => {
    const entry = formats.find((f) => f.format === format)!;
    setBusy(format);
    try {
      const file = await entry.fetch();
      saveExported(file, entry.mimeType);
      void message.success(t('openFormats.saved', { file: file.fileName }));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={<h2 className="kenes-card-title">{t('openFormats.title')}</h2>} className="kenes-gap-top">
      <Typography.Paragraph type="secondary">{t('openFormats.hint')}</Typography.Paragraph>
      <Space wrap>
        {formats.map(({ format }) => (
          <Button
            key={format}
            icon={<DownloadOutlined />}
            loading={busy === format}
            disabled={busy !== null && busy !== format}
            onClick={() => void save(format)}
          >
            {t(`openFormats.${format}`)}
          </Button>
        ))}
      </Space>
    </Card>
  );
};
