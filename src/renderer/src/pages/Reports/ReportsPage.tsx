import { useState } from 'react';
import { Alert, Button, Flex, Radio, Segmented, Select, Skeleton, Space, Tooltip, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { describeApiError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useCurrentLanguage } from '../../lib/labels';
import { documentLanguageOf } from '../../lib/savedFile';
import { useApiQuery } from '../../lib/useApiQuery';
import type { DocumentLanguage } from '../../../../shared/api/exports';
import type { ReportPeriodInput } from '../../../../shared/api/reports';
import { ReportFigures } from './ReportFigures';
import { useReportExport, type ReportFormat } from './useReportExport';
import './reports.css';

/** What the controls show: the kind of report, the year and the quarter last chosen. */
interface Choice {
  annual: boolean;
  year: number;
  quarter: number;
}

const periodOf = (c: Choice): ReportPeriodInput => ({
  year: c.year,
  quarter: c.annual ? undefined : c.quarter,
});

/** Years offered: the council's record since it began sitting (2014, DOMAIN.md §9.1) to next year. */
const FIRST_YEAR = 2014;

/**
 * The quarterly and annual report of the council: choose the period and the document's
 * language, check the figures on screen, then save the report as DOCX or XLSX.
 */
export const ReportsPage = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const uiLanguage = useCurrentLanguage();
  // Until the user chooses, the service picks the current quarter by the workspace clock.
  // The quarter is kept while the annual report is shown, so switching back returns to it.
  const [choice, setChoice] = useState<Choice | null>(null);
  const [language, setLanguage] = useState<DocumentLanguage>(() => documentLanguageOf(uiLanguage));
  const asked = choice ? periodOf(choice) : null;
  const summary = useApiQuery(`reports:summary:${JSON.stringify(asked)}`, () =>
    api.reports.summary(asked ? { period: asked } : {}),
  );
  const shown = summary.data;
  const current: Choice | null =
    choice ??
    (shown
      ? { annual: shown.period.quarter === null, year: shown.period.year, quarter: shown.period.quarter ?? 1 }
      : null);
  const period = current ? periodOf(current) : null;
  const exporter = useReportExport(period, language);

  const thisYear = Number((shown?.today ?? new Date().toISOString()).slice(0, 4));
  const years = Array.from({ length: Math.max(1, thisYear + 2 - FIRST_YEAR) }, (_, i) => thisYear + 1 - i);
  const annual = current?.annual ?? false;

  const exportButton = (kind: ReportFormat) => (
    <Tooltip key={kind} title={t(kind === 'docx' ? 'reports.exportDocxHint' : 'reports.exportXlsxHint')}>
      <Button
        type={kind === 'docx' ? 'primary' : 'default'}
        icon={kind === 'docx' ? <FileWordOutlined aria-hidden /> : <FileExcelOutlined aria-hidden />}
        disabled={!period}
        loading={exporter.format === kind}
        onClick={() => void exporter.start(kind)}
      >
        {t(kind === 'docx' ? 'reports.exportDocx' : 'reports.exportXlsx')}
      </Button>
    </Tooltip>
  );

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subtitle={t('reports.subtitle')}
        extra={[exportButton('docx'), exportButton('xlsx')]}
      />
      <Flex gap={16} wrap align="center" className="kenes-report-controls">
        <Segmented<'quarterly' | 'annual'>
          aria-label={t('reports.periodKind')}
          value={annual ? 'annual' : 'quarterly'}
          disabled={!period}
          options={[
            { value: 'quarterly', label: t('reports.quarterly') },
            { value: 'annual', label: t('reports.annual') },
          ]}
          onChange={(kind) => current && setChoice({ ...current, annual: kind === 'annual' })}
        />
        <Space>
          <Typography.Text id="kenes-report-year">{t('reports.year')}</Typography.Text>
          <Select<number>
            aria-labelledby="kenes-report-year"
            value={period?.year}
            disabled={!period}
            style={{ width: 110 }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            onChange={(year) => current && setChoice({ ...current, year })}
          />
        </Space>
        {!annual ? (
          <Space>
            <Typography.Text id="kenes-report-quarter">{t('reports.quarter')}</Typography.Text>
            <Select<number>
              aria-labelledby="kenes-report-quarter"
              value={period?.quarter}
              disabled={!period}
              style={{ width: 150 }}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: t('reports.quarterName', { quarter: q }),
              }))}
              onChange={(quarter) => current && setChoice({ ...current, quarter })}
            />
          </Space>
        ) : null}
        <Space>
          <Typography.Text id="kenes-report-language">{t('reports.documentLanguage')}</Typography.Text>
          <Radio.Group
            aria-labelledby="kenes-report-language"
            optionType="button"
            value={language}
            onChange={(e) => setLanguage(e.target.value as DocumentLanguage)}
            options={(['kk', 'ru'] as const).map((l) => ({ value: l, label: t(`reports.languages.${l}`) }))}
          />
        </Space>
      </Flex>
      {summary.error && !shown ? (
        <Alert type="error" showIcon title={describeApiError(summary.error)} />
      ) : null}
      {shown ? (
        <>
          <Typography.Paragraph className="kenes-report-period">
            {t('reports.period', { from: format.date(shown.period.from), to: format.date(shown.period.to) })}
            {' · '}
            {t('reports.asOf', { date: format.date(shown.period.asOf) })}
          </Typography.Paragraph>
          <ReportFigures summary={shown} />
        </>
      ) : summary.error ? null : (
        <Skeleton active />
      )}
      {exporter.dialog}
    </>
  );
};
