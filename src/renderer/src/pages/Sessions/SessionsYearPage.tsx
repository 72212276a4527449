import { useState } from 'react';
import { Alert, App, Button, Col, Flex, Row, Select, Skeleton, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SessionDetail, SessionPeriod, SessionYear } from '../../../../shared/model';
import { PageHeader } from '../../components/PageHeader';
import { describeApiError } from '../../lib/errors';
import { useApiQuery } from '../../lib/useApiQuery';
import { useKenesStore, selectDataChanged } from '../../store';
import { PeriodCard } from './PeriodCard';
import { SittingFormDrawer, type SittingFormTarget } from './SittingFormDrawer';
import { useCouncilOfficers } from './usePeople';
import './sessions.css';

/** Years the selector offers around the one shown: the council's past and the next year to plan. */
const yearsAround = (shown: number, current: number): number[] => {
  const first = Math.min(shown, current - 10);
  const last = Math.max(shown, current + 2);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
};

/** The day a new sitting for a period starts on: today within the current period, else its first day. */
const planningDay = (period: SessionPeriod, today: string): string =>
  today >= period.from && today <= period.to ? today : period.from;

/** The header's "Plan" button: today in the current year, the year's first day in another. */
const firstDayToPlan = (year: SessionYear): string | null =>
  year.today.startsWith(`${year.year}-`) ? year.today : (year.periods[0]?.from ?? null);

/**
 * The council's year by cadence periods (quarters by default). The year is kept in
 * the address (?year=2027) so going back from a sitting returns to it; without one
 * it is the year of the workspace clock, which KENES_NOW may move.
 */
export const SessionsYearPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const dataChanged = useKenesStore(selectDataChanged);
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year')) || undefined;
  const query = useApiQuery(`sessions:year:${asked ?? ''}`, () =>
    api.sessions.year(asked ? { year: asked } : {}),
  );
  const officers = useCouncilOfficers();
  const [form, setForm] = useState<SittingFormTarget | null>(null);
  const data = query.data;
  const currentYear = data ? Number(data.today.slice(0, 4)) : undefined;

  const setYear = (year: number) => setParams(year === currentYear ? {} : { year: String(year) });
  const plan = (date: string | null) =>
    setForm({
      mode: 'create',
      date,
      officers: { chairPersonId: officers.chairPersonId, secretaryPersonId: officers.secretaryPersonId },
    });
  const onSaved = (session: SessionDetail) => {
    setForm(null);
    dataChanged();
    void message.success(t('sessions.form.created', { number: session.number }));
    void navigate(`/sessions/${session.id}`);
  };

  const yearPicker = data ? (
    <Flex gap={4} align="center">
      <Button
        icon={<LeftOutlined />}
        aria-label={t('sessions.previousYear')}
        onClick={() => setYear(data.year - 1)}
      />
      <Select
        aria-label={t('sessions.year')}
        value={data.year}
        onChange={setYear}
        options={yearsAround(data.year, currentYear ?? data.year).map((y) => ({
          value: y,
          label: String(y),
        }))}
        className="kenes-year-select"
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('sessions.nextYear')}
        onClick={() => setYear(data.year + 1)}
      />
    </Flex>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('sessions.title')}
        subtitle={t('sessions.subtitle')}
        extra={
          <>
            {yearPicker}
            <Link to="/sessions/decisions">
              <Button>{t('sessions.openDecisions')}</Button>
            </Link>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!data}
              onClick={() => plan(data ? firstDayToPlan(data) : null)}
            >
              {t('sessions.plan')}
            </Button>
          </>
        }
      />
      {query.error ? (
        <Alert type="error" showIcon title={describeApiError(query.error)} className="kenes-gap" />
      ) : null}
      {!data ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {data.numbering === 'per_year'
              ? t('sessions.numberingPerYear')
              : t('sessions.numberingSinceFounding')}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {data.periods.map((period) => (
              <Col key={period.period} xs={24} md={12} xxl={data.periods.length === 4 ? 6 : 8}>
                <PeriodCard
                  period={period}
                  cadence={data.cadence}
                  today={data.today}
                  onPlan={(p) => plan(planningDay(p, data.today))}
                />
              </Col>
            ))}
          </Row>
        </>
      )}
      {form ? <SittingFormDrawer target={form} onClose={() => setForm(null)} onSaved={onSaved} /> : null}
    </>
  );
};
