import type { ReactNode } from 'react';
import {
  Alert,
  Breadcrumb,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Skeleton,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { linkClassification } from '../../../../shared/reference';
import type { GroupWithCount, LinkWithEnds, Organisation, Person } from '../../../../shared/model';
import { useApiQuery } from '../../lib/useApiQuery';
import { useLabels } from '../../lib/labels';
import { useFormat } from '../../lib/format';
import { describeApiError } from '../../lib/errors';
import { OrganisationHistory } from './OrganisationHistory';

interface Props {
  organisationId: string;
  groups: GroupWithCount[] | undefined;
  onClose: () => void;
  onEdit: (organisation: Organisation) => void;
  onArchive: (organisation: Organisation) => void;
  onRestore: (organisation: Organisation) => void;
}

const linkKindNames = new Map(linkClassification.kinds.map((k) => [k.code, k.name]));

/** The organisation's card: every field, its place in the scheme, its people, links and history. */
export const OrganisationDetailDrawer = ({
  organisationId,
  groups,
  onClose,
  onEdit,
  onArchive,
  onRestore,
}: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useFormat();
  const detail = useApiQuery(`organisation:${organisationId}`, () =>
    api.organisations.get({ id: organisationId }),
  );
  const o = detail.data?.organisation;
  const blank = (value: ReactNode) =>
    value === '' || value === null || value === undefined ? t('common.notSet') : value;

  const actions = o ? (
    <Flex gap={8}>
      {o.archivedAt ? (
        <Button onClick={() => onRestore(o)}>{t('common.restore')}</Button>
      ) : (
        <>
          <Button type="primary" onClick={() => onEdit(o)}>
            {t('common.edit')}
          </Button>
          {o.isCouncilHub ? null : (
            <Button danger onClick={() => onArchive(o)}>
              {t('common.archive')}
            </Button>
          )}
        </>
      )}
    </Flex>
  ) : null;

  const otherEnd = (link: LinkWithEnds) => (link.source.id === organisationId ? link.target : link.source);

  const body = () => {
    if (detail.error && !detail.data)
      return <Alert type="error" showIcon title={describeApiError(detail.error)} />;
    if (!detail.data || !o) return <Skeleton active />;
    const { groupPath, people, links } = detail.data;
    const details = (
      <>
        {o.archivedAt ? (
          <Alert type="warning" showIcon className="kenes-gap" title={t('detail.archivedNotice')} />
        ) : null}
        {o.isCouncilHub ? (
          <Alert type="info" showIcon className="kenes-gap" title={t('detail.hubNotice')} />
        ) : null}
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { width: 220 } }}
          items={[
            {
              key: 'group',
              label: t('detail.groupPath'),
              children: groupPath.length ? (
                <Breadcrumb
                  separator="›"
                  items={groupPath.map((g) => ({ key: g.id, title: labels.groupName(g) }))}
                />
              ) : (
                t('detail.noGroup')
              ),
            },
            { key: 'nameKk', label: t('organisation.nameKk'), children: o.nameKk },
            { key: 'nameRu', label: t('organisation.nameRu'), children: blank(o.nameRu) },
            { key: 'shortName', label: t('organisation.shortName'), children: blank(o.shortName) },
            { key: 'typeCode', label: t('organisation.typeCode'), children: labels.typeLabel(o.typeCode) },
            { key: 'sector', label: t('organisation.sector'), children: labels.sectorName(o.sector) },
            { key: 'level', label: t('organisation.level'), children: t(`level.${o.level}`) },
            { key: 'district', label: t('organisation.district'), children: blank(o.district) },
            {
              key: 'membership',
              label: t('organisation.membership'),
              children: t(`membership.${o.membership}`),
            },
            {
              key: 'clusterRole',
              label: t('organisation.clusterRole'),
              children: t(`clusterRole.${o.clusterRole}`),
            },
            { key: 'legalForm', label: t('organisation.legalForm'), children: blank(o.legalForm) },
            { key: 'headName', label: t('organisation.headName'), children: blank(o.headName) },
            { key: 'address', label: t('organisation.address'), children: blank(o.address) },
            { key: 'phone', label: t('organisation.phone'), children: blank(o.phone) },
            {
              key: 'email',
              label: t('organisation.email'),
              children: o.email ? (
                <Typography.Link href={`mailto:${o.email}`}>{o.email}</Typography.Link>
              ) : (
                blank('')
              ),
            },
            {
              key: 'website',
              label: t('organisation.website'),
              children: o.website ? (
                <Typography.Link href={o.website} target="_blank" rel="noreferrer">
                  {o.website}
                </Typography.Link>
              ) : (
                blank('')
              ),
            },
            {
              key: 'notes',
              label: t('organisation.notes'),
              children: o.notes ? (
                <Typography.Paragraph className="kenes-pre-line">{o.notes}</Typography.Paragraph>
              ) : (
                blank('')
              ),
            },
            { key: 'createdAt', label: t('organisation.createdAt'), children: format.dateTime(o.createdAt) },
            { key: 'updatedAt', label: t('organisation.updatedAt'), children: format.dateTime(o.updatedAt) },
            ...(o.archivedAt
              ? [
                  {
                    key: 'archivedAt',
                    label: t('organisation.archivedAt'),
                    children: format.dateTime(o.archivedAt),
                  },
                ]
              : []),
          ]}
        />
      </>
    );
    const peopleTab = people.length ? (
      <Table<Person>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={people}
        columns={[
          { key: 'fullName', title: t('members.fullName'), dataIndex: 'fullName' },
          { key: 'position', title: t('detail.person.position'), dataIndex: 'position' },
          {
            key: 'councilRole',
            title: t('members.councilRole'),
            render: (_, p) =>
              p.councilRole ? (
                <Tag color="blue">{t(`councilRole.${p.councilRole}`)}</Tag>
              ) : (
                t('common.notSet')
              ),
          },
          {
            key: 'contacts',
            title: t('detail.person.contacts'),
            render: (_, p) => [p.phone, p.email].filter(Boolean).join(', ') || t('common.notSet'),
          },
        ]}
      />
    ) : (
      <Empty description={t('detail.noPeople')} />
    );
    const linksTab = links.length ? (
      <Table<LinkWithEnds>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={links}
        columns={[
          {
            key: 'other',
            title: t('detail.linkOther'),
            render: (_, link) => {
              const end = otherEnd(link);
              return (
                <>
                  {labels.organisationName(end)}
                  {end.shortName ? (
                    <Typography.Text type="secondary"> ({end.shortName})</Typography.Text>
                  ) : null}
                  {end.archivedAt ? (
                    <Tag className="kenes-archived-tag">{t('common.archivedTag')}</Tag>
                  ) : null}
                </>
              );
            },
          },
          {
            key: 'kind',
            title: t('detail.linkKind'),
            render: (_, link) => labels.text(linkKindNames.get(link.kind)) || link.kind,
          },
        ]}
      />
    ) : (
      <Empty description={t('detail.noLinks')} />
    );
    return (
      <Tabs
        items={[
          { key: 'details', label: t('detail.tabDetails'), children: details },
          { key: 'people', label: t('detail.tabPeople', { count: people.length }), children: peopleTab },
          { key: 'links', label: t('detail.tabLinks', { count: links.length }), children: linksTab },
          {
            key: 'history',
            label: t('detail.tabHistory'),
            children: (
              <OrganisationHistory organisationId={organisationId} detail={detail.data} groups={groups} />
            ),
          },
        ]}
      />
    );
  };

  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      title={
        o ? (
          <div>
            <div className="kenes-detail-title">{o.nameKk}</div>
            {o.nameRu ? (
              <Typography.Text type="secondary" className="kenes-detail-subtitle">
                {o.nameRu}
              </Typography.Text>
            ) : null}
          </div>
        ) : (
          t('detail.title')
        )
      }
      extra={actions}
    >
      {body()}
    </Drawer>
  );
};
