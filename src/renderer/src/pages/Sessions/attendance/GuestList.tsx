import { useState } from 'react';
import { Button, Flex, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelledTable } from '../../../components/LabelledTable';
import { foldFilter } from '../../../lib/selectOptions';
import { PersonOrName, type PersonOrNameValue } from '../decisions/PersonOrName';
import type { Register } from '../decisions/useRegister';
import { newGuestKey, type GuestMark } from './attendanceDraft';

interface Props {
  guests: GuestMark[];
  register: Register;
  readOnly: boolean;
  onChange: (guests: GuestMark[]) => void;
}

const EMPTY: PersonOrNameValue = { personId: null, name: '' };

/** Invited guests: from the register or typed in, each with their organisation. */
export const GuestList = ({ guests, register, readOnly, onChange }: Props) => {
  const { t } = useTranslation();
  const [who, setWho] = useState<PersonOrNameValue>(EMPTY);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const nameOf = (g: GuestMark) => (g.personId ? register.personName(g.personId) : g.guestName);
  const listed = new Set(guests.flatMap((g) => (g.personId ? [g.personId] : [])));

  const add = () => {
    if (!who.personId && !who.name.trim()) return setMissing(true);
    onChange([
      ...guests,
      { key: newGuestKey(), personId: who.personId, guestName: who.personId ? '' : who.name, organisationId },
    ]);
    setWho(EMPTY);
    setOrganisationId(null);
    setMissing(false);
  };

  const organisationSelect = (value: string | null, label: string, set: (id: string | null) => void) => (
    <Select<string>
      className="kenes-full-width"
      allowClear
      showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
      disabled={readOnly}
      aria-label={label}
      placeholder={t('decisions.attendance.guestOrganisationPlaceholder')}
      value={value ?? undefined}
      options={register.organisationOptions}
      onChange={(id) => set(id ?? null)}
    />
  );

  const columns: TableProps<GuestMark>['columns'] = [
    { key: 'name', title: t('decisions.attendance.guestName'), width: 280, render: (_, g) => nameOf(g) },
    {
      key: 'organisation',
      title: t('decisions.attendance.guestOrganisation'),
      width: 320,
      render: (_, g) =>
        readOnly
          ? (g.organisationId && register.organisationLabel(g.organisationId)) || t('common.notSet')
          : organisationSelect(g.organisationId, t('decisions.attendance.guestOrganisation'), (id) =>
              onChange(guests.map((x) => (x.key === g.key ? { ...x, organisationId: id } : x))),
            ),
    },
    {
      key: 'remove',
      width: 60,
      render: (_, g) =>
        readOnly ? null : (
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('decisions.attendance.removeGuest', { name: nameOf(g) })}
            onClick={() => onChange(guests.filter((x) => x.key !== g.key))}
          />
        ),
    },
  ];

  return (
    <section aria-label={t('decisions.attendance.guests')}>
      <Typography.Title level={3} className="kenes-section-title">
        {t('decisions.attendance.guests')}
      </Typography.Title>
      <LabelledTable<GuestMark>
        label={t('decisions.attendance.guestsLabel')}
        className="kenes-table-card kenes-gap"
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={guests}
        tableLayout="fixed"
        pagination={false}
        locale={{ emptyText: t('decisions.attendance.noGuests') }}
      />
      {readOnly ? null : (
        <Flex gap={8} wrap align="flex-start">
          <div className="kenes-guest-person">
            <PersonOrName
              value={who}
              people={register.people.filter((p) => !listed.has(p.id))}
              placeholder={t('decisions.attendance.guestPersonPlaceholder')}
              ariaLabel={t('decisions.attendance.guestPerson')}
              onChange={(v) => {
                setWho(v);
                setMissing(false);
                // A registered guest comes from their own organisation unless another is chosen.
                if (v.personId)
                  setOrganisationId(register.personById.get(v.personId)?.organisationId ?? null);
              }}
            />
            {missing ? (
              <Typography.Text type="danger" role="alert">
                {t('decisions.attendance.guestNeeded')}
              </Typography.Text>
            ) : null}
          </div>
          <div className="kenes-guest-organisation">
            {organisationSelect(
              organisationId,
              t('decisions.attendance.guestOrganisationPlaceholder'),
              setOrganisationId,
            )}
          </div>
          <Button icon={<PlusOutlined />} onClick={add}>
            {t('decisions.attendance.addGuest')}
          </Button>
        </Flex>
      )}
    </section>
  );
};
