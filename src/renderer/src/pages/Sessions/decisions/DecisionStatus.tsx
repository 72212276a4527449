import { Select, Tag } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { trackedStatuses, type TrackedStatus } from '../../../../../shared/domain/enums';
import type { DecisionItem } from '../../../../../shared/model';

/** Each status has its colour, icon and word: colour alone reaches neither a colour-blind reader nor a printout. */
const look: Record<TrackedStatus, { color: string; icon: ReactNode }> = {
  open: { color: 'blue', icon: <ClockCircleOutlined /> },
  in_progress: { color: 'gold', icon: <SyncOutlined /> },
  done: { color: 'green', icon: <CheckCircleOutlined /> },
  cancelled: { color: 'default', icon: <StopOutlined /> },
};

/** Overdue is computed from the deadline and the clock, and always shown in red. */
export const DecisionOverdueTag = () => {
  const { t } = useTranslation();
  return (
    <Tag color="red" icon={<ExclamationCircleOutlined />} className="kenes-status-chip">
      {t('decisions.decision.overdue')}
    </Tag>
  );
};

export const DecisionStatusChip = ({ decision }: { decision: Pick<DecisionItem, 'status' | 'overdue'> }) => {
  const { t } = useTranslation();
  return (
    <>
      <Tag
        color={look[decision.status].color}
        icon={look[decision.status].icon}
        className="kenes-status-chip"
      >
        {t(`decisions.status.${decision.status}`)}
      </Tag>
      {decision.overdue ? <DecisionOverdueTag /> : null}
    </>
  );
};

/** The status changed in place: follow-up, allowed after the minutes are approved too. */
export const DecisionStatusSelect = ({
  decision,
  busy,
  onChange,
}: {
  decision: DecisionItem;
  busy: boolean;
  onChange: (status: TrackedStatus) => void;
}) => {
  const { t } = useTranslation();
  return (
    <Select<TrackedStatus>
      value={decision.status}
      loading={busy}
      disabled={busy}
      className="kenes-decision-status"
      aria-label={t('decisions.decision.statusOf', { number: decision.number })}
      options={trackedStatuses.map((s) => ({ value: s, label: t(`decisions.status.${s}`) }))}
      onChange={onChange}
    />
  );
};
