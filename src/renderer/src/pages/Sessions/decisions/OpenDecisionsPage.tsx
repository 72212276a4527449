import { useState } from 'react';
import { Button, Checkbox, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OverdueSummary } from '../../../components/OverdueSummary';
import { api } from '../../../api/client';
import type { OpenDecisionItem } from '../../../../../shared/model';
import { LabelledTable } from '../../../components/LabelledTable';
import { PageHeader } from '../../../components/PageHeader';
import { describeApiError } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useApiQuery } from '../../../lib/useApiQuery';
import { DecisionOverdueTag, DecisionStatusSelect } from './DecisionStatus';
import { ProgressNotes } from './ProgressNotes';
import { useDecisionActions } from './useDecisionActions';
import { useRegister } from './useRegister';
import './decisions.css';

/** Decisions adopted and not yet closed, across sittings, overdue first; followed up in place. */
export const OpenDecisionsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const register = useRegister();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const list = useApiQuery(`decisions:open:${overdueOnly}`, () =>
    api.sessions.openDecisions(overdueOnly ? { overdueOnly } : {}),
  );
  const actions = useDecisionActions(list.reload);
  const items = list.data ?? [];

  const columns: TableProps<OpenDecisionItem>['columns'] = [
    { key: 'number', title: t('decisions.open.number'), width: 56, render: (_, d) => d.number },
    {
      key: 'sitting',
      title: t('decisions.open.sitting'),
      width: 130,
      render: (_, d) => (
        <Button
          type="link"
          className="kenes-org-name"
          onClick={() => void navigate(`/sessions/${d.sessionId}`)}
        >
          {d.sessionStartsAt
            ? t('decisions.open.sittingLink', {
                number: d.sessionNumber,
                date: format.date(d.sessionStartsAt),
              })
            : t('decisions.open.sittingLinkUndated', { number: d.sessionNumber })}
        </Button>
      ),
    },
    {
      key: 'text',
      title: t('decisions.open.text'),
      render: (_, d) => (
        <>
          <span className="kenes-open-decisions-text">{d.text}</span>
          {d.overdue ? (
            <div>
              <DecisionOverdueTag />
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'responsible',
      title: t('decisions.open.responsible'),
      width: 170,
      render: (_, d) =>
        [
          ...d.responsibleOrganisationIds.map(register.organisationName),
          ...d.responsiblePersonIds.map(register.personName),
        ]
          .filter(Boolean)
          .join('; ') || t('common.notSet'),
    },
    {
      key: 'deadline',
      title: t('decisions.open.deadline'),
      width: 110,
      render: (_, d) => (
        <Typography.Text type={d.overdue ? 'danger' : undefined} strong={d.overdue}>
          {format.date(d.deadline) || t('decisions.decision.noDeadline')}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('decisions.open.status'),
      width: 160,
      render: (_, d) => (
        <DecisionStatusSelect
          decision={d}
          busy={actions.busy === d.id}
          onChange={(status) => void actions.setStatus(d, status)}
        />
      ),
    },
    {
      key: 'progress',
      title: t('decisions.open.progress'),
      width: 250,
      render: (_, d) => {
        const last = d.progressNotes.at(-1);
        return (
          <>
            {last ? (
              <Typography.Text className="kenes-cell-small">
                <Typography.Text type="secondary">{format.date(last.notedOn)}</Typography.Text> {last.text}
              </Typography.Text>
            ) : null}
            <ProgressNotes
              decision={d}
              busy={actions.busy === d.id}
              showList={false}
              onAdd={(text) => actions.addNote(d, text, null)}
            />
          </>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('decisions.open.title')}
        subtitle={t('decisions.open.subtitle')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/sessions')}>
            {t('decisions.open.back')}
          </Button>
        }
      />
      {list.error && !list.data ? (
        <Typography.Paragraph type="danger" role="alert">
          {describeApiError(list.error)}
        </Typography.Paragraph>
      ) : null}
      {list.data && !overdueOnly ? (
        <OverdueSummary
          items={items}
          overdueText={(count, total) => t('decisions.open.overdueSummary', { count, total })}
          noneText={(count) => t('decisions.open.noneOverdue', { count })}
        />
      ) : null}
      <Checkbox
        className="kenes-gap"
        checked={overdueOnly}
        onChange={(e) => setOverdueOnly(e.target.checked)}
      >
        {t('decisions.open.overdueOnly')}
      </Checkbox>
      <LabelledTable<OpenDecisionItem>
        label={t('decisions.open.tableLabel')}
        className="kenes-table-card"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={list.loading}
        tableLayout="fixed"
        scroll={{ x: 1050 }}
        rowClassName={(d) => (d.overdue ? 'kenes-row-overdue' : '')}
        locale={{ emptyText: overdueOnly ? t('decisions.open.emptyOverdue') : t('decisions.open.empty') }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
      />
    </>
  );
};
