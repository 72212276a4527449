import { AutoComplete } from 'antd';
import { foldFilter } from '../../../lib/selectOptions';
import type { PersonListItem } from '../../../../../shared/model';

/** Someone from the register (by id) or a name typed in for a person not in it. */
export interface PersonOrNameValue {
  personId: string | null;
  name: string;
}

interface Props {
  value: PersonOrNameValue;
  onChange: (value: PersonOrNameValue) => void;
  people: PersonListItem[];
  placeholder: string;
  ariaLabel: string;
  disabled?: boolean;
}

/**
 * A deputy or a guest: choosing from the list links the person; typing anything else
 * keeps the typed name, as the minutes print it.
 */
export const PersonOrName = ({ value, onChange, people, placeholder, ariaLabel, disabled }: Props) => {
  const shown = value.personId
    ? (people.find((p) => p.id === value.personId)?.fullName ?? value.name)
    : value.name;
  return (
    <AutoComplete
      className="kenes-full-width"
      value={shown}
      disabled={disabled}
      placeholder={placeholder}
      aria-label={ariaLabel}
      allowClear
      options={people.map((p) => ({
        value: p.id,
        label: p.organisationName ? `${p.fullName} (${p.organisationName})` : p.fullName,
      }))}
      filterOption={(input, option) => foldFilter(input, option?.label)}
      onSelect={(personId: string | undefined) => {
        if (personId) onChange({ personId, name: people.find((p) => p.id === personId)?.fullName ?? '' });
      }}
      onChange={(text: string | undefined) => {
        // onChange also fires on select with the id; the select handler has it already.
        if (text && people.some((p) => p.id === text)) return;
        onChange({ personId: null, name: text ?? '' });
      }}
    />
  );
};
