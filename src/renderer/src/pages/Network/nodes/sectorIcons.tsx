import {
  BankOutlined,
  BookOutlined,
  ExperimentOutlined,
  HeartOutlined,
  ReadOutlined,
  SafetyOutlined,
  ShopOutlined,
  SmileOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { SectorCode } from '../../../../../shared/reference';

/** One icon per sector, so the kind of body reads even where colour does not (print, colour blindness). */
const icons: Record<SectorCode, ComponentType> = {
  education: ReadOutlined,
  special_education: SmileOutlined,
  health: HeartOutlined,
  social: TeamOutlined,
  culture_sport: TrophyOutlined,
  internal_affairs: SafetyOutlined,
  state: BankOutlined,
  ngo: BookOutlined,
  business: ShopOutlined,
  science: ExperimentOutlined,
};

export const SectorIcon = ({ sector }: { sector: string }) => {
  const Icon = icons[sector as SectorCode] ?? BankOutlined;
  return (
    <span className="kenes-node-icon" aria-hidden="true">
      <Icon />
    </span>
  );
};
