import { useState } from 'react';
import { App, Button, Select, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OverdueSummary } from '../../components/OverdueSummary';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../../api/client';
import { trackedStatuses, type TrackedStatus } from '../../../../shared/domain/enums';
import type { ObligationListItem } from '../../../../shared/model';
import { LabelledTable } from '../../components/LabelledTable';
import { PageHeader } from '../../components/PageHeader';
import { describeApiError, describeFailure } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useLabels } from '../../lib/labels';
import { useApiQuery } from '../../lib/useApiQuery';
import { useKenesStore, selectDataChanged } from '../../store';
import { ExportButtons } from './ExportButtons';
import { useAgreementFilters } from './filterStore';
import { ObligationFilterBar } from './ObligationFilterBar';
import './agreements.css';

/** Every obligation of the current agreements, overdue ones first, with their status changed in place. */
export const ObligationsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const labels = useLabels();
  const format = useFormat();
  const dataChanged = useKenesStore(selectDataChanged);
  const { filters, setFilters } = useAgreementFilters(
    useShallow((s) => ({ filters: s.obligations, setFilters: s.setObligations })),
  );
  const [changing, setChanging] = useState<string | null>(null);
  const input = {
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.overdueOnly ? { overdueOnly: true } : {}),
  };
  const list = useApiQuery(`agreements:obligations:${JSON.stringify(input)}`, () =>
    api.agreements.obligations(input),
  );
  const items = list.data ?? [];

  const changeStatus = async (o: ObligationListItem, status: TrackedStatus) => {
    setChanging(o.id);
    try {
      await api.agreements.updateObligation({ id: o.id, patch: { status } });
      void message.success(t('agreements.obligations.statusSaved'));
      dataChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setChanging(null);
    }
  };

  const columns: TableProps<ObligationListItem>['columns'] = [
    {
      key: 'description',
      title: t('agreements.field.obligation'),
      width: 320,
      render: (_, o) => (
        <>
          <span className="kenes-pre-line">{o.description}</span>
          {o.overdue ? (
            <Typography.Text type="danger" strong className="kenes-cell-small kenes-block-line">
              {t('agreements.obligations.overdueTag')}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'responsible',
      title: t('agreements.field.responsible'),
      width: 160,
      render: (_, o) =>
        o.shortName ||
        labels.organisationName({ nameKk: o.organisationNameKk, nameRu: o.organisationNameRu }),
    },
    {
      key: 'dueOn',
      title: t('agreements.field.dueOn'),
      width: 110,
      render: (_, o) => format.date(o.dueOn) || t('common.notSet'),
    },
    {
      key: 'status',
      title: t('agreements.field.obligationStatus'),
      width: 160,
      render: (_, o) => (
        <Select<TrackedStatus>
          value={o.status}
          loading={changing === o.id}
          disabled={changing === o.id}
          className="kenes-full-width"
          aria-label={t('agreements.obligations.statusOf', { description: o.description.slice(0, 60) })}
          options={trackedStatuses.map((s) => ({ value: s, label: t(`agreements.obligationStatus.${s}`) }))}
          onChange={(status) => void changeStatus(o, status)}
        />
      ),
    },
    {
      key: 'agreement',
      title: t('agreements.obligations.agreement'),
      width: 250,
      render: (_, o) => (
        <Button
          type="link"
          className="kenes-org-name"
          onClick={() => void navigate(`/agreements/${o.agreementId}`)}
        >
          {[o.agreementNumber ? `№ ${o.agreementNumber}` : '', o.agreementTitle].filter(Boolean).join(' · ')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('agreements.obligations.title')}
        subtitle={t('agreements.obligations.subtitle')}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/agreements')}>
              {t('agreements.obligations.backToRegistry')}
            </Button>
            <ExportButtons table="obligations" />
          </>
        }
      />
      {list.error && !list.data ? (
        <Typography.Paragraph type="danger" role="alert">
          {describeApiError(list.error)}
        </Typography.Paragraph>
      ) : null}
      {list.data ? (
        <OverdueSummary
          items={items}
          overdueText={(count, total) => t('agreements.obligations.overdueSummary', { count, total })}
          noneText={(count) => t('agreements.obligations.noneOverdue', { count })}
        />
      ) : null}
      <ObligationFilterBar filters={filters} onChange={setFilters} />
      <LabelledTable<ObligationListItem>
        label={t('agreements.obligations.tableLabel')}
        className="kenes-table-card"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={list.loading}
        tableLayout="fixed"
        scroll={{ x: 1000 }}
        rowClassName={(o) => (o.overdue ? 'kenes-row-overdue' : '')}
        locale={{ emptyText: t('agreements.obligations.empty') }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
      />
    </>
  );
};
