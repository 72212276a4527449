import { Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { CheckSquareOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { CardTitle } from './CardTitle';
import type { CouncilOverview } from '../../../../shared/api/overview';

/** Decisions still to be carried out, the overdue ones named: the secretary chases these. */
export const DecisionsCard = ({ decisions }: { decisions: CouncilOverview['decisions'] }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const openList = () => void navigate('/sessions/decisions');

  return (
    <Card
      title={<CardTitle icon={<CheckSquareOutlined />}>{t('dashboard.decisions.title')}</CardTitle>}
      actions={
        decisions.open > 0
          ? [
              <Button key="all" type="link" onClick={openList}>
                {t('dashboard.decisions.all')}
              </Button>,
            ]
          : undefined
      }
      className="kenes-overview-card"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Statistic
            title={t('dashboard.decisions.open')}
            value={decisions.open}
            className="kenes-overview-stat"
          />
        </Col>
        <Col span={12}>
          <Statistic
            title={t('dashboard.decisions.overdue')}
            value={decisions.overdue}
            className={
              decisions.overdue > 0 ? 'kenes-overview-stat kenes-overview-alarm' : 'kenes-overview-stat'
            }
          />
        </Col>
      </Row>
      {decisions.open === 0 ? (
        <Typography.Paragraph type="secondary" className="kenes-overview-note">
          {t('dashboard.decisions.none')}
        </Typography.Paragraph>
      ) : decisions.overdue === 0 ? (
        <Typography.Paragraph type="secondary" className="kenes-overview-note">
          {t('dashboard.decisions.noOverdue')}
        </Typography.Paragraph>
      ) : (
        <ul className="kenes-overview-list" aria-label={t('dashboard.decisions.overdueList')}>
          {decisions.topOverdue.map((d) => (
            <li key={d.id}>
              <Flex gap={8} align="baseline">
                <Typography.Text strong className="kenes-overview-number">
                  {d.number}
                </Typography.Text>
                <div className="kenes-overview-grow">
                  <Typography.Paragraph
                    ellipsis={{ rows: 2, tooltip: d.text }}
                    className="kenes-overview-text"
                  >
                    {d.text}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" className="kenes-overview-meta">
                    <Typography.Text type="danger">
                      {t('dashboard.decisions.due', { date: format.date(d.deadline) })}
                    </Typography.Text>
                    {' · '}
                    {t('dashboard.decisions.sitting', {
                      number: d.sessionNumber,
                      date: format.date(d.sessionDate),
                    })}
                  </Typography.Text>
                </div>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
};
