import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { documentLanguageOf, saveExported } from '../../lib/savedFile';
import { useCurrentLanguage } from '../../lib/labels';
import type { DocumentLanguage } from '../../../../shared/api/exports';

export type MatrixExportFormat = 'xlsx' | 'csv';

/**
 * The module matrix as a spreadsheet, made in main and saved under the name it suggests.
 * Headings are Kazakh or Russian, the languages the council works in (documentLanguageOf).
 */
export const useMatrixExport = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const uiLanguage = useCurrentLanguage();
  const [working, setWorking] = useState<MatrixExportFormat | null>(null);
  const language: DocumentLanguage = documentLanguageOf(uiLanguage);

  const run = async (format: MatrixExportFormat) => {
    if (working) return;
    setWorking(format);
    try {
      const file = await api.exports.table({ table: 'moduleMatrix', format, language });
      saveExported(file);
      void message.success(t('moduleMatrix.export.done', { file: file.fileName }));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setWorking(null);
    }
  };

  return { run, working };
};
