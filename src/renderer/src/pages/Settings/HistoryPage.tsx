import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { HistoryEntry } from '../../../../shared/model';
import { LabelledTable } from '../../components/LabelledTable';
import { useApiQuery } from '../../lib/useApiQuery';
import { describeApiError, describeFailure } from '../../lib/errors';
import { useLabels } from '../../lib/labels';
import { useFormat } from '../../lib/format';
import { useKenesStore, selectDataChanged } from '../../store';
import type { Names } from '../Organisations/OrganisationHistory';
import { HistoryDiff } from './HistoryDiff';
import { HistoryFilters, type HistoryFilterValue } from './HistoryFilters';
import { isRestorable, recordName, type RestorableEntity } from './historyRecord';

const PAGE_SIZE = 25;

const restoreCall = (entity: RestorableEntity, id: string): Promise<unknown> => {
  switch (entity) {
    case 'organisation':
      return api.organisations.restore({ id });
    case 'group':
      return api.groups.restore({ id });
    case 'link':
      return api.links.restore({ id });
    case 'agreement':
      return api.agreements.restore({ id });
  }
};

/** Settings › History: every change in the workspace, filterable, with before/after and restore. */
export const HistoryPage = () => {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useFormat();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [filters, setFilters] = useState<HistoryFilterValue>({});
  const [page, setPage] = useState(1);

  const input = {
    entity: filters.entity,
    actions: filters.action ? [filters.action] : undefined,
    by: filters.by,
    // Whole local calendar days: from the first day's midnight to the midnight after the last.
    from: filters.dates?.[0].startOf('day').toISOString(),
    to: filters.dates?.[1].add(1, 'day').startOf('day').toISOString(),
    page,
    pageSize: PAGE_SIZE,
  };
  const history = useApiQuery(`history:log:${JSON.stringify(input)}`, () => api.history.list(input));
  const authors = useApiQuery('history:authors', () => api.history.authors({}));
  // Names for ids inside snapshots (links, people), and which organisations are archived now.
  const organisations = useApiQuery('history:organisations', () =>
    api.organisations.list({ archived: 'all', includeHub: true, pageSize: 500 }),
  );
  const groups = useApiQuery('history:groups', () => api.groups.list({ archived: 'all' }));

  const names = useMemo<Names>(() => {
    const orgs = new Map((organisations.data?.items ?? []).map((o) => [o.id, labels.organisationName(o)]));
    const groupNames = new Map((groups.data ?? []).map((g) => [g.id, labels.groupName(g)]));
    return { organisation: (id) => orgs.get(id) ?? id, group: (id) => groupNames.get(id) ?? id };
  }, [organisations.data, groups.data, labels]);
  const archivedNow = useMemo(
    () => new Set((organisations.data?.items ?? []).filter((o) => o.archivedAt).map((o) => o.id)),
    [organisations.data],
  );

  const nameOf = (entry: HistoryEntry) =>
    recordName(entry, names, (kk, ru) => labels.organisationName({ nameKk: kk, nameRu: ru })) ||
    t('historyLog.unnamedRecord');

  // Offered on the archiving entry while the record is still archived (organisations are
  // checked against the registry; for the others the service refuses a second restore).
  const canRestore = (entry: HistoryEntry) =>
    entry.action === 'archive' &&
    isRestorable(entry.entity) &&
    (entry.entity !== 'organisation' || archivedNow.has(entry.entityId));

  const restore = async (entry: HistoryEntry) => {
    if (!isRestorable(entry.entity)) return;
    try {
      await restoreCall(entry.entity, entry.entityId);
      void message.success(t('historyLog.restoredDone', { name: nameOf(entry) }));
      dataChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  return (
    <Card>
      <div className="kenes-page-heading kenes-gap">
        <Typography.Title level={2} className="kenes-card-title">
          {t('historyLog.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="kenes-page-subtitle">
          {t('historyLog.intro')}
        </Typography.Paragraph>
      </div>
      <HistoryFilters
        value={filters}
        authors={authors.data ?? []}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {history.error && !history.data ? (
        <Alert type="error" showIcon title={describeApiError(history.error)} />
      ) : (
        <LabelledTable<HistoryEntry>
          label={t('historyLog.tableLabel')}
          rowKey="id"
          size="middle"
          loading={!history.data || history.loading}
          dataSource={history.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('historyLog.empty')} /> }}
          expandable={{
            expandedRowRender: (entry) => <HistoryDiff entry={entry} names={names} />,
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: history.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (count) => t('historyLog.count', { count }),
            onChange: setPage,
          }}
          columns={[
            {
              key: 'at',
              title: t('historyLog.when'),
              width: 170,
              render: (_, entry) => <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>,
            },
            {
              key: 'by',
              title: t('historyLog.who'),
              render: (_, entry) => entry.by || t('history.unnamedUser'),
            },
            {
              key: 'what',
              title: t('historyLog.what'),
              render: (_, entry) => (
                <>
                  <Tag>{t(`history.entity.${entry.entity}`, { defaultValue: entry.entity })}</Tag>
                  {nameOf(entry)}
                </>
              ),
            },
            {
              key: 'action',
              title: t('historyLog.action'),
              render: (_, entry) => t(`history.action.${entry.action}`),
            },
            {
              key: 'restore',
              width: 150,
              render: (_, entry) =>
                canRestore(entry) ? (
                  <Button size="small" onClick={() => void restore(entry)}>
                    {t('historyLog.restore')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </Card>
  );
};
