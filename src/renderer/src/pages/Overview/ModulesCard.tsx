import { Button, Card, Statistic, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { moduleCatalogue } from '../../../../shared/reference';
import { useLabels } from '../../lib/labels';
import { CardTitle } from './CardTitle';

/** The guide's modules nobody leads yet (issue 4's coverage), for the council to assign. */
export const ModulesCard = ({ withoutLead }: { withoutLead: string[] }) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const missing = new Set(withoutLead);
  const modules = moduleCatalogue.filter((m) => missing.has(m.id));
  return (
    <Card
      title={<CardTitle icon={<ApartmentOutlined />}>{t('dashboard.modules.title')}</CardTitle>}
      actions={[
        <Button key="open" type="link" onClick={() => void navigate('/modules')}>
          {t('dashboard.modules.open')}
        </Button>,
      ]}
      className="kenes-overview-card"
    >
      <Statistic
        value={modules.length}
        suffix={
          <span className="kenes-overview-suffix">
            {t('dashboard.modules.ofTotal', { total: moduleCatalogue.length })}
          </span>
        }
        className={modules.length > 0 ? 'kenes-overview-stat kenes-overview-warn' : 'kenes-overview-stat'}
      />
      {modules.length === 0 ? (
        <Typography.Paragraph type="secondary" className="kenes-overview-note">
          {t('dashboard.modules.none')}
        </Typography.Paragraph>
      ) : (
        <ul className="kenes-overview-list kenes-overview-compact" aria-label={t('dashboard.modules.title')}>
          {modules.map((m) => {
            const name = t('dashboard.modules.name', { n: m.number, name: labels.text(m.name) });
            return (
              <li key={m.id}>
                <Typography.Text ellipsis={{ tooltip: name }}>{name}</Typography.Text>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
};
