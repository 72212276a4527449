import { useState } from 'react';
import { Alert, Button, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { saveExported } from '../../lib/savedFile';
import type { DocumentLanguage, ExportedFile } from '../../../../shared/api/exports';
import type { ReportPeriodInput } from '../../../../shared/api/reports';
import { networkPicturePng } from './networkPicture';

export type ReportFormat = 'docx' | 'xlsx';
type Step = 'figures' | 'picture' | ReportFormat | 'save';

interface Run {
  format: ReportFormat;
  step: number;
  error: string | null;
  savedAs: string | null;
}

const stepsOf = (format: ReportFormat): Step[] => ['figures', 'picture', format, 'save'];

/**
 * A report export in steps — the figures, the network picture, the file, the saving —
 * shown in a dialog with the step under way. The file is saved only once every step has
 * succeeded, so a failure leaves nothing half-written; the dialog then says which step failed.
 */
export const useReportExport = (period: ReportPeriodInput | null, language: DocumentLanguage) => {
  const { t, i18n } = useTranslation();
  const [run, setRun] = useState<Run | null>(null);
  const working = run !== null && run.error === null && run.savedAs === null;

  const start = async (format: ReportFormat) => {
    if (!period || working) return;
    const steps = stepsOf(format);
    let at = 0;
    const enter = (step: Step) => {
      at = steps.indexOf(step);
      setRun({ format, step: at, error: null, savedAs: null });
    };
    try {
      enter('figures');
      const summary = await api.reports.summary({ period });
      enter('picture');
      const networkPng = await networkPicturePng({
        language,
        t: i18n.getFixedT(language),
        councilName: language === 'ru' ? summary.councilNameRu : summary.councilNameKk,
        today: summary.today,
      });
      enter(format);
      const input = { period, language, networkPng };
      const file: ExportedFile =
        format === 'docx' ? await api.reports.docx(input) : await api.reports.xlsx(input);
      enter('save');
      saveExported(file);
      setRun({ format, step: steps.length, error: null, savedAs: file.fileName });
    } catch (e) {
      const step = t(`reports.steps.${steps[at] ?? 'figures'}`);
      setRun({
        format,
        step: at,
        error: t('reports.failed', { step, reason: describeFailure(e) }),
        savedAs: null,
      });
    }
  };

  const steps = run ? stepsOf(run.format) : [];
  const current = run ? steps[Math.min(run.step, steps.length - 1)] : undefined;
  const dialog = (
    <Modal
      open={run !== null}
      closable={!working}
      maskClosable={false}
      onCancel={() => setRun(null)}
      title={run?.error ? t('reports.failedTitle') : t('reports.exporting')}
      footer={
        working ? null : (
          <Button type="primary" onClick={() => setRun(null)}>
            {t('reports.close')}
          </Button>
        )
      }
      width={440}
    >
      {run && current ? (
        <>
          <Progress
            percent={Math.round((run.step / steps.length) * 100)}
            status={run.error ? 'exception' : run.savedAs ? 'success' : 'active'}
            aria-label={t('reports.exporting')}
          />
          {run.savedAs ? (
            <Alert type="success" showIcon title={t('reports.saved', { name: run.savedAs })} />
          ) : (
            <Typography.Paragraph role="status" aria-live="polite">
              {t('reports.stepOf', {
                step: run.step + 1,
                total: steps.length,
                name: t(`reports.steps.${current}`),
              })}
            </Typography.Paragraph>
          )}
          {run.error ? <Alert type="error" showIcon title={run.error} /> : null}
        </>
      ) : null}
    </Modal>
  );

  return { start, working, format: working ? run.format : null, dialog };
};
