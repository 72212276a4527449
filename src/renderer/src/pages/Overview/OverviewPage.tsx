import { Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../../api/client';
import type { GroupWithCount } from '../../../../shared/model';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../lib/useApiQuery';
import { useLabels } from '../../lib/labels';
import { useKenesStore, selectRegistryActions, emptyFilters, type RegistryFilters } from '../../store';
import { councilNameIn } from '../../shell/useCouncilName';

/** The council at a glance: who it is, how many organisations, and how they fall into the scheme's blocks. */
export const OverviewPage = () => {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const { setFilters } = useKenesStore(useShallow(selectRegistryActions));
  const council = useApiQuery('council', () => api.council.get({}));
  const facets = useApiQuery('organisations:facets', () => api.organisations.facets({}));
  const groups = useApiQuery('groups:list', () => api.groups.list({}));
  const members = useApiQuery('overview:members', () =>
    api.organisations.list({ memberships: ['member'], pageSize: 1 }),
  );
  const partners = useApiQuery('overview:partners', () =>
    api.organisations.list({ memberships: ['partner'], pageSize: 1 }),
  );

  const showInRegistry = (patch: Partial<RegistryFilters>) => {
    setFilters({ ...emptyFilters, ...patch });
    void navigate('/organisations');
  };

  const profile = council.data;
  const blocks = (groups.data ?? []).filter((g) => g.parentId === null);
  const childrenOf = (g: GroupWithCount) => (groups.data ?? []).filter((c) => c.parentId === g.id);
  const types = [...(facets.data?.typeCodes ?? [])].sort((a, b) => b.count - a.count);

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        extra={<Button onClick={() => void navigate('/organisations')}>{t('common.openRegistry')}</Button>}
      />
      <Card className="kenes-gap">
        {profile ? (
          <>
            <Typography.Title level={2} className="kenes-council-title">
              {councilNameIn(profile, labels.lang)}
            </Typography.Title>
            <Descriptions
              size="small"
              column={{ xs: 1, lg: 3 }}
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
            <Button
              type="link"
              className="kenes-link-button"
              onClick={() => void navigate('/settings/council')}
            >
              {t('overview.editProfile')}
            </Button>
          </>
        ) : (
          <Skeleton active paragraph={{ rows: 1 }} />
        )}
      </Card>

      <Row gutter={[16, 16]} className="kenes-gap">
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title={t('overview.organisations')} value={facets.data?.active ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title={t('overview.members')} value={members.data?.total ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title={t('overview.partners')} value={partners.data?.total ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title={t('overview.archived')} value={facets.data?.archived ?? '—'} />
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={<h2 className="kenes-card-title">{t('overview.byBlock')}</h2>}>
            <Typography.Paragraph type="secondary">{t('overview.byBlockHint')}</Typography.Paragraph>
            {groups.data && blocks.length === 0 ? (
              <Empty description={t('overview.noGroups')}>
                <Button onClick={() => void navigate('/settings/groups')}>{t('overview.openGroups')}</Button>
              </Empty>
            ) : null}
            <ul className="kenes-blocks">
              {blocks.map((block) => (
                <li key={block.id} className="kenes-block">
                  <Flex justify="space-between" align="center" gap={12}>
                    <Button
                      type="link"
                      className="kenes-link-button kenes-block-name"
                      aria-label={t('overview.showInRegistry', { name: labels.groupName(block) })}
                      onClick={() => showInRegistry({ groupIds: [block.id] })}
                    >
                      {labels.groupName(block)}
                    </Button>
                    <span className="kenes-count">{block.organisationCount}</span>
                  </Flex>
                  {childrenOf(block).length ? (
                    <Flex gap={8} wrap className="kenes-subblocks">
                      {childrenOf(block).map((sub) => (
                        <Button
                          key={sub.id}
                          size="small"
                          aria-label={t('overview.showInRegistry', { name: labels.groupName(sub) })}
                          onClick={() => showInRegistry({ groupIds: [sub.id] })}
                        >
                          {t('registry.groupCount', {
                            name: sub.shortName || labels.groupName(sub),
                            count: sub.organisationCount,
                          })}
                        </Button>
                      ))}
                    </Flex>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={<h2 className="kenes-card-title">{t('overview.byType')}</h2>}>
            {facets.data && types.length === 0 ? <Empty description={t('overview.noOrganisations')} /> : null}
            <ul className="kenes-type-counts">
              {types.map((type) => (
                <li key={type.code}>
                  <Flex justify="space-between" align="center" gap={12}>
                    <Button
                      type="link"
                      className="kenes-link-button kenes-type-name"
                      aria-label={t('overview.showInRegistry', { name: labels.typeLabel(type.code) })}
                      onClick={() => showInRegistry({ typeCodes: [type.code] })}
                    >
                      {labels.typeLabel(type.code)}
                    </Button>
                    <span className="kenes-count">{type.count}</span>
                  </Flex>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </>
  );
};
