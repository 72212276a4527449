import { useState } from 'react';
import { App, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelledTable } from '../../components/LabelledTable';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import { describeFailure } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useKenesStore, selectDataChanged } from '../../store';
import { reloadWithNote } from './workspaceNote';
import type { BackupEntry } from '../../../../shared/model';

/**
 * Settings › General: the backups, newest first, with "Back up now" and a Restore per row.
 * Restoring asks first, naming the backup and its time, and says the state now is kept.
 */
export const BackupsCard = ({ readOnly }: { readOnly: boolean }) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const format = useFormat();
  const dataChanged = useKenesStore(selectDataChanged);
  const backups = useApiQuery('workspace:backups', () => api.workspace.backups({}));
  const [backingUp, setBackingUp] = useState(false);

  const backUpNow = async () => {
    setBackingUp(true);
    try {
      const entry = await api.workspace.backupNow({});
      void message.success(t('settings.backupDone', { file: entry.fileName }));
      dataChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setBackingUp(false);
    }
  };

  const restore = (backup: BackupEntry) => {
    void modal.confirm({
      title: t('workspaceFiles.restore.title'),
      content: t('workspaceFiles.restore.body', {
        kind: t(`settings.backupKinds.${backup.kind}`),
        date: format.dateTime(backup.createdAt),
      }),
      okText: t('workspaceFiles.restore.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await api.workspace.restore({ fileName: backup.fileName });
          reloadWithNote({
            kind: 'restored',
            params: { file: result.restored.fileName, backup: result.preRestoreBackup.fileName },
          });
        } catch (e) {
          void message.error(describeFailure(e));
        }
      },
    });
  };

  return (
    <Card
      title={<h2 className="kenes-card-title">{t('settings.backups')}</h2>}
      extra={
        <Button type="primary" onClick={() => void backUpNow()} loading={backingUp} disabled={readOnly}>
          {t('settings.backupNow')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('workspaceFiles.restore.hint')}</Typography.Paragraph>
      <LabelledTable<BackupEntry>
        label={t('settings.backupsTable')}
        rowKey="fileName"
        size="small"
        loading={backups.loading && !backups.data}
        dataSource={backups.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('settings.backupsEmpty') }}
        columns={[
          {
            key: 'created',
            title: t('settings.backupCreated'),
            // When and what kind is what a secretary chooses by; the file name, for finding
            // the copy on disk, is shown on hover so the list fits half a screen.
            render: (_, b) => <span title={b.fileName}>{format.dateTime(b.createdAt)}</span>,
          },
          {
            key: 'kind',
            title: t('settings.backupKind'),
            render: (_, b) => t(`settings.backupKinds.${b.kind}`),
          },
          {
            key: 'size',
            title: t('settings.backupSize'),
            align: 'right',
            render: (_, b) => format.size(b.sizeBytes),
          },
          {
            key: 'restore',
            render: (_, b) => (
              <Button
                size="small"
                disabled={readOnly}
                aria-label={t('workspaceFiles.restore.actionLabel', { file: b.fileName })}
                onClick={() => restore(b)}
              >
                {t('workspaceFiles.restore.action')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
};
