import { Alert, Button, Col, Row, Skeleton } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { describeApiError } from '../../lib/errors';
import { useApiQuery } from '../../lib/useApiQuery';
import { useKenesStore, selectRegistryActions, emptyFilters, type RegistryFilters } from '../../store';
import { AgreementsCard } from './AgreementsCard';
import { BlocksCard } from './BlocksCard';
import { CouncilCard } from './CouncilCard';
import { DecisionsCard } from './DecisionsCard';
import { ModulesCard } from './ModulesCard';
import { NextSessionCard } from './NextSessionCard';
import { RecentChangesCard } from './RecentChangesCard';
import { TypesCard } from './TypesCard';
import './overview.css';

/**
 * The council secretary's first screen: what comes next, what is late, what the council
 * still lacks and what changed. Urgent things first, so a 1366×768 laptop shows them
 * without scrolling; the reference picture (types, blocks, profile) below.
 */
export const OverviewPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { setFilters } = useKenesStore(useShallow(selectRegistryActions));
  const overview = useApiQuery('overview:get', () => api.overview.get({}));

  const showInRegistry = (patch: Partial<RegistryFilters>) => {
    setFilters({ ...emptyFilters, ...patch });
    void navigate('/organisations');
  };

  const o = overview.data;
  return (
    <div className="kenes-overview">
      <PageHeader
        title={t('overview.title')}
        subtitle={t('dashboard.subtitle')}
        extra={<Button onClick={() => void navigate('/organisations')}>{t('common.openRegistry')}</Button>}
      />
      {overview.error ? (
        <Alert type="error" showIcon className="kenes-gap" message={describeApiError(overview.error)} />
      ) : null}
      {o ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12} xl={8}>
            <NextSessionCard overview={o} />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DecisionsCard decisions={o.decisions} />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <AgreementsCard agreements={o.agreements} />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <ModulesCard withoutLead={o.modulesWithoutLead} />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <TypesCard overview={o} showInRegistry={showInRegistry} />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <RecentChangesCard changes={o.recentChanges} now={o.now} />
          </Col>
          <Col xs={24} xl={16}>
            <BlocksCard showInRegistry={showInRegistry} />
          </Col>
          <Col xs={24} xl={8}>
            <CouncilCard />
          </Col>
        </Row>
      ) : overview.error ? null : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </div>
  );
};
