import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionListItem, SessionPeriod, SessionYear } from '../../../../shared/model';
import { useFormat } from '../../lib/format';
import { SessionStatusChip } from './SessionStatusChip';
import { timeOf, usePlaceText, useSittingTitle } from './sittingText';

interface Props {
  period: SessionPeriod;
  cadence: SessionYear['cadence'];
  today: string;
  onPlan: (period: SessionPeriod) => void;
}

export const usePeriodName = () => {
  const { t } = useTranslation();
  return (cadence: SessionYear['cadence'], n: number): string => t(`sessions.period.${cadence}`, { n });
};

const SittingRow = ({ session }: { session: SessionListItem }) => {
  const { t } = useTranslation();
  const title = useSittingTitle();
  const placeText = usePlaceText();
  const time = timeOf(session.startsAt);
  return (
    <li className="kenes-sitting-row">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <div>
          <Link to={`/sessions/${session.id}`} className="kenes-sitting-link">
            {title(session)}
            {time ? `, ${time}` : ''}
          </Link>
          <Typography.Text type="secondary" className="kenes-block-line">
            {placeText(session)}
          </Typography.Text>
          <Typography.Text type="secondary" className="kenes-block-line kenes-cell-small">
            {t('sessions.agendaCount', { count: session.agendaItemCount })}
            {session.decisionCount > 0
              ? ` · ${t('sessions.decisionCount', { count: session.decisionCount })}`
              : ''}
          </Typography.Text>
        </div>
        <SessionStatusChip status={session.status} />
      </Flex>
    </li>
  );
};

/**
 * One period of the council's cadence with its sittings. A period without one is
 * flagged loudly: the guide's councils sit every quarter, and a missed one shows in
 * the annual report.
 */
export const PeriodCard = ({ period, cadence, today, onPlan }: Props) => {
  const { t } = useTranslation();
  const format = useFormat();
  const periodName = usePeriodName();
  const name = periodName(cadence, period.period);
  const current = today >= period.from && today <= period.to;
  const past = today > period.to;
  return (
    <Card
      size="small"
      role="region"
      aria-label={name}
      className={current ? 'kenes-period kenes-period-current' : 'kenes-period'}
      title={
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={2} className="kenes-card-title">
            {name}
          </Typography.Title>
          {current ? <Tag color="blue">{t('sessions.current')}</Tag> : null}
        </Flex>
      }
      extra={
        <Typography.Text type="secondary" className="kenes-nowrap">
          {t('sessions.periodRange', { from: format.date(period.from), to: format.date(period.to) })}
        </Typography.Text>
      }
    >
      {period.noSessionPlanned ? (
        <Alert
          type={past ? 'error' : 'warning'}
          showIcon
          title={past ? t('sessions.noSessionPlannedPast') : t('sessions.noSessionPlanned')}
          description={past ? undefined : t('sessions.noSessionHelp')}
        />
      ) : (
        <ul className="kenes-sitting-list" aria-label={t('sessions.sittingsLabel')}>
          {period.sessions.map((s) => (
            <SittingRow key={s.id} session={s} />
          ))}
        </ul>
      )}
      <Button
        type={period.noSessionPlanned && current ? 'primary' : 'default'}
        icon={<PlusOutlined />}
        className="kenes-gap-top"
        onClick={() => onPlan(period)}
        aria-label={`${t('sessions.plan')}: ${name}`}
      >
        {t('sessions.plan')}
      </Button>
    </Card>
  );
};
