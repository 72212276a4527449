import { useMemo, type ReactNode } from 'react';
import { Button, Flex, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { GroupWithCount, OrganisationListItem } from '../../../../shared/model';
import type { Page } from '../../../../shared/api/fields';
import { organisationSortFields } from '../../../../shared/api/organisations';
import { useLabels } from '../../lib/labels';
import type { OrganisationSortField } from '../../store';
import type { RegistryView } from '../../store/registrySlice';
import { LabelledTable } from '../../components/LabelledTable';

const isSortField = (key: unknown): key is OrganisationSortField =>
  typeof key === 'string' && (organisationSortFields as readonly string[]).includes(key);

interface OrganisationTableProps {
  view: RegistryView;
  page: Page<OrganisationListItem> | undefined;
  loading: boolean;
  groups: GroupWithCount[] | undefined;
  empty: ReactNode;
  onOpen: (organisation: OrganisationListItem) => void;
  onEdit: (organisation: OrganisationListItem) => void;
  onArchive: (organisation: OrganisationListItem) => void;
  onRestore: (organisation: OrganisationListItem) => void;
  onPage: (page: number, pageSize: number) => void;
  onSort: (sort: RegistryView['sort']) => void;
}

export const OrganisationTable = ({
  view,
  page,
  loading,
  groups,
  empty,
  onOpen,
  onEdit,
  onArchive,
  onRestore,
  onPage,
  onSort,
}: OrganisationTableProps) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const groupsById = useMemo(() => new Map((groups ?? []).map((g) => [g.id, g])), [groups]);

  // With no sort chosen the server sorts by the Kazakh name, so the header says so.
  const sort = view.sort ?? { field: 'nameKk', order: 'asc' };
  const sortOrder = (field: OrganisationSortField) =>
    sort.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;

  const columns: TableProps<OrganisationListItem>['columns'] = [
    {
      key: 'nameKk',
      title: t('registry.columns.name'),
      sorter: true,
      sortOrder: sortOrder('nameKk'),
      width: 280,
      fixed: 'start',
      render: (_, o) => (
        <>
          <Button type="link" className="kenes-org-name" onClick={() => onOpen(o)}>
            {o.nameKk}
          </Button>
          {o.nameRu ? (
            <Typography.Text type="secondary" className="kenes-org-name-ru">
              {o.nameRu}
            </Typography.Text>
          ) : null}
          {o.archivedAt ? <Tag className="kenes-archived-tag">{t('common.archivedTag')}</Tag> : null}
        </>
      ),
    },
    {
      key: 'shortName',
      dataIndex: 'shortName',
      title: t('registry.columns.shortName'),
      sorter: true,
      sortOrder: sortOrder('shortName'),
      width: 110,
    },
    {
      key: 'typeCode',
      title: t('registry.columns.type'),
      sorter: true,
      sortOrder: sortOrder('typeCode'),
      width: 230,
      render: (_, o) => {
        const abbreviation = labels.typeAbbreviation(o.typeCode);
        return (
          <>
            {abbreviation ? <Typography.Text strong>{abbreviation} </Typography.Text> : null}
            <Typography.Text type={abbreviation ? 'secondary' : undefined} className="kenes-cell-small">
              {abbreviation ? labels.typeName(o.typeCode) : labels.typeLabel(o.typeCode)}
            </Typography.Text>
          </>
        );
      },
    },
    {
      key: 'sector',
      title: t('registry.columns.sector'),
      sorter: true,
      sortOrder: sortOrder('sector'),
      width: 140,
      render: (_, o) => labels.sectorName(o.sector),
    },
    {
      key: 'level',
      title: t('registry.columns.level'),
      sorter: true,
      sortOrder: sortOrder('level'),
      width: 120,
      render: (_, o) => t(`level.${o.level}`),
    },
    {
      key: 'district',
      dataIndex: 'district',
      title: t('registry.columns.district'),
      sorter: true,
      sortOrder: sortOrder('district'),
      width: 130,
    },
    {
      key: 'group',
      title: t('registry.columns.group'),
      width: 110,
      render: (_, o) => {
        const group = o.groupId ? groupsById.get(o.groupId) : undefined;
        if (!group) return o.groupName ?? '';
        const full = labels.groupName(group);
        return <span title={full}>{group.shortName || full}</span>;
      },
    },
    {
      key: 'membership',
      title: t('registry.columns.membership'),
      sorter: true,
      sortOrder: sortOrder('membership'),
      width: 120,
      render: (_, o) => (
        <Tag color={o.membership === 'member' ? 'blue' : undefined}>{t(`membership.${o.membership}`)}</Tag>
      ),
    },
    {
      key: 'links',
      dataIndex: 'linkCount',
      title: t('registry.columns.links'),
      width: 90,
      align: 'right',
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 230,
      fixed: 'end',
      render: (_, o) => (
        <Flex gap={0} wrap={false}>
          {o.archivedAt ? (
            <Button
              type="link"
              size="small"
              onClick={() => onRestore(o)}
              aria-label={t('registry.restoreNamed', { name: o.nameKk })}
            >
              {t('common.restore')}
            </Button>
          ) : (
            <>
              <Button
                type="link"
                size="small"
                onClick={() => onEdit(o)}
                aria-label={t('registry.editNamed', { name: o.nameKk })}
              >
                {t('common.edit')}
              </Button>
              <Button
                type="link"
                size="small"
                onClick={() => onArchive(o)}
                aria-label={t('registry.archiveNamed', { name: o.nameKk })}
              >
                {t('common.archive')}
              </Button>
            </>
          )}
        </Flex>
      ),
    },
  ];

  const onChange: TableProps<OrganisationListItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s: SorterResult<OrganisationListItem> | undefined = Array.isArray(sorter) ? sorter[0] : sorter;
      onSort(
        s?.order && isSortField(s.columnKey)
          ? { field: s.columnKey, order: s.order === 'ascend' ? 'asc' : 'desc' }
          : null,
      );
    } else if (extra.action === 'paginate') {
      onPage(pagination.current ?? 1, pagination.pageSize ?? view.pageSize);
    }
  };

  return (
    <LabelledTable<OrganisationListItem>
      label={t('registry.tableLabel')}
      className="kenes-table-card"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      rowClassName={(o) => (o.archivedAt ? 'kenes-row-archived' : '')}
      onRow={(o) => ({
        onClick: (event) => {
          // Buttons in the row do their own thing.
          if ((event.target as HTMLElement).closest('button, a')) return;
          onOpen(o);
        },
      })}
      showSorterTooltip={false}
      sortDirections={['ascend', 'descend']}
      pagination={{
        current: view.page,
        pageSize: view.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [25, 50, 100],
        hideOnSinglePage: false,
        showTotal: (total, [from, to]) => t('registry.pageRange', { from, to, total }),
      }}
      onChange={onChange}
    />
  );
};
