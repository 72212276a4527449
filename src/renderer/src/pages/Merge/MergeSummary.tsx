import { Alert, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergeKindCounts, MergePreview } from '../../../../shared/model';
import { useCurrentLanguage } from '../../lib/labels';
import { mergeFieldLabel } from './fields';

/** The district's council, how many records of each kind are new, unchanged or differ, and what stays out. */
export const MergeSummary = ({ preview }: { preview: MergePreview }) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const council = lang === 'ru' && preview.councilNameRu ? preview.councilNameRu : preview.councilName;
  const rows = preview.counts.filter((c) => c.new + c.same + c.changed + c.skipped > 0);
  return (
    <Card title={<h2 className="kenes-card-title">{t('merge.previewTitle')}</h2>}>
      <Flex vertical gap={16}>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'council',
              label: t('merge.council'),
              children: <strong data-testid="merge-council">{council}</strong>,
            },
            { key: 'file', label: t('merge.file'), children: preview.fileName },
          ]}
        />
        {preview.sameCouncil ? <Alert type="info" showIcon title={t('merge.sameCouncil')} /> : null}
        {preview.migrated ? <Alert type="info" showIcon title={t('merge.migrated')} /> : null}
        <Table<MergeKindCounts>
          aria-label={t('merge.countsLabel')}
          size="small"
          pagination={false}
          rowKey="kind"
          dataSource={rows}
          columns={[
            {
              title: t('merge.kindColumn'),
              dataIndex: 'kind',
              render: (kind: MergeKindCounts['kind']) => t(`merge.kinds.${kind}`),
            },
            { title: t('merge.newColumn'), dataIndex: 'new', align: 'end' },
            { title: t('merge.sameColumn'), dataIndex: 'same', align: 'end' },
            { title: t('merge.changedColumn'), dataIndex: 'changed', align: 'end' },
            { title: t('merge.skippedColumn'), dataIndex: 'skipped', align: 'end' },
          ]}
        />
        {preview.leftOut.length > 0 ? (
          <section aria-labelledby="kenes-merge-left-out">
            <Typography.Title level={3} id="kenes-merge-left-out" style={{ fontSize: 15 }}>
              {t('merge.leftOutTitle')}
            </Typography.Title>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {preview.leftOut.map((l) => (
                <li key={l.kind}>{t(`merge.leftOut.${l.kind}`, { count: l.count })}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {preview.problems.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('merge.problemsTitle')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {preview.problems.map((p) => (
                  <li key={`${p.kind}:${p.id}`}>
                    {t(`merge.problem.${p.reason}`, {
                      kind: t(`merge.kind.${p.kind}`),
                      label: p.label,
                      field: p.field ? mergeFieldLabel(t, p.kind, p.field) : '',
                    })}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
      </Flex>
    </Card>
  );
};
