import { useMemo, useState } from 'react';
import { Alert, Button, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api } from '../../api/client';
import { linkClassification } from '../../../../shared/reference';
import { clusterRoles, councilRoles, memberships, organisationLevels } from '../../../../shared/domain/enums';
import { en } from '../../../../shared/i18n/ui';
import type { GroupWithCount, HistoryEntry, OrganisationDetail } from '../../../../shared/model';
import { useApiQuery } from '../../lib/useApiQuery';
import { useLabels, type Labels } from '../../lib/labels';
import { useFormat } from '../../lib/format';
import { describeApiError } from '../../lib/errors';

const PAGE = 20;
export const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'isCouncilHub']);

export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
const hasKey = <T extends object>(record: T, key: string): key is Extract<keyof T, string> => key in record;

/** Link attributes whose codes are named in the reference classification. */
const linkCriteria = {
  direction: linkClassification.direction,
  contact: linkClassification.contact,
  systematicity: linkClassification.systematicity,
  term: linkClassification.term,
  participation: linkClassification.participation,
  object: linkClassification.object,
  kind: linkClassification.kinds,
} as const;

export const fieldLabel = (t: TFunction, entity: string, field: string): string => {
  if (entity !== 'link' && hasKey(en.organisation, field)) return t(`organisation.${field}`);
  if (hasKey(en.history.fields, field)) return t(`history.fields.${field}`);
  if (hasKey(en.organisation, field)) return t(`organisation.${field}`);
  return field;
};

export interface Names {
  organisation: (id: string) => string;
  group: (id: string) => string;
}

export const formatValue = (
  t: TFunction,
  labels: Labels,
  dateTime: (iso: string) => string,
  names: Names,
  field: string,
  value: unknown,
): string => {
  if (value === null || value === undefined || value === '') return t('history.emptyValue');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  const v =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : (JSON.stringify(value) ?? '');
  switch (field) {
    case 'typeCode':
      return labels.typeLabel(v);
    case 'sector':
      return labels.sectorName(v);
    case 'level':
      return isOneOf(organisationLevels, v) ? t(`level.${v}`) : v;
    case 'membership':
      return isOneOf(memberships, v) ? t(`membership.${v}`) : v;
    case 'clusterRole':
      return isOneOf(clusterRoles, v) ? t(`clusterRole.${v}`) : v;
    case 'councilRole':
      return isOneOf(councilRoles, v) ? t(`councilRole.${v}`) : v;
    case 'groupId':
      return names.group(v);
    case 'organisationId':
    case 'sourceId':
    case 'targetId':
      return names.organisation(v);
    case 'archivedAt':
      return dateTime(v);
    default:
      if (hasKey(linkCriteria, field))
        return labels.text(linkCriteria[field].find((c) => c.code === v)?.name) || v;
      return v;
  }
};

interface Props {
  organisationId: string;
  detail: OrganisationDetail | undefined;
  groups: GroupWithCount[] | undefined;
}

/** The organisation's story, its links' and its people's included: when, who, what, and before → after. */
export const OrganisationHistory = ({ organisationId, detail, groups }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const format = useFormat();
  const [pageSize, setPageSize] = useState(PAGE);
  const history = useApiQuery(`history:${organisationId}:${pageSize}`, () =>
    api.history.list({ entity: 'organisation', entityId: organisationId, includeRelated: true, pageSize }),
  );

  const names = useMemo<Names>(() => {
    const orgs = new Map<string, string>();
    if (detail) {
      orgs.set(detail.organisation.id, labels.organisationName(detail.organisation));
      for (const link of detail.links) {
        orgs.set(link.source.id, labels.organisationName(link.source));
        orgs.set(link.target.id, labels.organisationName(link.target));
      }
    }
    const groupNames = new Map((groups ?? []).map((g) => [g.id, labels.groupName(g)]));
    return { organisation: (id) => orgs.get(id) ?? id, group: (id) => groupNames.get(id) ?? id };
  }, [detail, groups, labels]);

  const subject = (entry: HistoryEntry): string => {
    const snapshot = entry.after ?? entry.before ?? {};
    if (entry.entity === 'person') return typeof snapshot.fullName === 'string' ? snapshot.fullName : '';
    if (entry.entity === 'link') {
      const other = snapshot.sourceId === organisationId ? snapshot.targetId : snapshot.sourceId;
      return typeof other === 'string' ? names.organisation(other) : '';
    }
    return '';
  };

  if (history.error && !history.data)
    return <Alert type="error" showIcon title={describeApiError(history.error)} />;
  if (!history.data) return <Skeleton active />;
  if (history.data.items.length === 0) return <Empty description={t('history.empty')} />;

  return (
    <>
      <ol className="kenes-history">
        {history.data.items.map((entry) => {
          const changes =
            entry.action === 'update' ? entry.changedFields.filter((f) => !HIDDEN_FIELDS.has(f)) : [];
          const about = subject(entry);
          return (
            <li key={entry.id} className="kenes-history-entry">
              <Flex gap={8} align="baseline" wrap>
                <Typography.Text strong>{t(`history.action.${entry.action}`)}</Typography.Text>
                {entry.entity !== 'organisation' ? (
                  <Tag>
                    {isOneOf(
                      Object.keys(en.history.entity) as (keyof typeof en.history.entity)[],
                      entry.entity,
                    )
                      ? t(`history.entity.${entry.entity}`)
                      : entry.entity}
                    {about ? `: ${about}` : ''}
                  </Tag>
                ) : null}
              </Flex>
              <Typography.Text type="secondary" className="kenes-history-meta">
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                {' · '}
                {entry.by ? t('history.by', { name: entry.by }) : t('history.unnamedUser')}
              </Typography.Text>
              {changes.length ? (
                <ul className="kenes-history-changes">
                  {changes.map((field) => (
                    <li key={field} className="kenes-history-change">
                      <Typography.Text type="secondary">
                        {fieldLabel(t, entry.entity, field)}:{' '}
                      </Typography.Text>
                      <del>
                        {formatValue(t, labels, format.dateTime, names, field, entry.before?.[field])}
                      </del>
                      {' → '}
                      <ins>{formatValue(t, labels, format.dateTime, names, field, entry.after?.[field])}</ins>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {history.data.total > history.data.items.length ? (
        <Button onClick={() => setPageSize((n) => Math.min(n + PAGE * 2, 500))} loading={history.loading}>
          {t('history.more')}
        </Button>
      ) : null}
    </>
  );
};
