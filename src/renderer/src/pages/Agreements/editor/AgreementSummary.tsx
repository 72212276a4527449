import { Alert, Button, Descriptions, Flex, Tooltip } from 'antd';
import { CopyOutlined, InboxOutlined, ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../../shared/model';
import { useFormat } from '../../../lib/format';
import { StatusChip } from '../StatusChip';
import { DaysToExpiry, Validity } from '../TermText';
import { DraftButton } from '../print/DraftButton';
import { PrintPreview } from '../print/PrintPreview';
import { TerminateButton } from './TerminateButton';
import { useAgreementActions } from './useAgreementActions';

interface Props {
  detail: AgreementDetail;
  /** Unsaved edits: versions and termination copy the saved record, so they wait for Save. */
  dirty: boolean;
  onOpenVersion: (id: string) => void;
}

/** The computed status with its dates, and what can be done to the saved agreement. */
export const AgreementSummary = ({ detail, dirty, onOpenVersion }: Props) => {
  const { t } = useTranslation();
  const format = useFormat();
  const actions = useAgreementActions(detail, onOpenVersion);
  const closed =
    detail.status === 'terminated' || detail.supersededById !== null || detail.archivedAt !== null;
  const busy = actions.working !== null;
  const needsSave = dirty ? t('agreements.actions.saveFirst') : undefined;

  return (
    <section aria-label={t('agreements.summary.label')} className="kenes-agreement-summary">
      {detail.supersededById ? (
        <Alert
          type="info"
          showIcon
          className="kenes-gap"
          title={t('agreements.summary.superseded')}
          action={
            <Button size="small" onClick={() => onOpenVersion(detail.supersededById ?? '')}>
              {t('agreements.summary.openNewer')}
            </Button>
          }
        />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'status',
            label: t('agreements.columns.status'),
            children: <StatusChip status={detail.status} />,
          },
          {
            key: 'validity',
            label: t('agreements.columns.validity'),
            children: <Validity agreement={detail} />,
          },
          {
            key: 'days',
            label: t('agreements.columns.daysToExpiry'),
            children: <DaysToExpiry agreement={detail} />,
          },
          {
            key: 'termEnd',
            label: t('agreements.summary.termEnd'),
            children: format.date(detail.termEnd) || t('common.notSet'),
          },
          {
            key: 'noticeFrom',
            label: t('agreements.summary.noticeFrom'),
            children: format.date(detail.noticeFrom) || t('common.notSet'),
          },
          ...(detail.terminatedOn
            ? [
                {
                  key: 'terminatedOn',
                  label: t('agreements.summary.terminatedOn'),
                  children: format.date(detail.terminatedOn),
                },
              ]
            : detail.renewals > 0
              ? [
                  {
                    key: 'renewals',
                    label: t('agreements.summary.renewals'),
                    children: String(detail.renewals),
                  },
                ]
              : []),
        ]}
      />
      <Flex gap={8} wrap className="kenes-gap-top" role="toolbar" aria-label={t('agreements.actions.label')}>
        {(['kk', 'ru'] as const).map((language) => (
          <DraftButton
            key={language}
            language={language}
            working={
              actions.working === `docx-${language}`
                ? 'docx'
                : actions.working === `print-${language}`
                  ? 'print'
                  : null
            }
            previewing={actions.printJob !== null}
            disabled={dirty || busy}
            needsSave={needsSave}
            onDownload={() => void actions.draftDocx(language)}
            onPrint={() => void actions.printDraft(language)}
          />
        ))}
        {(['amendment', 'renewal'] as const).map((reason) => (
          <Tooltip key={reason} title={needsSave}>
            <Button
              icon={reason === 'amendment' ? <CopyOutlined /> : <ReloadOutlined />}
              loading={actions.working === reason}
              disabled={closed || dirty || busy}
              onClick={() => void actions.newVersion(reason)}
            >
              {t(`agreements.actions.${reason}`)}
            </Button>
          </Tooltip>
        ))}
        <TerminateButton
          title={detail.title}
          loading={actions.working === 'terminate'}
          disabled={closed || dirty || busy}
          onTerminate={actions.terminate}
        />
        {detail.archivedAt ? (
          <Button
            icon={<UndoOutlined />}
            loading={actions.working === 'restore'}
            onClick={() => void actions.restore()}
          >
            {t('common.restore')}
          </Button>
        ) : (
          <Button icon={<InboxOutlined />} disabled={busy} onClick={() => void actions.archive()}>
            {t('common.archive')}
          </Button>
        )}
      </Flex>
      <PrintPreview job={actions.printJob} onClose={actions.closePrint} />
    </section>
  );
};
