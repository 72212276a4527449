import { useState } from 'react';
import { Alert, App, Breadcrumb, Card, Result, Skeleton, Tabs } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SessionDetail } from '../../../../shared/model';
import { describeApiError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useApiQuery } from '../../lib/useApiQuery';
import { useKenesStore, selectDataChanged } from '../../store';
import { AttendancePanel } from './attendance';
import { MinutesPanel } from './minutes';
import { AgendaTab } from './agenda/AgendaTab';
import { Amendments } from './Amendments';
import { QuorumSummary } from './QuorumSummary';
import { SittingFormDrawer } from './SittingFormDrawer';
import { SittingHeader } from './SittingHeader';
import { StatusSteps } from './StatusSteps';
import { usePeople } from './usePeople';
import './sessions.css';

/** Approved minutes are what the chair signed: the banner says so before anyone tries to edit. */
const LockBanner = ({ session }: { session: SessionDetail }) => {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert
      type="info"
      showIcon
      icon={<LockOutlined />}
      className="kenes-gap"
      title={t('sessions.sitting.locked')}
      description={t('sessions.sitting.lockedBody', { date: format.date(session.approvedAt) })}
    />
  );
};

/**
 * One sitting: its particulars, its status from planned to approved, the live quorum,
 * and the agenda, attendance and minutes. Every write bumps the store's revision, so
 * this page and the year's list both read the new state from the API.
 */
export const SittingPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { sessionId = '' } = useParams();
  const dataChanged = useKenesStore(selectDataChanged);
  const query = useApiQuery(`sessions:get:${sessionId}`, () => api.sessions.get({ id: sessionId }));
  const people = usePeople();
  const [editing, setEditing] = useState(false);
  // The open tab lives in the address: a reload or "back" from a preview returns to it.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'agenda';
  const session = query.data?.id === sessionId ? query.data : undefined;

  if (query.error?.code === 'not_found') {
    return (
      <Result
        status="404"
        title={t('sessions.sitting.notFound')}
        extra={<Link to="/sessions">{t('sessions.sitting.back')}</Link>}
      />
    );
  }
  if (!session) {
    return query.error ? (
      <Alert type="error" showIcon title={describeApiError(query.error)} />
    ) : (
      <Skeleton active />
    );
  }

  return (
    <>
      <Breadcrumb
        className="kenes-gap"
        items={[
          { title: <Link to={`/sessions?year=${session.year}`}>{t('sessions.sitting.back')}</Link> },
          { title: String(session.year) },
        ]}
      />
      <SittingHeader
        session={session}
        people={people}
        onEdit={() => setEditing(true)}
        onChanged={dataChanged}
      />
      {session.archivedAt ? (
        <Alert type="warning" showIcon title={t('sessions.sitting.archivedBanner')} className="kenes-gap" />
      ) : null}
      {session.locked ? <LockBanner session={session} /> : null}
      <Card size="small" className="kenes-gap">
        <StatusSteps session={session} onChanged={dataChanged} />
        <QuorumSummary session={session} />
      </Card>
      {session.locked ? <Amendments session={session} onChanged={dataChanged} /> : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'agenda' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'agenda',
            label: t('sessions.sitting.tabs.agenda'),
            children: <AgendaTab session={session} people={people} onChanged={dataChanged} />,
          },
          {
            key: 'attendance',
            label: t('sessions.sitting.tabs.attendance'),
            children: <AttendancePanel session={session} onChanged={dataChanged} />,
          },
          {
            key: 'minutes',
            label: t('sessions.sitting.tabs.minutes'),
            children: <MinutesPanel session={session} />,
          },
        ]}
      />
      {editing ? (
        <SittingFormDrawer
          target={{ mode: 'edit', session }}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void message.success(t('sessions.form.saved'));
            dataChanged();
          }}
        />
      ) : null}
    </>
  );
};
