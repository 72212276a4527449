import type { ReactNode } from 'react';
import { Button, Flex, Switch } from 'antd';

export interface FilterToggle {
  /** The switch's id, which its label points at. */
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

interface Props {
  toggles: FilterToggle[];
  clearLabel: string;
  canClear: boolean;
  onClear: () => void;
  /** The live count of what the filters leave ("12 келісім"). */
  resultCount: ReactNode;
}

/** The line under a registry's filters: its switches, "clear filters", and the result count. */
export const FilterFooter = ({ toggles, clearLabel, canClear, onClear, resultCount }: Props) => (
  <Flex justify="space-between" align="center" wrap gap={12} className="kenes-filter-footer">
    <Flex align="center" gap={16} wrap>
      {toggles.map((toggle) => (
        <Flex key={toggle.id} align="center" gap={8}>
          <Switch id={toggle.id} checked={toggle.checked} onChange={toggle.onChange} />
          <label htmlFor={toggle.id}>{toggle.label}</label>
        </Flex>
      ))}
      <Button onClick={onClear} disabled={!canClear}>
        {clearLabel}
      </Button>
    </Flex>
    {resultCount}
  </Flex>
);
