import { Tag } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { AgreementStatus } from '../../../../shared/domain/enums';

/**
 * Each status has its own colour and icon, and always its word: colour alone would
 * not reach a colour-blind reader or a black-and-white printout.
 */
const look: Record<AgreementStatus, { color: string; icon: ReactNode }> = {
  draft: { color: 'default', icon: <EditOutlined /> },
  active: { color: 'green', icon: <CheckCircleOutlined /> },
  expiring: { color: 'orange', icon: <ClockCircleOutlined /> },
  expired: { color: 'red', icon: <CloseCircleOutlined /> },
  terminated: { color: 'purple', icon: <StopOutlined /> },
};

export const StatusChip = ({ status }: { status: AgreementStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={look[status].color} icon={look[status].icon} className="kenes-status-chip">
      {t(`agreements.status.${status}`)}
    </Tag>
  );
};
