import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergeReport } from '../../../../shared/model';
import { mergeFieldLabel } from './fields';

/** What the merge did: added, replaced, kept, skipped, and the backup taken before it. */
export const MergeReportView = ({ report, onAnother }: { report: MergeReport; onAnother: () => void }) => {
  const { t } = useTranslation();
  const added = report.added.filter((a) => a.count > 0);
  return (
    <Card>
      <Result
        status="success"
        title={t('merge.reportTitle')}
        subTitle={t('merge.reportUndo')}
        extra={<Button onClick={onAnother}>{t('merge.another')}</Button>}
      >
        <div data-testid="merge-report">
          <Typography.Paragraph strong>
            {t('merge.reportAdded', { count: report.addedTotal })}
          </Typography.Paragraph>
          {added.length > 0 ? (
            <ul>
              {added.map((a) => (
                <li key={a.kind}>
                  {t(`merge.kinds.${a.kind}`)}: {a.count}
                </li>
              ))}
            </ul>
          ) : null}
          <Typography.Paragraph>{t('merge.reportReplaced', { count: report.replaced })}</Typography.Paragraph>
          <Typography.Paragraph>{t('merge.reportKept', { count: report.kept })}</Typography.Paragraph>
          <Typography.Paragraph>
            {t('merge.reportSkipped', { count: report.skipped.length })}
          </Typography.Paragraph>
          {report.skipped.length > 0 ? (
            <ul>
              {report.skipped.map((s) => (
                <li key={`${s.kind}:${s.id}`}>
                  {t(`merge.problem.${s.reason}`, {
                    kind: t(`merge.kind.${s.kind}`),
                    label: s.label,
                    field: s.field ? mergeFieldLabel(t, s.kind, s.field) : '',
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {report.attachmentFiles > 0 ? (
            <Typography.Paragraph>
              {t('merge.reportFiles', { count: report.attachmentFiles })}
            </Typography.Paragraph>
          ) : null}
          <Typography.Paragraph type="secondary">
            {t('merge.reportBackup', { file: report.backup.fileName })}
          </Typography.Paragraph>
        </div>
      </Result>
    </Card>
  );
};
