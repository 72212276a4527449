import { Alert, Button, Flex, List, Typography } from 'antd';
import { DeleteOutlined, EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../../shared/model';
import { useFormat } from '../../../lib/format';
import { useKenesStore, selectDataChanged } from '../../../store';
import { AttachButton, useAttachments } from '../../../lib/useAttachments';

/** Signed scans of the agreement, kept inside the workspace. */
export const AttachmentsSection = ({ detail }: { detail: AgreementDetail }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const dataChanged = useKenesStore(selectDataChanged);
  const scans = useAttachments(
    { ownerType: 'agreement', ownerId: detail.id },
    {
      tooLarge: t('agreements.attachments.tooLarge'),
      added: (name) => t('agreements.attachments.added', { name }),
      archiveConfirm: (name) => t('agreements.attachments.archiveConfirm', { name }),
      archiveOk: t('common.archive'),
    },
    dataChanged,
  );
  const files = detail.attachments.filter((a) => !a.archivedAt);

  return (
    <section aria-labelledby="agreement-attachments">
      <h3 id="agreement-attachments" className="kenes-form-section">
        {t('agreements.attachments.title')}
      </h3>
      <Typography.Paragraph type="secondary">{t('agreements.attachments.help')}</Typography.Paragraph>
      {scans.refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: scans.dismissRefusal }}
          className="kenes-gap"
          title={t('agreements.attachments.refused')}
          description={scans.refusal}
        />
      ) : null}
      {files.length ? (
        <List
          size="small"
          className="kenes-gap"
          dataSource={files}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button key="open" type="link" icon={<EyeOutlined />} onClick={() => void scans.open(a)}>
                  {t('agreements.attachments.open')}
                </Button>,
                <Button
                  key="archive"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => void scans.archive(a)}
                  aria-label={t('agreements.attachments.archiveNamed', { name: a.fileName })}
                >
                  {t('common.archive')}
                </Button>,
              ]}
            >
              <Flex gap={8} align="center" wrap>
                <PaperClipOutlined />
                <span className="kenes-wrap">{a.fileName}</span>
                <Typography.Text type="secondary">
                  {format.size(a.sizeBytes)} · {format.date(a.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : null}
      <AttachButton
        label={t('agreements.attachments.upload')}
        uploading={scans.uploading}
        onFile={(file) => void scans.upload(file)}
      />
    </section>
  );
};
