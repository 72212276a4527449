import { Alert, Button, Card, Flex, Statistic, Tag, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { CardTitle } from './CardTitle';
import type { CouncilOverview, OverviewSession } from '../../../../shared/api/overview';

const SESSION_COLOUR: Record<OverviewSession['status'], string> = {
  planned: 'blue',
  held: 'gold',
  minutes_drafted: 'purple',
  approved: 'green',
};

/** "Today", "Tomorrow" or the number of days, big enough to read from the back of the room. */
const Countdown = ({ days }: { days: number }) => {
  const { t } = useTranslation();
  const title = t('dashboard.next.countdown');
  if (days === 0)
    return <Statistic title={title} value={t('dashboard.next.today')} className="kenes-countdown" />;
  if (days === 1)
    return <Statistic title={title} value={t('dashboard.next.tomorrow')} className="kenes-countdown" />;
  return (
    <Statistic
      title={title}
      value={days}
      suffix={t('dashboard.next.days', { count: days })}
      className="kenes-countdown"
    />
  );
};

/** The next sitting with its countdown, or the invitation to plan one; and the cadence warning. */
export const NextSessionCard = ({ overview }: { overview: CouncilOverview }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const next = overview.nextSession;
  const period = overview.currentPeriod;
  const place = next
    ? [next.place, next.onlinePlatform ? t('dashboard.next.online', { platform: next.onlinePlatform }) : '']
        .filter(Boolean)
        .join(' · ')
    : '';

  return (
    <Card
      title={<CardTitle icon={<CalendarOutlined />}>{t('dashboard.next.title')}</CardTitle>}
      className="kenes-overview-card"
    >
      {next ? (
        <Flex vertical gap={12}>
          <Countdown days={next.daysUntil} />
          <div>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong className="kenes-overview-lead">
                {t('dashboard.next.sitting', { number: next.number })}
              </Typography.Text>
              <Tag color={SESSION_COLOUR[next.status]}>{t(`dashboard.next.status.${next.status}`)}</Tag>
            </Flex>
            <Typography.Text className="kenes-overview-when">
              {[format.date(next.date), next.time].filter(Boolean).join(', ')}
            </Typography.Text>
            <Typography.Paragraph type="secondary" className="kenes-overview-place">
              {place || t('dashboard.next.noPlace')}
            </Typography.Paragraph>
          </div>
          <div>
            <Button type="primary" onClick={() => void navigate(`/sessions/${next.id}`)}>
              {t('dashboard.next.open')}
            </Button>
          </div>
        </Flex>
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text strong className="kenes-overview-lead">
            {t('dashboard.next.none')}
          </Typography.Text>
          <Typography.Text type="secondary">{t('dashboard.next.noneHelp')}</Typography.Text>
          <Button type="primary" onClick={() => void navigate('/sessions')}>
            {t('dashboard.next.plan')}
          </Button>
        </Flex>
      )}
      {period.noSessionPlanned ? (
        <Alert
          type="warning"
          showIcon
          className="kenes-overview-alert"
          message={t(`dashboard.next.periodEmpty.${period.cadence}`, {
            n: period.period,
            year: period.year,
            from: format.date(period.from),
            to: format.date(period.to),
          })}
        />
      ) : null}
    </Card>
  );
};
