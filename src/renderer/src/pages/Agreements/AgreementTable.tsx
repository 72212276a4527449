import type { ReactNode } from 'react';
import { Button, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementListItem, AgreementPartyItem } from '../../../../shared/model';
import { LabelledTable } from '../../components/LabelledTable';
import { useFormat } from '../../lib/format';
import { useLabels } from '../../lib/labels';
import { StatusChip } from './StatusChip';
import { DaysToExpiry, Validity } from './TermText';

interface Props {
  items: AgreementListItem[] | undefined;
  loading: boolean;
  empty: ReactNode;
  onOpen: (agreement: AgreementListItem) => void;
}

/** Parties beyond this many are counted, not listed: the row stays readable. */
const PARTIES_SHOWN = 4;

const byText = (a: string, b: string) => a.localeCompare(b, 'kk');
/** Agreements without an end date sort after those that have one. */
const byDays = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

export const AgreementTable = ({ items, loading, empty, onOpen }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useFormat();
  const partyName = (p: AgreementPartyItem) =>
    p.shortName || labels.organisationName({ nameKk: p.organisationNameKk, nameRu: p.organisationNameRu });

  const columns: TableProps<AgreementListItem>['columns'] = [
    {
      key: 'number',
      dataIndex: 'number',
      title: t('agreements.columns.number'),
      width: 70,
      sorter: (a, b) => byText(a.number, b.number),
    },
    {
      key: 'title',
      title: t('agreements.columns.title'),
      width: 220,
      sorter: (a, b) => byText(a.title, b.title),
      render: (_, a) => (
        <>
          <Button type="link" className="kenes-org-name" onClick={() => onOpen(a)}>
            {a.title}
          </Button>
          {a.supersededById ? <Tag>{t('agreements.earlierVersion')}</Tag> : null}
          {a.archivedAt ? <Tag className="kenes-archived-tag">{t('common.archivedTag')}</Tag> : null}
          {a.overdueObligations > 0 ? (
            <Typography.Text type="danger" className="kenes-cell-small kenes-block-line">
              {t('agreements.overdueCount', { count: a.overdueObligations })}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: 'kind',
      title: t('agreements.columns.kind'),
      width: 140,
      render: (_, a) => <span className="kenes-cell-small">{t(`agreements.kind.${a.kind}`)}</span>,
    },
    {
      key: 'parties',
      title: t('agreements.columns.parties'),
      width: 150,
      render: (_, a) => (
        <ul className="kenes-party-list">
          {a.parties.slice(0, PARTIES_SHOWN).map((p) => (
            <li key={p.id} title={p.organisationNameKk}>
              {partyName(p)}
            </li>
          ))}
          {a.parties.length > PARTIES_SHOWN ? (
            <li>{t('agreements.moreParties', { count: a.parties.length - PARTIES_SHOWN })}</li>
          ) : null}
        </ul>
      ),
    },
    {
      key: 'signedOn',
      title: t('agreements.columns.signedOn'),
      width: 110,
      sorter: (a, b) => byText(a.signedOn ?? '', b.signedOn ?? ''),
      render: (_, a) => format.date(a.signedOn) || t('common.notSet'),
    },
    {
      key: 'validity',
      title: t('agreements.columns.validity'),
      width: 120,
      render: (_, a) => <Validity agreement={a} />,
    },
    {
      key: 'status',
      title: t('agreements.columns.status'),
      width: 140,
      sorter: (a, b) => byText(a.status, b.status),
      render: (_, a) => <StatusChip status={a.status} />,
    },
    {
      key: 'daysToExpiry',
      title: t('agreements.columns.daysToExpiry'),
      width: 100,
      align: 'right',
      sorter: (a, b) => byDays(a.daysToExpiry, b.daysToExpiry),
      render: (_, a) => <DaysToExpiry agreement={a} />,
    },
  ];

  return (
    <LabelledTable<AgreementListItem>
      label={t('agreements.tableLabel')}
      className="kenes-table-card"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items ?? []}
      loading={loading}
      tableLayout="fixed"
      scroll={{ x: 1000 }}
      locale={{ emptyText: empty }}
      rowClassName={(a) => (a.archivedAt || a.supersededById ? 'kenes-row-archived' : '')}
      onRow={(a) => ({
        onClick: (event) => {
          if ((event.target as HTMLElement).closest('button, a')) return;
          onOpen(a);
        },
      })}
      showSorterTooltip={false}
      pagination={{
        defaultPageSize: 25,
        showSizeChanger: true,
        pageSizeOptions: [25, 50, 100],
        hideOnSinglePage: true,
      }}
    />
  );
};
