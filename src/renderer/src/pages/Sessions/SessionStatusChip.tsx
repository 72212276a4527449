import { Tag } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { SessionStatus } from '../../../../shared/domain/enums';

/** Colour, icon and word together: colour alone would not survive a black-and-white printout. */
const look: Record<SessionStatus, { color: string; icon: ReactNode }> = {
  planned: { color: 'blue', icon: <ClockCircleOutlined /> },
  held: { color: 'gold', icon: <CheckCircleOutlined /> },
  minutes_drafted: { color: 'purple', icon: <EditOutlined /> },
  approved: { color: 'green', icon: <LockOutlined /> },
};

export const SessionStatusChip = ({ status }: { status: SessionStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={look[status].color} icon={look[status].icon} className="kenes-status-chip">
      {t(`sessions.status.${status}`)}
    </Tag>
  );
};
