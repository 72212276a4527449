import { useEffect, useState } from 'react';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApiQuery } from '../lib/useApiQuery';
import { describeFailure } from '../lib/errors';
import { reloadWithNote, takeWorkspaceNote } from '../pages/Settings/workspaceNote';

/**
 * Above every screen while a file from a newer Kenes is open read-only: which file, exactly
 * why it cannot be edited, and the way back. Also says, once, what the last open, restore or
 * return did (the app reloads after each, see workspaceNote.ts).
 */
export const ReadOnlyBanner = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useApiQuery('workspace:status', () => api.workspace.status({}));
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    const note = takeWorkspaceNote();
    if (!note) return;
    const { file = '', backup = '' } = note.params ?? {};
    void message.success(t(`workspaceFiles.notes.${note.kind}`, { file, backup }), 8);
  }, [message, t]);

  const readOnly = status.data?.readOnly;
  if (!readOnly) return null;

  const leave = async () => {
    setLeaving(true);
    try {
      await api.workspace.closeReadOnly({});
      reloadWithNote({ kind: 'returned' });
    } catch (e) {
      setLeaving(false);
      void message.error(describeFailure(e));
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      banner
      role="alert"
      className="kenes-read-only-banner"
      title={t('workspaceFiles.banner.title', { file: readOnly.fileName })}
      description={t('workspaceFiles.banner.newer', {
        file: readOnly.fileSchemaVersion,
        app: readOnly.appSchemaVersion,
      })}
      action={
        <Button type="primary" loading={leaving} onClick={() => void leave()}>
          {t('workspaceFiles.banner.back')}
        </Button>
      }
    />
  );
};
