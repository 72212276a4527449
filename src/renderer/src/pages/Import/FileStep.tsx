import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Progress, Segmented, Space, Spin, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { saveExported } from '../../lib/savedFile';
import { languages, type Language } from '../../../../shared/i18n';
import { importKinds, type ImportKind } from '../../../../shared/api/imports';
import type { ImportWizard } from './useImportWizard';
import { describeRefusal } from './refusal';

/** Step 1: what to import, the file itself, and the template to fill in. */
export const FileStep = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [templateBusy, setTemplateBusy] = useState<Language | null>(null);
  const busy = wizard.sent !== null || wizard.reading;
  const fileName = wizard.source?.fileName ?? '';

  const downloadTemplate = async (language: Language) => {
    setTemplateBusy(language);
    try {
      const file = await api.imports.template({ kind: wizard.kind, language });
      saveExported(file);
      void message.success(t('importWizard.file.templateSaved', { file: file.fileName }));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setTemplateBusy(null);
    }
  };

  return (
    <Card className="kenes-import-card">
      <Flex vertical gap={20}>
        <Flex align="center" gap={12} wrap>
          <Typography.Text strong id="kenes-import-kind">
            {t('importWizard.kinds.label')}
          </Typography.Text>
          <Segmented<ImportKind>
            aria-labelledby="kenes-import-kind"
            value={wizard.kind}
            disabled={busy}
            options={importKinds.map((k) => ({ value: k, label: t(`importWizard.kinds.${k}`) }))}
            onChange={wizard.setKind}
          />
        </Flex>

        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          // The file goes to main in pieces through uploadFile, not through antd's uploader.
          beforeUpload={(file) => {
            void wizard.chooseFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="kenes-import-drop-text">{t('importWizard.file.drop')}</p>
          <p className="kenes-import-drop-hint">{t('importWizard.file.formats')}</p>
        </Upload.Dragger>

        {wizard.sent !== null ? (
          <div role="status" aria-live="polite">
            <Typography.Text>
              {wizard.reading
                ? t('importWizard.file.reading', { file: fileName })
                : t('importWizard.file.uploading', { file: fileName })}
            </Typography.Text>
            <Progress
              percent={Math.round(wizard.sent * 100)}
              status={wizard.reading ? 'active' : 'normal'}
              aria-label={t('importWizard.file.uploading', { file: fileName })}
            />
          </div>
        ) : null}

        {wizard.fileRefusal ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('importWizard.file.refusedTitle')}
            description={
              <>
                <Typography.Paragraph className="kenes-import-refusal">
                  {describeRefusal(t, wizard.fileRefusal)}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{t('importWizard.file.pickAnother')}</Typography.Text>
              </>
            }
          />
        ) : null}

        {wizard.reading && wizard.sent === null ? (
          <span role="status">
            <Spin size="small" /> {t('importWizard.columns.refreshing')}
          </span>
        ) : null}

        {wizard.preview && !busy ? (
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Typography.Text>
              {t('importWizard.file.chosen', { file: wizard.preview.fileName })}
            </Typography.Text>
            <Button type="primary" onClick={() => wizard.setStep('columns')}>
              {t('importWizard.next')}
            </Button>
          </Flex>
        ) : null}

        <section aria-labelledby="kenes-import-template" className="kenes-import-template">
          <Typography.Title level={2} id="kenes-import-template" className="kenes-card-title">
            {t('importWizard.file.template')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('importWizard.file.templateHint')}</Typography.Paragraph>
          <Space wrap>
            {languages.map((language) => (
              <Button
                key={language}
                icon={<DownloadOutlined />}
                loading={templateBusy === language}
                disabled={templateBusy !== null && templateBusy !== language}
                aria-label={t('importWizard.file.templateIn', { language: t(`languageNames.${language}`) })}
                onClick={() => void downloadTemplate(language)}
              >
                {t(`languageNames.${language}`)}
              </Button>
            ))}
          </Space>
        </section>
      </Flex>
    </Card>
  );
};
