import { Button, Card, Flex, Statistic, Tag, Typography } from 'antd';
import { FileProtectOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { StatusChip } from '../Agreements/StatusChip';
import { CardTitle } from './CardTitle';
import type { CouncilOverview, OverviewAgreement } from '../../../../shared/api/overview';

const AgreementRow = ({ agreement }: { agreement: OverviewAgreement }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const days = agreement.daysToExpiry ?? 0;
  const name = [agreement.number && `№ ${agreement.number}`, agreement.title].filter(Boolean).join(' ');
  const left =
    days > 0
      ? t('dashboard.agreements.daysLeft', { count: days })
      : days === 0
        ? t('dashboard.agreements.endsToday')
        : t('dashboard.agreements.expiredAgo', { count: -days });
  return (
    <li>
      <Flex justify="space-between" align="baseline" gap={8}>
        <div className="kenes-overview-grow">
          <Button
            type="link"
            className="kenes-link-button kenes-overview-wrap"
            title={name}
            onClick={() => void navigate(`/agreements/${agreement.id}`)}
          >
            {name || t('dashboard.agreements.untitled')}
          </Button>
          <Typography.Text type="secondary" className="kenes-overview-meta" ellipsis>
            {[format.date(agreement.termEnd), agreement.parties.join(', ')].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
        {agreement.status === 'expired' ? (
          <StatusChip status="expired" />
        ) : (
          <Tag color={days <= 7 ? 'red' : 'orange'} className="kenes-overview-days">
            {left}
          </Tag>
        )}
      </Flex>
      {agreement.status === 'expired' ? (
        <Typography.Text type="danger" className="kenes-overview-meta">
          {left}
        </Typography.Text>
      ) : null}
    </li>
  );
};

/** Agreements in their notice period, soonest first, and those that ran out lately. */
export const AgreementsCard = ({ agreements }: { agreements: CouncilOverview['agreements'] }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { expiring, recentlyExpired } = agreements;
  return (
    <Card
      title={<CardTitle icon={<FileProtectOutlined />}>{t('dashboard.agreements.title')}</CardTitle>}
      actions={[
        <Button key="all" type="link" onClick={() => void navigate('/agreements')}>
          {t('dashboard.agreements.all')}
        </Button>,
      ]}
      className="kenes-overview-card"
    >
      <Statistic
        title={t('dashboard.agreements.expiring')}
        value={expiring.length}
        className={expiring.length > 0 ? 'kenes-overview-stat kenes-overview-warn' : 'kenes-overview-stat'}
      />
      {expiring.length === 0 && recentlyExpired.length === 0 ? (
        <Typography.Paragraph type="secondary" className="kenes-overview-note">
          {t('dashboard.agreements.none')}
        </Typography.Paragraph>
      ) : (
        <ul className="kenes-overview-list" aria-label={t('dashboard.agreements.title')}>
          {[...expiring, ...recentlyExpired].map((a) => (
            <AgreementRow key={a.id} agreement={a} />
          ))}
        </ul>
      )}
    </Card>
  );
};
