import { Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../lib/useApiQuery';
import { useLabels } from '../../lib/labels';
import { councilNameIn } from '../../shell/useCouncilName';
import { CardTitle } from './CardTitle';

/** Who the council is and how its registry splits into members, partners and the archive. */
export const CouncilCard = () => {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const council = useApiQuery('council', () => api.council.get({}));
  const facets = useApiQuery('organisations:facets', () => api.organisations.facets({}));
  const members = useApiQuery('overview:members', () =>
    api.organisations.list({ memberships: ['member'], pageSize: 1 }),
  );
  const partners = useApiQuery('overview:partners', () =>
    api.organisations.list({ memberships: ['partner'], pageSize: 1 }),
  );
  const profile = council.data;

  return (
    <Card
      title={<CardTitle>{t('overview.editProfile')}</CardTitle>}
      extra={
        <Button type="link" className="kenes-link-button" onClick={() => void navigate('/settings/council')}>
          {t('common.edit')}
        </Button>
      }
      className="kenes-overview-card"
    >
      {profile ? (
        <>
          <Typography.Paragraph strong className="kenes-overview-council">
            {councilNameIn(profile, labels.lang)}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            layout="vertical"
            column={1}
            items={[
              ...(profile.region
                ? [{ key: 'region', label: t('council.region'), children: profile.region }]
                : []),
              ...(profile.parentBody
                ? [{ key: 'parent', label: t('council.parentBody'), children: profile.parentBody }]
                : []),
              ...(profile.yearFounded
                ? [{ key: 'year', label: t('council.yearFounded'), children: String(profile.yearFounded) }]
                : []),
            ]}
          />
        </>
      ) : (
        <Skeleton active paragraph={{ rows: 2 }} />
      )}
      <ul className="kenes-overview-list kenes-overview-compact">
        {[
          { key: 'members', label: t('overview.members'), value: members.data?.total },
          { key: 'partners', label: t('overview.partners'), value: partners.data?.total },
          { key: 'archived', label: t('overview.archived'), value: facets.data?.archived },
        ].map((row) => (
          <li key={row.key}>
            <Flex justify="space-between" gap={12}>
              <span>{row.label}</span>
              <span className="kenes-count">{row.value ?? '—'}</span>
            </Flex>
          </li>
        ))}
      </ul>
    </Card>
  );
};
