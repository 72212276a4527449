import { Alert, Tag, Typography } from 'antd';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/model';

/**
 * The quorum as the attendance stands now. Before attendance is taken at a planned
 * sitting, "no quorum" would only alarm: the numbers show, the red warning waits.
 */
export const QuorumSummary = ({ session }: { session: SessionDetail }) => {
  const { t } = useTranslation();
  const { quorum } = session;
  if (quorum.members === 0) return <Alert type="info" showIcon title={t('sessions.quorum.noMembers')} />;
  const summary = t('sessions.quorum.summary', {
    present: quorum.present,
    members: quorum.members,
    needed: quorum.needed,
  });
  const taken = session.status !== 'planned' || session.attendance.some((a) => a.id !== null);
  if (quorum.reached || !taken) {
    return (
      <Typography.Paragraph className="kenes-quorum" aria-label={t('sessions.quorum.label')}>
        {quorum.reached ? (
          <Tag color="green" icon={<CheckCircleOutlined />}>
            {t('sessions.quorum.reached')}
          </Tag>
        ) : (
          <Tag>{t('sessions.quorum.label')}</Tag>
        )}
        {summary}
      </Typography.Paragraph>
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      icon={<WarningOutlined />}
      role="alert"
      title={`${t('sessions.quorum.notReached')}: ${summary}`}
      description={t('sessions.quorum.notReachedHelp')}
    />
  );
};
