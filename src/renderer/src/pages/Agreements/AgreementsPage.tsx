import { useEffect, useState } from 'react';
import { Button, Empty, Typography } from 'antd';
import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { agreementKinds, type AgreementKind } from '../../../../shared/domain/enums';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { describeApiError } from '../../lib/errors';
import { useApiQuery } from '../../lib/useApiQuery';
import { AgreementFilterBar } from './AgreementFilterBar';
import { AgreementTable } from './AgreementTable';
import { AgreementDrawer } from './AgreementDrawer';
import { ExportButtons } from './ExportButtons';
import { hasAgreementFilters, listInputOf, useAgreementFilters } from './filterStore';
import './agreements.css';

const SEARCH_DELAY_MS = 300;

/**
 * The agreements registry. `/agreements/:agreementId` opens that agreement's editor over
 * the registry: rows link there, and so does the network when an agreement's link is clicked.
 */
export const AgreementsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { agreementId } = useParams();
  const { filters, setFilters, clearFilters } = useAgreementFilters(
    useShallow((s) => ({
      filters: s.agreements,
      setFilters: s.setAgreements,
      clearFilters: s.clearAgreements,
    })),
  );
  const [searchText, setSearchText] = useState(filters.search);
  // `?new=cluster_regulation` (from the council profile's checklist) opens a new agreement of that kind.
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get('new');
  const askedKind = agreementKinds.find((k) => k === asked);
  const [creating, setCreating] = useState<AgreementKind | null>(askedKind ?? null);
  useEffect(() => {
    if (asked !== null) setSearchParams({}, { replace: true });
  }, [asked, setSearchParams]);
  const input = listInputOf(filters);
  const list = useApiQuery(`agreements:list:${JSON.stringify(input)}`, () => api.agreements.list(input));

  useEffect(() => {
    if (searchText === filters.search) return;
    const timer = setTimeout(() => setFilters({ search: searchText }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, filters.search, setFilters]);

  const clearAll = () => {
    setSearchText('');
    clearFilters();
  };
  const filtered = hasAgreementFilters(filters) || searchText.trim() !== '';
  const count = list.data?.length;

  const empty = (
    <Empty description={false}>
      <Typography.Title level={2} className="kenes-empty-title">
        {filtered ? t('agreements.noMatchTitle') : t('agreements.emptyTitle')}
      </Typography.Title>
      <Typography.Paragraph className="kenes-empty-text">
        {filtered ? t('agreements.noMatchBody') : t('agreements.emptyBody')}
      </Typography.Paragraph>
      {filtered ? (
        <Button onClick={clearAll}>{t('agreements.filters.clear')}</Button>
      ) : (
        <Button type="primary" onClick={() => setCreating('cooperation')}>
          {t('agreements.add')}
        </Button>
      )}
    </Empty>
  );

  const closeDrawer = () => {
    setCreating(null);
    if (agreementId) void navigate('/agreements');
  };

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        extra={
          <>
            <Button icon={<UnorderedListOutlined />} onClick={() => void navigate('/agreements/obligations')}>
              {t('agreements.obligationsLink')}
            </Button>
            <ExportButtons table="agreements" agreementFilters={input} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating('cooperation')}>
              {t('agreements.add')}
            </Button>
          </>
        }
      />
      {list.error && !list.data ? (
        <Typography.Paragraph type="danger" role="alert">
          {describeApiError(list.error)}
        </Typography.Paragraph>
      ) : null}
      <AgreementFilterBar
        filters={filters}
        searchText={searchText}
        onSearchText={setSearchText}
        onChange={setFilters}
        onClear={clearAll}
        canClear={filtered}
        resultCount={
          <span role="status" aria-live="polite" className="kenes-result-count">
            {count === undefined ? '' : t('agreements.count', { count })}
          </span>
        }
      />
      <AgreementTable
        items={list.data}
        loading={list.loading}
        empty={empty}
        onOpen={(a) => void navigate(`/agreements/${a.id}`)}
      />
      {creating || agreementId ? (
        <AgreementDrawer
          key={creating ? `new:${creating}` : agreementId}
          agreementId={creating ? null : (agreementId ?? null)}
          newKind={creating ?? undefined}
          onClose={closeDrawer}
          onCreated={(id) => {
            setCreating(null);
            void navigate(`/agreements/${id}`);
          }}
          onOpenVersion={(id) => void navigate(`/agreements/${id}`)}
        />
      ) : null}
    </>
  );
};
