import { useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportReport } from '../../../../shared/model';
import type { ImportWizard } from './useImportWizard';

type Outcome = ImportReport['rows'][number]['outcome'];
type ReportFilter = 'all' | Outcome;
type ReportRow = ImportReport['rows'][number];

const outcomeColours: Record<Outcome, string | undefined> = {
  created: 'green',
  updated: 'blue',
  skipped: undefined,
};

/** The end of the import: what was created, updated and skipped, row by row, and the backup to go back to. */
export const ReportView = ({ wizard, report }: { wizard: ImportWizard; report: ImportReport }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<ReportFilter>('all');
  const rows = useMemo(
    () => (filter === 'all' ? report.rows : report.rows.filter((r) => r.outcome === filter)),
    [report, filter],
  );
  const registryPath = report.kind === 'people' ? '/settings/members' : '/organisations';

  return (
    <Card className="kenes-import-card">
      <Flex vertical gap={16}>
        <Typography.Title level={2} className="kenes-card-title">
          {t('importWizard.report.title')}
        </Typography.Title>
        <Flex
          gap={32}
          wrap
          className="kenes-import-counts"
          role="group"
          aria-label={t('importWizard.report.title')}
        >
          <Statistic title={t('importWizard.report.created')} value={report.created} />
          <Statistic title={t('importWizard.report.updated')} value={report.updated} />
          <Statistic title={t('importWizard.report.skipped')} value={report.skipped} />
        </Flex>
        <Alert
          type="info"
          showIcon
          title={t('importWizard.report.backup', { file: report.backup.fileName })}
          description={t('importWizard.report.backupHint')}
        />
        <Flex align="center" gap={8} wrap>
          <Typography.Text id="kenes-import-report-filter">{t('importWizard.check.filter')}</Typography.Text>
          <Segmented<ReportFilter>
            aria-labelledby="kenes-import-report-filter"
            value={filter}
            onChange={setFilter}
            options={(['all', 'created', 'updated', 'skipped'] as const).map((f) => ({
              value: f,
              label: `${t(`importWizard.report.filters.${f}`)} (${f === 'all' ? report.rows.length : report[f]})`,
            }))}
          />
        </Flex>
        <section aria-label={t('importWizard.report.tableLabel')} className="kenes-import-rows">
          <Table<ReportRow>
            virtual
            size="middle"
            rowKey="rowNumber"
            pagination={false}
            dataSource={rows}
            scroll={{ y: 360 }}
            columns={[
              {
                key: 'row',
                title: t('importWizard.check.row'),
                width: 90,
                render: (_, r) => <span className="kenes-import-row-number">{r.rowNumber}</span>,
              },
              {
                key: 'name',
                title: report.kind === 'people' ? t('members.fullName') : t('importWizard.report.name'),
                render: (_, r) => <span className="kenes-import-value">{r.name}</span>,
              },
              {
                key: 'outcome',
                title: t('importWizard.report.outcome'),
                width: 300,
                render: (_, r) => (
                  <Flex gap={8} align="center" wrap>
                    <Tag color={outcomeColours[r.outcome]} className="kenes-import-outcome">
                      {t(`importWizard.report.outcomes.${r.outcome}`)}
                    </Tag>
                    {r.reason ? (
                      <Typography.Text type="secondary">
                        {t(`importWizard.report.reasons.${r.reason}`)}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
            ]}
          />
        </section>
        <Flex justify="space-between" gap={12} wrap>
          <Button onClick={wizard.startOver}>{t('importWizard.report.another')}</Button>
          <Button type="primary" onClick={() => void navigate(registryPath)}>
            {report.kind === 'people'
              ? t('importWizard.report.openMembers')
              : t('importWizard.report.openRegistry')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
};
