import { useEffect, useState } from 'react';
import { App, Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Organisation, OrganisationListItem } from '../../../../shared/model';
import { PageHeader } from '../../components/PageHeader';
import { useKenesStore, selectRegistryActions, selectDataChanged, hasActiveFilters } from '../../store';
import { describeApiError } from '../../lib/errors';
import { FilterBar } from './FilterBar';
import { OrganisationTable } from './OrganisationTable';
import { OrganisationFormDrawer, type OrganisationFormTarget } from './OrganisationFormDrawer';
import { OrganisationDetailDrawer } from './OrganisationDetailDrawer';
import { useOrganisationActions } from './useOrganisationActions';
import { useRegistryData } from './useRegistryData';

const SEARCH_DELAY_MS = 300;

/** The registry of the council's organisations: filter, sort, page, open, create, edit, archive. */
export const OrganisationsPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { view, list, facets, groups } = useRegistryData();
  const { setFilters, clearFilters, setPage, setSort } = useKenesStore(useShallow(selectRegistryActions));
  const dataChanged = useKenesStore(selectDataChanged);
  const { archive, restore } = useOrganisationActions();
  const [searchText, setSearchText] = useState(view.filters.search);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<OrganisationFormTarget | null>(null);

  // The search box answers as one types, but the list is asked only once typing pauses.
  useEffect(() => {
    if (searchText === view.filters.search) return;
    const timer = setTimeout(() => setFilters({ search: searchText }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, view.filters.search, setFilters]);

  const clearAll = () => {
    setSearchText('');
    clearFilters();
  };

  const total = list.data?.total;
  const registryEmpty = facets.data !== undefined && facets.data.active + facets.data.archived === 0;
  const filtered = hasActiveFilters(view.filters) || searchText.trim() !== '';

  const onSaved = (saved: Organisation, mode: 'create' | 'edit') => {
    setFormTarget(null);
    void message.success(
      t(mode === 'create' ? 'registry.createdDone' : 'registry.updatedDone', { name: saved.nameKk }),
    );
    dataChanged();
  };

  const emptyState = registryEmpty ? (
    <Empty description={false} className="kenes-registry-empty">
      <Typography.Title level={2} className="kenes-empty-title">
        {t('registry.emptyTitle')}
      </Typography.Title>
      <Typography.Paragraph className="kenes-empty-text">{t('registry.emptyBody')}</Typography.Paragraph>
      <Button type="primary" onClick={() => setFormTarget({ mode: 'create' })}>
        {t('registry.addFirst')}
      </Button>
      <Typography.Paragraph type="secondary" className="kenes-empty-text kenes-gap-top">
        {t('registry.emptyAkmola')}
      </Typography.Paragraph>
    </Empty>
  ) : (
    <Empty description={false}>
      <Typography.Title level={2} className="kenes-empty-title">
        {t('registry.noMatchTitle')}
      </Typography.Title>
      <Typography.Paragraph className="kenes-empty-text">{t('registry.noMatchBody')}</Typography.Paragraph>
      {filtered ? <Button onClick={clearAll}>{t('registry.clearFilters')}</Button> : null}
    </Empty>
  );

  const resultCount = (
    <span role="status" aria-live="polite" className="kenes-result-count">
      {total === undefined ? '' : t('registry.count', { count: total })}
    </span>
  );

  return (
    <>
      <PageHeader
        title={t('registry.title')}
        subtitle={t('registry.subtitle')}
        extra={
          <>
            <Button href="#/import">{t('importWizard.open')}</Button>
            <Button type="primary" onClick={() => setFormTarget({ mode: 'create' })}>
              {t('registry.add')}
            </Button>
          </>
        }
      />
      {list.error && !list.data ? (
        <Typography.Paragraph type="danger" role="alert">
          {describeApiError(list.error)}
        </Typography.Paragraph>
      ) : null}
      <FilterBar
        filters={view.filters}
        searchText={searchText}
        onSearchText={setSearchText}
        onChange={setFilters}
        onClear={clearAll}
        canClear={filtered}
        facets={facets.data}
        groups={groups.data}
        resultCount={resultCount}
      />
      <OrganisationTable
        view={view}
        page={list.data}
        loading={list.loading}
        groups={groups.data}
        empty={emptyState}
        onOpen={(o: OrganisationListItem) => setDetailId(o.id)}
        onEdit={(o) => setFormTarget({ mode: 'edit', organisation: o })}
        onArchive={(o) => void archive(o)}
        onRestore={(o) => void restore(o)}
        onPage={setPage}
        onSort={setSort}
      />
      {detailId ? (
        <OrganisationDetailDrawer
          organisationId={detailId}
          groups={groups.data}
          onClose={() => setDetailId(null)}
          onEdit={(o) => setFormTarget({ mode: 'edit', organisation: o })}
          onArchive={(o) => void archive(o)}
          onRestore={(o) => void restore(o)}
        />
      ) : null}
      {formTarget ? (
        <OrganisationFormDrawer
          key={formTarget.mode === 'edit' ? formTarget.organisation.id : 'new'}
          target={formTarget}
          facets={facets.data}
          groups={groups.data}
          onClose={() => setFormTarget(null)}
          onSaved={onSaved}
        />
      ) : null}
    </>
  );
};
