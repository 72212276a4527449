import { Alert, Button, Descriptions, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { WorkspaceFileInspection } from '../../../../shared/model';

interface Props {
  inspection: WorkspaceFileInspection;
  opening: boolean;
  onOpen: () => void;
  onClose: () => void;
}

/**
 * What the picked file is, before anything changes: the council, its counts, its schema
 * version against this Kenes's, and what opening will do (replace after a backup, bring up
 * to date, or open read-only) — or why it cannot be opened.
 */
export const OpenWorkspaceDialog = ({ inspection, opening, onOpen, onClose }: Props) => {
  const { t } = useTranslation();
  const format = useFormat();
  const { verdict } = inspection;
  const versions = { file: inspection.fileSchemaVersion ?? '?', app: inspection.appSchemaVersion };
  const orUnknown = (value: number | null) => (value === null ? t('workspaceFiles.confirm.unknown') : value);
  const refused = verdict === 'refused';

  return (
    <Modal
      open
      title={t(refused ? 'workspaceFiles.confirm.refusedTitle' : 'workspaceFiles.confirm.title', {
        file: inspection.fileName,
      })}
      onCancel={onClose}
      width={640}
      footer={[
        <Button key="close" onClick={onClose} disabled={opening}>
          {refused ? t('workspaceFiles.confirm.close') : t('common.cancel')}
        </Button>,
        refused ? null : (
          <Button key="open" type="primary" loading={opening} onClick={onOpen}>
            {verdict === 'newer'
              ? t('workspaceFiles.confirm.openReadOnlyButton')
              : t('workspaceFiles.confirm.openButton')}
          </Button>
        ),
      ]}
    >
      {refused ? (
        <Alert type="error" showIcon title={inspection.refusal?.message} />
      ) : (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'council',
                label: t('workspaceFiles.confirm.council'),
                children: inspection.councilName ?? t('workspaceFiles.confirm.noCouncil'),
              },
              {
                key: 'organisations',
                label: t('workspaceFiles.confirm.organisations'),
                children: orUnknown(inspection.organisations),
              },
              {
                key: 'sittings',
                label: t('workspaceFiles.confirm.sittings'),
                children: orUnknown(inspection.sittings),
              },
              {
                key: 'last',
                label: t('workspaceFiles.confirm.lastChange'),
                children: inspection.lastChangeAt
                  ? format.dateTime(inspection.lastChangeAt)
                  : t('workspaceFiles.confirm.noChanges'),
              },
              {
                key: 'version',
                label: t('workspaceFiles.confirm.version'),
                children: t('workspaceFiles.confirm.versionValue', versions),
              },
              {
                key: 'size',
                label: t('workspaceFiles.confirm.size'),
                children: format.size(inspection.sizeBytes),
              },
            ]}
          />
          <Alert
            className="kenes-gap-top"
            type={verdict === 'newer' ? 'warning' : 'info'}
            showIcon
            title={t(`workspaceFiles.confirm.${verdict}`, versions)}
          />
        </>
      )}
    </Modal>
  );
};
