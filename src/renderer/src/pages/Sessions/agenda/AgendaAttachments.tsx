import { useState } from 'react';
import { Alert, App, Button, Flex, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { MAX_ATTACHMENT_BYTES } from '../../../../../shared/api/agreements';
import type { AgendaItemDetail, Attachment } from '../../../../../shared/model';
import { describeFailure } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { readAsBase64, saveExported } from '../../../lib/savedFile';
import { useApiQuery } from '../../../lib/useApiQuery';

interface Props {
  item: AgendaItemDetail;
  /** Papers are fixed with the rest of the record once the minutes are approved. */
  editable: boolean;
  onChanged: () => void;
}

/**
 * The papers of an agenda item (the report, a presentation, a draft decision), kept
 * inside the workspace like an agreement's scans: the server checks the bytes.
 */
export const AgendaAttachments = ({ item, editable, onChanged }: Props) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const format = useFormat();
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The count in the key: a paper added or removed changes it, and the list is read again.
  const query = useApiQuery(`attachments:agenda:${item.id}:${item.attachmentCount}`, () =>
    item.attachmentCount > 0
      ? api.attachments.list({ ownerType: 'agenda_item', ownerId: item.id })
      : Promise.resolve([]),
  );
  const files = (query.data ?? []).filter((a) => !a.archivedAt);
  if (!editable && files.length === 0) return null;

  const upload = async (file: File) => {
    setRefusal(null);
    if (file.size > MAX_ATTACHMENT_BYTES) return setRefusal(t('sessions.attachments.tooLarge'));
    setUploading(true);
    try {
      const base64 = await readAsBase64(file);
      await api.attachments.add({ ownerType: 'agenda_item', ownerId: item.id, fileName: file.name, base64 });
      void message.success(t('sessions.attachments.added', { name: file.name }));
      onChanged();
    } catch (e) {
      setRefusal(describeFailure(e));
    } finally {
      setUploading(false);
    }
  };

  const open = async (a: Attachment) => {
    try {
      const { opened } = await api.attachments.open({ id: a.id });
      // Browser mode has no system viewer: the browser downloads the file instead.
      if (!opened) {
        const file = await api.attachments.read({ id: a.id });
        saveExported({ fileName: file.fileName, base64: file.base64 }, file.mimeType);
      }
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  const remove = (a: Attachment) =>
    modal.confirm({
      title: t('sessions.attachments.archiveConfirm', { name: a.fileName }),
      okText: t('sessions.attachments.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.attachments.archive({ id: a.id });
          onChanged();
        } catch (e) {
          void message.error(describeFailure(e));
        }
      },
    });

  return (
    <div className="kenes-gap-top kenes-gap" aria-label={t('sessions.attachments.title')} role="group">
      {refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          title={refusal}
          className="kenes-gap"
        />
      ) : null}
      <Flex gap={8} wrap align="center">
        {files.map((a) => (
          <Flex key={a.id} gap={4} align="center">
            <Button
              type="link"
              icon={<PaperClipOutlined />}
              onClick={() => void open(a)}
              className="kenes-link-button"
            >
              {a.fileName}
            </Button>
            <Typography.Text type="secondary" className="kenes-cell-small">
              {format.size(a.sizeBytes)}
            </Typography.Text>
            {editable ? (
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('sessions.attachments.remove')}: ${a.fileName}`}
                onClick={() => void remove(a)}
              />
            ) : null}
          </Flex>
        ))}
        {editable ? (
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
            <Button
              size="small"
              icon={<UploadOutlined />}
              loading={uploading}
              title={t('sessions.attachments.help')}
            >
              {t('sessions.attachments.add')}
            </Button>
          </Upload>
        ) : null}
      </Flex>
    </div>
  );
};
