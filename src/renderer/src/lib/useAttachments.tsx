import { useState } from 'react';
import { App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/api/agreements';
import type { Attachment } from '../../../shared/model';
import { describeFailure } from './errors';
import { readAsBase64, saveExported } from './savedFile';

type Owner = Parameters<typeof api.attachments.add>[0]['ownerType'];

/** What each screen says about its own papers: scans of an agreement, papers of an agenda item. */
export interface AttachmentTexts {
  tooLarge: string;
  added: (name: string) => string;
  archiveConfirm: (name: string) => string;
  archiveOk: string;
}

/**
 * Papers kept inside the workspace, for any owner: the server checks the bytes (PDF,
 * JPEG, PNG within the size limit), and its refusal is shown as it says it.
 */
export const useAttachments = (
  owner: { ownerType: Owner; ownerId: string },
  texts: AttachmentTexts,
  onChanged: () => void,
) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const upload = async (file: File) => {
    setRefusal(null);
    // A file over the limit is not read into memory and sent just to be refused.
    if (file.size > MAX_ATTACHMENT_BYTES) return setRefusal(texts.tooLarge);
    setUploading(true);
    try {
      const base64 = await readAsBase64(file);
      await api.attachments.add({ ...owner, fileName: file.name, base64 });
      void message.success(texts.added(file.name));
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
      title: texts.archiveConfirm(a.fileName),
      okText: texts.archiveOk,
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

  return { upload, open, archive, uploading, refusal, dismissRefusal: () => setRefusal(null) };
};

/** The button that picks a file to attach: one file at a time, of the kinds the server keeps. */
export const AttachButton = ({
  label,
  title,
  small,
  uploading,
  onFile,
}: {
  label: string;
  title?: string;
  small?: boolean;
  uploading: boolean;
  onFile: (file: File) => void;
}) => (
  <Upload
    accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
    showUploadList={false}
    multiple={false}
    disabled={uploading}
    beforeUpload={(file) => {
      onFile(file);
      return false;
    }}
  >
    <Button size={small ? 'small' : undefined} icon={<UploadOutlined />} loading={uploading} title={title}>
      {label}
    </Button>
  </Upload>
);
