import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { InputOf } from '../../../../shared/api/contract';
import type { exportCalls } from '../../../../shared/api/exports';
import { describeFailure } from '../../lib/errors';
import { useCurrentLanguage } from '../../lib/labels';
import { documentLanguageOf, saveExported } from '../../lib/savedFile';

type TableInput = InputOf<typeof exportCalls.table>;

interface Props {
  table: 'agreements' | 'obligations';
  agreementFilters?: TableInput['agreementFilters'];
}

/** XLSX and CSV of what the screen lists, with headings in the interface's document language. */
export const ExportButtons = ({ table, agreementFilters }: Props) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useCurrentLanguage();
  const [working, setWorking] = useState<'xlsx' | 'csv' | null>(null);

  const run = async (format: 'xlsx' | 'csv') => {
    setWorking(format);
    try {
      const file = await api.exports.table({
        table,
        format,
        language: documentLanguageOf(lang),
        ...(agreementFilters ? { agreementFilters } : {}),
      });
      saveExported(file);
      void message.success(t('agreements.export.done', { file: file.fileName }));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setWorking(null);
    }
  };

  return (
    <>
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={working === format}
          disabled={working !== null && working !== format}
          onClick={() => void run(format)}
        >
          {t(`agreements.export.${format}`)}
        </Button>
      ))}
    </>
  );
};
