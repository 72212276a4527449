import { Alert, Button, Card, Flex, Steps, Typography } from 'antd';
import { LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { planOf } from './plan';
import { ReportView } from './ReportView';
import type { ImportWizard } from './useImportWizard';
import { describeRefusal } from './refusal';

/** Step 4: confirm, watch it written in one transaction, read the report. */
export const ImportStep = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const { preview, commit } = wizard;
  if (!preview) return null;
  if (commit.status === 'done') return <ReportView wizard={wizard} report={commit.report} />;

  const plan = planOf(preview.rows, wizard.decisions);
  const records = plan.created + plan.updated;

  if (commit.status === 'writing') {
    return (
      <Card className="kenes-import-card">
        <Typography.Title level={2} className="kenes-card-title">
          {t('importWizard.progress.title')}
        </Typography.Title>
        <div role="status" aria-live="polite">
          <Steps
            orientation="vertical"
            current={2}
            items={[
              { title: t('importWizard.progress.uploaded') },
              { title: t('importWizard.progress.checked') },
              {
                title: t('importWizard.progress.writing', { count: commit.records }),
                icon: <LoadingOutlined />,
              },
            ]}
          />
        </div>
      </Card>
    );
  }

  return (
    <Card className="kenes-import-card">
      <Flex vertical gap={16}>
        {commit.status === 'failed' ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('importWizard.progress.failedTitle')}
            description={describeRefusal(t, commit.error)}
          />
        ) : null}
        <Typography.Title level={2} className="kenes-card-title">
          {t('importWizard.confirm.title')}
        </Typography.Title>
        <Typography.Paragraph className="kenes-import-intro">
          {preview.sheet && preview.format === 'xlsx'
            ? t('importWizard.confirm.body', { file: preview.fileName, sheet: preview.sheet })
            : t('importWizard.confirm.bodyNoSheet', { file: preview.fileName })}
        </Typography.Paragraph>
        <ul className="kenes-import-plan">
          <li>{t('importWizard.confirm.willCreate', { count: plan.created })}</li>
          <li>{t('importWizard.confirm.willUpdate', { count: plan.updated })}</li>
          <li>{t('importWizard.confirm.willSkip', { count: plan.skipped })}</li>
        </ul>
        <Typography.Paragraph type="secondary">{t('importWizard.confirm.backupNote')}</Typography.Paragraph>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Button
            size="large"
            onClick={() => {
              wizard.dismissFailure();
              wizard.setStep('check');
            }}
          >
            {t('importWizard.confirm.back')}
          </Button>
          <Button type="primary" size="large" onClick={() => void wizard.startImport(records)}>
            {t('importWizard.confirm.start')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
};
