import { Alert, Button, Flex, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgendaItemDetail } from '../../../../../shared/model';
import { useFormat } from '../../../lib/format';
import { useApiQuery } from '../../../lib/useApiQuery';
import { AttachButton, useAttachments } from '../../../lib/useAttachments';

interface Props {
  item: AgendaItemDetail;
  /** Papers are fixed with the rest of the record once the minutes are approved. */
  editable: boolean;
  onChanged: () => void;
}

/**
 * The papers of an agenda item (the report, a presentation, a draft decision), kept
 * inside the workspace like an agreement's scans.
 */
export const AgendaAttachments = ({ item, editable, onChanged }: Props) => {
  const { t } = useTranslation();
  const format = useFormat();
  const papers = useAttachments(
    { ownerType: 'agenda_item', ownerId: item.id },
    {
      tooLarge: t('sessions.attachments.tooLarge'),
      added: (name) => t('sessions.attachments.added', { name }),
      archiveConfirm: (name) => t('sessions.attachments.archiveConfirm', { name }),
      archiveOk: t('sessions.attachments.remove'),
    },
    onChanged,
  );
  // The count in the key: a paper added or removed changes it, and the list is read again.
  const query = useApiQuery(`attachments:agenda:${item.id}:${item.attachmentCount}`, () =>
    item.attachmentCount > 0
      ? api.attachments.list({ ownerType: 'agenda_item', ownerId: item.id })
      : Promise.resolve([]),
  );
  const files = (query.data ?? []).filter((a) => !a.archivedAt);
  if (!editable && files.length === 0) return null;

  return (
    <div className="kenes-gap-top kenes-gap" aria-label={t('sessions.attachments.title')} role="group">
      {papers.refusal ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: papers.dismissRefusal }}
          title={papers.refusal}
          className="kenes-gap"
        />
      ) : null}
      <Flex gap={8} wrap align="center">
        {files.map((a) => (
          <Flex key={a.id} gap={4} align="center">
            <Button
              type="link"
              icon={<PaperClipOutlined />}
              onClick={() => void papers.open(a)}
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
                onClick={() => void papers.archive(a)}
              />
            ) : null}
          </Flex>
        ))}
        {editable ? (
          <AttachButton
            small
            label={t('sessions.attachments.add')}
            title={t('sessions.attachments.help')}
            uploading={papers.uploading}
            onFile={(file) => void papers.upload(file)}
          />
        ) : null}
      </Flex>
    </div>
  );
};
