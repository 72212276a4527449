import type { ReactNode } from 'react';
import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useLabels } from '../../lib/labels';
import type { ReportAgreement, ReportDecision, ReportSummary } from '../../../../shared/api/reports';

interface Change {
  key: string;
  change: string;
  name: string;
}

const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card title={title} size="small" className="kenes-report-section">
    {children}
  </Card>
);

/** The figures of the report as the document will print them: cards first, then the tables. */
export const ReportFigures = ({ summary }: { summary: ReportSummary }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const ru = labels.lang === 'ru';
  const names = (kk: string[], rus: string[]) => (ru ? rus : kk).join('; ');
  const { sittings, decisions, agreements, network } = summary;

  const stats: [string, string | number, boolean?][] = [
    [t('reports.stats.sittingsHeld'), sittings.held, sittings.gaps.length > 0],
    [t('reports.stats.decisionsAdopted'), decisions.adopted],
    [t('reports.stats.decisionsDone'), decisions.done],
    [t('reports.stats.executionRate'), percent(decisions.executionRate)],
    [t('reports.stats.openAtEnd'), decisions.openAtEnd],
    [t('reports.stats.overdueAtEnd'), decisions.overdueAtEnd.length, decisions.overdueAtEnd.length > 0],
    [t('reports.stats.agreementsSigned'), agreements.signed.length],
    [t('reports.stats.agreementsEnding'), agreements.ending.length],
    [t('reports.stats.organisationsAdded'), network.organisationsAdded.length],
    [t('reports.stats.organisationsArchived'), network.organisationsArchived.length],
    [t('reports.stats.linksAdded'), network.linksAdded.length],
    [t('reports.stats.linksRemoved'), network.linksRemoved.length],
    [t('reports.stats.modulesWithoutLead'), summary.modulesWithoutLead.length],
  ];

  const decisionColumns: ColumnsType<ReportDecision> = [
    { title: t('reports.columns.number'), dataIndex: 'number', width: 64 },
    {
      title: t('reports.columns.sitting'),
      key: 'sitting',
      width: 130,
      render: (_, d) => `№${d.sessionNumber} · ${format.date(d.sessionDate)}`,
    },
    { title: t('reports.columns.decision'), dataIndex: 'text' },
    {
      title: t('reports.columns.deadline'),
      dataIndex: 'deadline',
      width: 120,
      render: (v: string | null) => format.date(v),
    },
    {
      title: t('reports.columns.responsible'),
      key: 'responsible',
      render: (_, d) => names(d.responsibleNamesKk, d.responsibleNamesRu),
    },
    {
      title: t('reports.columns.status'),
      dataIndex: 'status',
      width: 130,
      render: (v: ReportDecision['status']) => t(`reports.decisionStatus.${v}`),
    },
  ];
  const agreementColumns = (dateKey: 'signedOn' | 'termEnd'): ColumnsType<ReportAgreement> => [
    { title: t('reports.columns.number'), dataIndex: 'number', width: 90 },
    { title: t('reports.columns.title'), dataIndex: 'title' },
    {
      title: t('reports.columns.parties'),
      key: 'parties',
      render: (_, a) => names(a.partiesKk, a.partiesRu),
    },
    {
      title: t(`reports.columns.${dateKey}`),
      dataIndex: dateKey,
      width: 140,
      render: (v: string | null) => format.date(v),
    },
    {
      title: t('reports.columns.status'),
      dataIndex: 'status',
      width: 150,
      render: (v: ReportAgreement['status']) => t(`agreements.status.${v}`),
    },
  ];
  const changes: Change[] = [
    ...network.organisationsAdded.map((o) => ({
      key: o.id,
      change: t('reports.change.organisationAdded'),
      name: labels.organisationName(o),
    })),
    ...network.organisationsArchived.map((o) => ({
      key: o.id,
      change: t('reports.change.organisationArchived'),
      name: labels.organisationName(o),
    })),
    ...[['linkAdded', network.linksAdded] as const, ['linkRemoved', network.linksRemoved] as const].flatMap(
      ([kind, links]) =>
        links.map((l) => ({
          key: l.id,
          change: t(`reports.change.${kind}`),
          name: `${ru ? l.sourceRu : l.sourceKk} — ${ru ? l.targetRu : l.targetKk} (${labels.linkKindName(l.kind)})`,
        })),
    ),
  ];
  const table = <T extends object>(rows: T[], columns: ColumnsType<T>, rowKey: keyof T & string) => (
    <Table<T>
      size="small"
      rowKey={rowKey}
      dataSource={rows}
      columns={columns}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t('reports.none') }}
    />
  );

  return (
    <div className="kenes-report-figures">
      <Row gutter={[16, 16]}>
        {stats.map(([title, value, alarm]) => (
          <Col key={title} xs={12} md={8} xl={6} xxl={4}>
            <Card size="small">
              <Statistic title={title} value={value} className={alarm ? 'kenes-report-alarm' : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" className="kenes-report-rule">
        {t('reports.rateRule')}
      </Typography.Paragraph>
      {sittings.gaps.map((g) => (
        <Alert
          key={g.period}
          type="warning"
          showIcon
          title={t(g.planned > 0 ? 'reports.gapPlanned' : 'reports.gap', {
            from: format.date(g.from),
            to: format.date(g.to),
          })}
        />
      ))}
      <Section title={t('reports.sections.sittings')}>
        {table(
          sittings.items,
          [
            { title: t('reports.columns.number'), dataIndex: 'number', width: 64 },
            {
              title: t('reports.columns.date'),
              dataIndex: 'date',
              render: (v: string | null) => format.date(v),
            },
            {
              title: t('reports.columns.status'),
              dataIndex: 'status',
              render: (v: ReportSummary['sittings']['items'][number]['status']) =>
                t(`reports.sessionStatus.${v}`),
            },
            { title: t('reports.columns.decisions'), dataIndex: 'decisionCount', width: 120 },
          ],
          'id',
        )}
      </Section>
      <Section title={t('reports.sections.decisions')}>
        {table(decisions.adoptedItems, decisionColumns, 'id')}
      </Section>
      <Section title={t('reports.sections.overdue')}>
        {table(decisions.overdueAtEnd, decisionColumns, 'id')}
      </Section>
      <Section title={t('reports.sections.agreementsSigned')}>
        {table(agreements.signed, agreementColumns('signedOn'), 'id')}
      </Section>
      <Section title={t('reports.sections.agreementsEnding')}>
        {table(agreements.ending, agreementColumns('termEnd'), 'id')}
      </Section>
      <Section title={t('reports.sections.network')}>
        {table(
          changes,
          [
            { title: t('reports.columns.change'), dataIndex: 'change', width: 240 },
            { title: t('reports.columns.name'), dataIndex: 'name' },
          ],
          'key',
        )}
      </Section>
      <Section title={t('reports.sections.modules')}>
        {summary.modulesWithoutLead.length === 0 ? (
          <Typography.Text>{t('reports.allModulesLed')}</Typography.Text>
        ) : (
          <ol className="kenes-report-modules">
            {summary.modulesWithoutLead.map((m) => (
              <li key={m.id} value={m.number}>
                {ru ? m.nameRu : m.nameKk}
              </li>
            ))}
          </ol>
        )}
      </Section>
      {summary.quarters.length > 0 ? (
        <Section title={t('reports.sections.quarters')}>
          {table(
            summary.quarters,
            [
              {
                title: t('reports.quarter'),
                dataIndex: 'quarter',
                render: (q: number) => t('reports.quarterName', { quarter: q }),
              },
              { title: t('reports.stats.sittingsHeld'), dataIndex: 'sittingsHeld' },
              { title: t('reports.stats.decisionsAdopted'), dataIndex: 'decisionsAdopted' },
              { title: t('reports.stats.decisionsDone'), dataIndex: 'decisionsDone' },
              {
                title: t('reports.stats.executionRate'),
                dataIndex: 'executionRate',
                render: (v: number | null) => percent(v),
              },
              { title: t('reports.stats.agreementsSigned'), dataIndex: 'agreementsSigned' },
              { title: t('reports.stats.organisationsAdded'), dataIndex: 'organisationsAdded' },
              { title: t('reports.stats.linksAdded'), dataIndex: 'linksAdded' },
            ],
            'quarter',
          )}
        </Section>
      ) : null}
    </div>
  );
};
