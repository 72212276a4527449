import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Flex, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { GroupWithCount, OrganisationGroup } from '../../../../shared/model';
import { LabelledTable } from '../../components/LabelledTable';
import { useApiQuery } from '../../lib/useApiQuery';
import { describeFailure } from '../../lib/errors';
import { useLabels } from '../../lib/labels';
import { useKenesStore, selectDataChanged } from '../../store';
import { GroupFormDrawer, type GroupFormTarget } from './GroupFormDrawer';

type GroupRow = GroupWithCount & { children?: GroupRow[] };

/** Nests the server's depth-first list into rows for a tree table. */
const toRows = (groups: GroupWithCount[]): GroupRow[] => {
  const rows = new Map<string, GroupRow>(groups.map((g) => [g.id, { ...g }]));
  const roots: GroupRow[] = [];
  for (const g of groups) {
    const row = rows.get(g.id) as GroupRow;
    const parent = g.parentId ? rows.get(g.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
};

/** The blocks of the council's scheme (Figure 13) and their sub-blocks. */
export const GroupsPage = () => {
  const { t } = useTranslation();
  const labels = useLabels();
  const { modal, message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [showArchived, setShowArchived] = useState(false);
  const [target, setTarget] = useState<GroupFormTarget | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const groups = useApiQuery(`groups:list:${showArchived}`, () =>
    api.groups.list({ archived: showArchived ? 'all' : 'active' }),
  );
  const rows = useMemo(() => toRows(groups.data ?? []), [groups.data]);

  const archive = (g: OrganisationGroup) =>
    modal.confirm({
      title: t('groups.archiveConfirmTitle', { name: labels.groupName(g) }),
      content: t('groups.archiveConfirmBody'),
      okText: t('common.archive'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.groups.archive({ id: g.id });
          void message.success(t('groups.archivedDone', { name: labels.groupName(g) }));
          dataChanged();
        } catch (e) {
          void message.error(describeFailure(e));
        }
      },
    });

  const restore = async (g: OrganisationGroup) => {
    try {
      await api.groups.restore({ id: g.id });
      void message.success(t('groups.restoredDone', { name: labels.groupName(g) }));
      dataChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  const onSaved = (g: OrganisationGroup, mode: 'create' | 'edit') => {
    setTarget(null);
    void message.success(
      t(mode === 'create' ? 'groups.createdDone' : 'groups.updatedDone', { name: labels.groupName(g) }),
    );
    dataChanged();
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="kenes-gap">
        <div className="kenes-page-heading">
          <Typography.Title level={2} className="kenes-card-title">
            {t('groups.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="kenes-page-subtitle">
            {t('groups.intro')}
          </Typography.Paragraph>
        </div>
        <Button type="primary" onClick={() => setTarget({ mode: 'create' })}>
          {t('groups.add')}
        </Button>
      </Flex>
      <Flex align="center" gap={8} className="kenes-gap">
        <Switch id="groups-show-archived" checked={showArchived} onChange={setShowArchived} />
        <label htmlFor="groups-show-archived">{t('groups.showArchived')}</label>
      </Flex>
      {groups.data ? (
        <LabelledTable<GroupRow>
          label={t('groups.tableLabel')}
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={false}
          expandable={{
            // Everything open unless the user folds it, new sub-blocks included.
            expandedRowKeys: (groups.data ?? []).map((g) => g.id).filter((id) => !collapsed.has(id)),
            onExpand: (open, g) =>
              setCollapsed((prev) => {
                const next = new Set(prev);
                if (open) next.delete(g.id);
                else next.add(g.id);
                return next;
              }),
          }}
          rowClassName={(g) => (g.archivedAt ? 'kenes-row-archived' : '')}
          locale={{ emptyText: <Empty description={t('groups.empty')} /> }}
          columns={[
            {
              key: 'name',
              title: t('groups.nameKk'),
              render: (_, g) => (
                <>
                  {labels.groupName(g)}
                  {g.archivedAt ? <Tag className="kenes-archived-tag">{t('common.archivedTag')}</Tag> : null}
                </>
              ),
            },
            { key: 'shortName', title: t('groups.shortName'), dataIndex: 'shortName' },
            {
              key: 'count',
              title: t('groups.count'),
              dataIndex: 'organisationCount',
              align: 'right',
              width: 140,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 240,
              render: (_, g) =>
                g.archivedAt ? (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void restore(g)}
                    aria-label={`${t('common.restore')}: ${labels.groupName(g)}`}
                  >
                    {t('common.restore')}
                  </Button>
                ) : (
                  <Flex gap={0} wrap={false}>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setTarget({ mode: 'edit', group: g })}
                      aria-label={`${t('common.edit')}: ${labels.groupName(g)}`}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => void archive(g)}
                      aria-label={`${t('common.archive')}: ${labels.groupName(g)}`}
                    >
                      {t('common.archive')}
                    </Button>
                  </Flex>
                ),
            },
          ]}
        />
      ) : (
        <Empty description={false} />
      )}
      {target && groups.data ? (
        <GroupFormDrawer
          key={target.mode === 'edit' ? target.group.id : 'new'}
          target={target}
          groups={groups.data}
          onClose={() => setTarget(null)}
          onSaved={onSaved}
        />
      ) : null}
    </Card>
  );
};
