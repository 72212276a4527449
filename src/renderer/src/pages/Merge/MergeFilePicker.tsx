import { Alert, Card, Flex, Progress, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MergeState } from './useMerge';

/** What merging does and does not bring, and the district's file to pick. */
export const MergeFilePicker = ({ merge }: { merge: MergeState }) => {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="kenes-card-title">{t('merge.title')}</h2>}>
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('merge.intro')}</Typography.Paragraph>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>{t('merge.merges')}</li>
          <li>{t('merge.staysOut')}</li>
        </ul>
        <Upload.Dragger
          accept=".kenes,.sqlite"
          multiple={false}
          showUploadList={false}
          disabled={merge.busy}
          // The file goes to main in pieces through uploadFile, not through antd's uploader.
          beforeUpload={(file) => {
            void merge.chooseFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('merge.drop')}</p>
          <Typography.Text type="secondary">{t('merge.formats')}</Typography.Text>
        </Upload.Dragger>
        {merge.sent !== null || merge.reading ? (
          <div role="status" aria-live="polite">
            <Typography.Text>
              {merge.reading
                ? t('merge.reading', { file: merge.fileName })
                : t('merge.uploading', { file: merge.fileName })}
            </Typography.Text>
            <Progress
              percent={Math.round((merge.sent ?? 1) * 100)}
              status={merge.reading ? 'active' : 'normal'}
              aria-label={t('merge.uploading', { file: merge.fileName })}
            />
          </div>
        ) : null}
        {merge.refusal ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('merge.refusedTitle')}
            description={
              <>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{merge.refusal}</Typography.Paragraph>
                <Typography.Text type="secondary">{t('merge.pickAnother')}</Typography.Text>
              </>
            }
          />
        ) : null}
      </Flex>
    </Card>
  );
};
