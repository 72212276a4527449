import { useState } from 'react';
import { Alert, App, Button, Flex, List, Typography, Upload } from 'antd';
import { DeleteOutlined, EyeOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { MAX_ATTACHMENT_BYTES } from '../../../../../shared/api/agreements';
import type { AgreementDetail, Attachment } from '../../../../../shared/model';
import { describeFailure } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useKenesStore, selectDataChanged } from '../../../store';
import { readAsBase64, saveExported } from '../../../lib/savedFile';

/**
 * Signed scans kept inside the workspace. The server checks the bytes (PDF, JPEG, PNG
 * within the size limit); its refusal is shown as it says it, in the interface language.
 */
export const AttachmentsSection = ({ detail }: { detail: AgreementDetail }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const format = useFormat();
  const dataChanged = useKenesStore(selectDataChanged);
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const files = detail.attachments.filter((a) => !a.archivedAt);

  const upload = async (file: File) => {
    setRefusal(null);
    // A file over the limit is not read into memory and sent just to be refused.
    if (file.size > MAX_ATTACHMENT_BYTES) return setRefusal(t('agreements.attachments.tooLarge'));
    setUploading(true);
    try {
      const base64 = await readAsBase64(file);
      await api.attachments.add({ ownerType: 'agreement', ownerId: detail.id, fileName: file.name, base64 });
      void message.success(t('agreements.attachments.added', { name: file.name }));
      dataChanged();
    } catch (e) {
      setRefusal(describeFailure(e));
    } finally {
      setUploading(false);
    }
  };

  const open = async (a: Attachment) => {
    try {
      const { opened } = await api.attachments.open({ id: a.id });
      // Browser mode has no system viewer to hand the file to: the browser downloads it instead.
      if (!opened) {
        const file = await api.attachments.read({ id: a.id });
        saveExported({ fileName: file.fileName, base64: file.base64 }, file.mimeType);
      }
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  const archive = (a: Attachment) =>
    modal.confirm({
      title: t('agreements.attachments.archiveConfirm', { name: a.fileName }),
      okText: t('common.archive'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.attachments.archive({ id: a.id });
          dataChanged();
        } catch (e) {
          void message.error(describeFailure(e));
        }
      },
    });

  return (
    <section aria-labelledby="agreement-attachments">
      <h3 id="agreement-attachments" className="kenes-form-section">
        {t('agreements.attachments.title')}
      </h3>
      <Typography.Paragraph type="secondary">{t('agreements.attachments.help')}</Typography.Paragraph>
      {refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          className="kenes-gap"
          title={t('agreements.attachments.refused')}
          description={refusal}
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
                <Button key="open" type="link" icon={<EyeOutlined />} onClick={() => void open(a)}>
                  {t('agreements.attachments.open')}
                </Button>,
                <Button
                  key="archive"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => void archive(a)}
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
      <Upload
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        showUploadList={false}
        multiple={false}
        disabled={uploading}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading}>
          {t('agreements.attachments.upload')}
        </Button>
      </Upload>
    </section>
  );
};
