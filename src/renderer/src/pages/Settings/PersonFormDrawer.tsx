import { useMemo } from 'react';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { personCalls } from '../../../../shared/api/people';
import { councilRoles, type CouncilRole } from '../../../../shared/domain/enums';
import type { Person } from '../../../../shared/model';
import { useApiQuery } from '../../lib/useApiQuery';
import { contractErrors } from '../../lib/validate';
import { FormDrawer, useFormDrawer, type SavePlan } from '../../lib/formDrawer';
import { useCurrentLanguage } from '../../lib/labels';
import { foldFilter } from '../../lib/selectOptions';

export type PersonFormTarget = { mode: 'create' } | { mode: 'edit'; person: Person };

/** The form keeps "not on the council" as a value of its own; the contract calls it null. */
const NO_ROLE = 'none';
type RoleValue = CouncilRole | typeof NO_ROLE;

interface Values {
  fullName: string;
  organisationId: string | null;
  position: string;
  councilRole: RoleValue;
  phone: string;
  email: string;
  notes: string;
}

const textFields = ['fullName', 'position', 'phone', 'email', 'notes'] as const;

const valuesOf = (target: PersonFormTarget): Values =>
  target.mode === 'edit'
    ? {
        fullName: target.person.fullName,
        organisationId: target.person.organisationId,
        position: target.person.position,
        councilRole: target.person.councilRole ?? NO_ROLE,
        phone: target.person.phone,
        email: target.person.email,
        notes: target.person.notes,
      }
    : {
        fullName: '',
        organisationId: null,
        position: '',
        councilRole: 'member',
        phone: '',
        email: '',
        notes: '',
      };

interface Props {
  target: PersonFormTarget;
  onClose: () => void;
  onSaved: (person: Person, mode: 'create' | 'edit') => void;
}

/** Add or edit a council member (or a contact who does not sit on the council). */
export const PersonFormDrawer = ({ target, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const [form] = Form.useForm<Values>();
  const initial = useMemo(() => valuesOf(target), [target]);
  const drawer = useFormDrawer<Values, Person>({
    form,
    initial,
    onClose,
    onSaved: (saved) => onSaved(saved, target.mode),
  });
  const { feedback, saving } = drawer;
  const organisations = useApiQuery('organisations:all', () =>
    api.organisations.list({ pageSize: 500, includeHub: true }),
  );
  const toInput = (v: Values) => {
    const all: Record<string, unknown> = {};
    for (const f of textFields) all[f] = v[f] ?? '';
    all.organisationId = v.organisationId ?? null;
    all.councilRole = v.councilRole === NO_ROLE ? null : v.councilRole;
    if (target.mode === 'create') return { kind: 'create' as const, input: all };
    const before: Record<string, unknown> = { ...target.person };
    const patch = Object.fromEntries(Object.entries(all).filter(([k, value]) => value !== before[k]));
    return { kind: 'update' as const, input: { id: target.person.id, patch } };
  };

  /** Runs the contract's schema on what the form holds and says what Save should do. */
  const plan = (values: Values): SavePlan<Person> => {
    const call = toInput(values);
    if (call.kind === 'create') {
      const fields = contractErrors(personCalls.create.input, call.input, lang);
      if (fields) return { kind: 'invalid', fields };
      return { kind: 'save', run: () => api.people.create(personCalls.create.input.parse(call.input)) };
    }
    if (Object.keys(call.input.patch).length === 0) return { kind: 'unchanged' };
    const fields = contractErrors(personCalls.update.input, call.input, lang);
    if (fields) return { kind: 'invalid', fields };
    return { kind: 'save', run: () => api.people.update(personCalls.update.input.parse(call.input)) };
  };

  const save = () => void drawer.submit(plan(form.getFieldsValue(true) as Values));

  return (
    <FormDrawer
      title={
        target.mode === 'create'
          ? t('members.createTitle')
          : `${t('members.editTitle')}: ${target.person.fullName}`
      }
      size={560}
      saving={saving}
      error={drawer.error}
      onSave={save}
      onCancel={drawer.requestClose}
    >
      <Form<Values>
        form={form}
        name="person"
        layout="vertical"
        initialValues={initial}
        onValuesChange={drawer.forgetTouched}
        disabled={saving}
      >
        <Form.Item name="fullName" label={t('members.fullName')} required {...feedback('fullName')}>
          <Input aria-required />
        </Form.Item>
        <Form.Item name="councilRole" label={t('members.councilRole')} {...feedback('councilRole')}>
          <Select<RoleValue>
            options={[
              ...councilRoles.map((r) => ({ value: r, label: t(`councilRole.${r}`) })),
              { value: NO_ROLE, label: t('members.noRole') },
            ]}
          />
        </Form.Item>
        <Form.Item name="organisationId" label={t('members.organisationId')} {...feedback('organisationId')}>
          <Select
            allowClear
            loading={organisations.loading && !organisations.data}
            placeholder={t('members.organisationPlaceholder')}
            options={(organisations.data?.items ?? []).map((o) => ({
              value: o.id,
              label: o.shortName ? `${o.nameKk} (${o.shortName})` : o.nameKk,
            }))}
            showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
          />
        </Form.Item>
        <Form.Item name="position" label={t('members.position')} {...feedback('position')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('members.phone')} {...feedback('phone')}>
          <Input type="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('members.email')} {...feedback('email')}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="notes" label={t('members.notes')} {...feedback('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
};
