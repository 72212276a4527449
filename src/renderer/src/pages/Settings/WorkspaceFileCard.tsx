import { useRef, useState } from 'react';
import { App, Button, Card, Progress, Space, Typography } from 'antd';
import { DownloadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { saveExported } from '../../lib/savedFile';
import { uploadFile } from '../../lib/upload';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';
import { reloadWithNote } from './workspaceNote';
import type { WorkspaceFileInspection } from '../../../../shared/model';

type Step =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string; share: number }
  | { kind: 'checking'; fileName: string }
  | { kind: 'confirming'; uploadId: string; inspection: WorkspaceFileInspection }
  | { kind: 'opening'; uploadId: string; inspection: WorkspaceFileInspection };

/**
 * Settings › General: "Save a copy as…" and "Open workspace…" (picked, sent, inspected,
 * confirmed, opened). Opening waits while a read-only file is open: return to the own one first.
 */
export const WorkspaceFileCard = ({ readOnly }: { readOnly: boolean }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const picker = useRef<HTMLInputElement>(null);
  const [saving, setSaving] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const saveCopy = async () => {
    setSaving(true);
    try {
      const file = await api.workspace.saveCopy({});
      saveExported(file, 'application/vnd.sqlite3');
      void message.success(t('workspaceFiles.card.saved', { file: file.fileName }));
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setSaving(false);
    }
  };

  const picked = async (file: File | undefined) => {
    if (!file) return;
    setStep({ kind: 'uploading', fileName: file.name, share: 0 });
    try {
      const uploadId = await uploadFile(file, (share) =>
        setStep({ kind: 'uploading', fileName: file.name, share }),
      );
      setStep({ kind: 'checking', fileName: file.name });
      const inspection = await api.workspace.inspect({ uploadId });
      setStep({ kind: 'confirming', uploadId, inspection });
    } catch (e) {
      setStep({ kind: 'idle' });
      void message.error(describeFailure(e));
    }
  };

  const cancel = (uploadId: string) => {
    setStep({ kind: 'idle' });
    void api.uploads.discard({ uploadId }).catch(() => undefined);
  };

  const open = async (uploadId: string, inspection: WorkspaceFileInspection) => {
    setStep({ kind: 'opening', uploadId, inspection });
    try {
      const opened = await api.workspace.open({ uploadId });
      const file = inspection.fileName;
      const backup = opened.backup?.fileName ?? '';
      reloadWithNote(
        opened.mode === 'readOnly'
          ? { kind: 'openedReadOnly', params: { file } }
          : { kind: opened.migrated ? 'openedMigrated' : 'opened', params: { file, backup } },
      );
    } catch (e) {
      setStep({ kind: 'confirming', uploadId, inspection });
      void message.error(describeFailure(e));
    }
  };

  const busy = step.kind !== 'idle';
  return (
    <Card
      title={<h2 className="kenes-card-title">{t('workspaceFiles.card.title')}</h2>}
      className="kenes-gap"
    >
      <Typography.Paragraph type="secondary">{t('workspaceFiles.card.hint')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={saving} onClick={() => void saveCopy()}>
          {t('workspaceFiles.card.saveCopy')}
        </Button>
        <Button
          icon={<FolderOpenOutlined />}
          loading={step.kind === 'uploading' || step.kind === 'checking'}
          disabled={readOnly || (busy && step.kind !== 'uploading' && step.kind !== 'checking')}
          onClick={() => picker.current?.click()}
        >
          {t('workspaceFiles.card.open')}
        </Button>
      </Space>
      <input
        ref={picker}
        type="file"
        accept=".kenes,.sqlite"
        hidden
        aria-label={t('workspaceFiles.card.pickLabel')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared at once, so picking the same file again still fires a change.
          event.target.value = '';
          void picked(file);
        }}
      />
      {step.kind === 'uploading' ? (
        <div className="kenes-gap-top" role="status">
          <Typography.Text>{t('workspaceFiles.card.uploading', { file: step.fileName })}</Typography.Text>
          <Progress percent={Math.round(step.share * 100)} size="small" />
        </div>
      ) : null}
      {step.kind === 'checking' ? (
        <Typography.Paragraph className="kenes-gap-top" role="status">
          {t('workspaceFiles.card.checking')}
        </Typography.Paragraph>
      ) : null}
      {step.kind === 'confirming' || step.kind === 'opening' ? (
        <OpenWorkspaceDialog
          inspection={step.inspection}
          opening={step.kind === 'opening'}
          onOpen={() => void open(step.uploadId, step.inspection)}
          onClose={() => cancel(step.uploadId)}
        />
      ) : null}
    </Card>
  );
};
