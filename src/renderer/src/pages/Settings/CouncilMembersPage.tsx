import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Switch, Tag, Typography } from 'antd';
import { LabelledTable } from '../../components/LabelledTable';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Person, PersonListItem } from '../../../../shared/model';
import { useApiQuery } from '../../lib/useApiQuery';
import { describeFailure } from '../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../store';
import { PersonFormDrawer, type PersonFormTarget } from './PersonFormDrawer';

/** The people of the council: a plain list with add, edit, archive and restore. */
export const CouncilMembersPage = () => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [showContacts, setShowContacts] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const [target, setTarget] = useState<PersonFormTarget | null>(null);
  const people = useApiQuery(`people:${showContacts}:${showArchived}`, () =>
    api.people.list({ councilOnly: !showContacts, archived: showArchived ? 'all' : 'active', pageSize: 500 }),
  );

  const archive = (p: PersonListItem) =>
    modal.confirm({
      title: t('members.archiveConfirmTitle', { name: p.fullName }),
      content: t('members.archiveConfirmBody'),
      okText: t('common.archive'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.people.archive({ id: p.id });
          void message.success(t('members.archivedDone', { name: p.fullName }));
          dataChanged();
        } catch (e) {
          void message.error(describeFailure(e));
        }
      },
    });

  const restore = async (p: PersonListItem) => {
    try {
      await api.people.restore({ id: p.id });
      void message.success(t('members.restoredDone', { name: p.fullName }));
      dataChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  const onSaved = (person: Person, mode: 'create' | 'edit') => {
    setTarget(null);
    void message.success(
      t(mode === 'create' ? 'members.createdDone' : 'members.updatedDone', { name: person.fullName }),
    );
    dataChanged();
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="kenes-gap">
        <div>
          <Typography.Title level={2} className="kenes-card-title">
            {t('members.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('members.intro')}</Typography.Paragraph>
        </div>
        <Flex gap={8} wrap>
          <Button href="#/import?kind=people">{t('importWizard.open')}</Button>
          <Button type="primary" onClick={() => setTarget({ mode: 'create' })}>
            {t('members.add')}
          </Button>
        </Flex>
      </Flex>
      <Flex gap={24} wrap className="kenes-gap">
        <Flex align="center" gap={8}>
          <Switch id="members-show-contacts" checked={showContacts} onChange={setShowContacts} />
          <label htmlFor="members-show-contacts">{t('members.showContacts')}</label>
        </Flex>
        <Flex align="center" gap={8}>
          <Switch id="members-show-archived" checked={showArchived} onChange={setShowArchived} />
          <label htmlFor="members-show-archived">{t('members.showArchived')}</label>
        </Flex>
      </Flex>
      <LabelledTable<PersonListItem>
        label={t('members.tableLabel')}
        rowKey="id"
        size="middle"
        loading={people.loading}
        dataSource={people.data?.items ?? []}
        pagination={false}
        rowClassName={(p) => (p.archivedAt ? 'kenes-row-archived' : '')}
        locale={{ emptyText: <Empty description={t('members.empty')} /> }}
        columns={[
          { key: 'fullName', title: t('members.fullName'), dataIndex: 'fullName' },
          {
            key: 'role',
            title: t('members.councilRole'),
            render: (_, p) =>
              p.councilRole ? (
                <Tag color={p.councilRole === 'chair' || p.councilRole === 'secretary' ? 'blue' : undefined}>
                  {t(`councilRole.${p.councilRole}`)}
                </Tag>
              ) : (
                t('members.noRole')
              ),
          },
          {
            key: 'organisation',
            title: t('members.organisationId'),
            render: (_, p) => p.organisationName ?? t('common.notSet'),
          },
          { key: 'position', title: t('members.position'), dataIndex: 'position' },
          { key: 'phone', title: t('members.phone'), dataIndex: 'phone' },
          { key: 'email', title: t('members.email'), dataIndex: 'email' },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, p) =>
              p.archivedAt ? (
                <Button
                  type="link"
                  size="small"
                  onClick={() => void restore(p)}
                  aria-label={`${t('common.restore')}: ${p.fullName}`}
                >
                  {t('common.restore')}
                </Button>
              ) : (
                <Flex gap={4}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setTarget({ mode: 'edit', person: p })}
                    aria-label={`${t('common.edit')}: ${p.fullName}`}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void archive(p)}
                    aria-label={`${t('common.archive')}: ${p.fullName}`}
                  >
                    {t('common.archive')}
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
      {target ? (
        <PersonFormDrawer
          key={target.mode === 'edit' ? target.person.id : 'new'}
          target={target}
          onClose={() => setTarget(null)}
          onSaved={onSaved}
        />
      ) : null}
    </Card>
  );
};
