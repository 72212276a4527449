import { Button, Card, Empty, Flex, Statistic, Typography } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../lib/labels';
import { CardTitle } from './CardTitle';
import type { CouncilOverview, OverviewTypeCount } from '../../../../shared/api/overview';
import type { RegistryFilters } from '../../store';

/**
 * Organisations by type as a bar list: Figure 13's blocks first with the scheme's labels,
 * so the secretary can hold it against the figure; a click opens the registry filtered.
 */
export const TypesCard = ({
  overview,
  showInRegistry,
}: {
  overview: CouncilOverview;
  showInRegistry: (patch: Partial<RegistryFilters>) => void;
}) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const rows = overview.organisationTypes;
  const widest = Math.max(1, ...rows.map((r) => r.count));

  const nameOf = (row: OverviewTypeCount): string =>
    row.figure13Label ?? (labels.typeAbbreviation(row.typeCode) || labels.typeLabel(row.typeCode));
  const detailOf = (row: OverviewTypeCount): string => {
    const name = labels.typeName(row.typeCode);
    const capitalised = name.charAt(0).toLocaleUpperCase(labels.lang) + name.slice(1);
    return row.level ? `${capitalised} · ${t(`level.${row.level}`)}` : capitalised;
  };

  return (
    <Card
      title={<CardTitle icon={<BarChartOutlined />}>{t('dashboard.types.title')}</CardTitle>}
      className="kenes-overview-card"
    >
      <Statistic
        title={t('dashboard.types.total')}
        value={overview.organisationTotal}
        className="kenes-overview-stat"
      />
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.types.none')}>
          <Button onClick={() => void navigate('/organisations')}>{t('common.openRegistry')}</Button>
        </Empty>
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="kenes-overview-note">
            {t('dashboard.types.hint')}
          </Typography.Paragraph>
          <ul className="kenes-overview-bars" aria-label={t('dashboard.types.title')}>
            {rows.map((row) => {
              const name = nameOf(row);
              const detail = detailOf(row);
              return (
                <li key={`${row.typeCode}|${row.level ?? ''}`}>
                  <Button
                    type="text"
                    block
                    className="kenes-overview-bar"
                    aria-label={t('overview.showInRegistry', { name: `${name} — ${detail}` })}
                    title={detail}
                    onClick={() =>
                      showInRegistry({ typeCodes: [row.typeCode], levels: row.level ? [row.level] : [] })
                    }
                  >
                    <Flex align="baseline" gap={8} className="kenes-overview-bar-row">
                      <span className="kenes-overview-bar-name">{name}</span>
                      <span className="kenes-overview-bar-detail">{detail}</span>
                      <span className="kenes-count kenes-overview-bar-count">{row.count}</span>
                    </Flex>
                    <span className="kenes-overview-bar-track" aria-hidden>
                      <span
                        className="kenes-overview-bar-fill"
                        style={{ width: `${(row.count / widest) * 100}%` }}
                      />
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
};
