import { Button, DatePicker, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { historyEntities } from '../../../../shared/api/history';
import { historyActions, type HistoryAction } from '../../../../shared/domain/enums';

export type HistoryEntityName = (typeof historyEntities)[number];

export interface HistoryFilterValue {
  entity?: HistoryEntityName;
  action?: HistoryAction;
  by?: string;
  dates?: [Dayjs, Dayjs];
}

interface Props {
  value: HistoryFilterValue;
  authors: string[];
  onChange: (next: HistoryFilterValue) => void;
}

/** Kind of record, kind of change, who, and a range of calendar days. */
export const HistoryFilters = ({ value, authors, onChange }: Props) => {
  const { t } = useTranslation();
  const set = (patch: Partial<HistoryFilterValue>) => onChange({ ...value, ...patch });
  return (
    <Flex gap={8} wrap className="kenes-gap">
      <Select<HistoryEntityName>
        aria-label={t('historyLog.filterEntity')}
        placeholder={t('historyLog.allEntities')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 220 }}
        value={value.entity}
        onChange={(entity) => set({ entity })}
        options={historyEntities.map((e) => ({ value: e, label: t(`history.entity.${e}`) }))}
      />
      <Select<HistoryAction>
        aria-label={t('historyLog.filterAction')}
        placeholder={t('historyLog.allActions')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 200 }}
        value={value.action}
        onChange={(action) => set({ action })}
        options={historyActions.map((a) => ({ value: a, label: t(`history.action.${a}`) }))}
      />
      <Select<string>
        aria-label={t('historyLog.filterWho')}
        placeholder={t('historyLog.everyone')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 180 }}
        value={value.by}
        onChange={(by) => set({ by })}
        options={authors.map((a) => ({ value: a, label: a || t('history.unnamedUser') }))}
      />
      <DatePicker.RangePicker
        aria-label={t('historyLog.filterDates')}
        value={value.dates ?? null}
        onChange={(range) => set({ dates: range?.[0] && range[1] ? [range[0], range[1]] : undefined })}
      />
      <Button onClick={() => onChange({})} disabled={Object.values(value).every((v) => v === undefined)}>
        {t('historyLog.clear')}
      </Button>
    </Flex>
  );
};
