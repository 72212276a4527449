import { useMemo, useState } from 'react';
import { Alert, App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { personCalls } from '../../../../shared/api/people';
import { councilRoles, type CouncilRole } from '../../../../shared/domain/enums';
import type { FieldError } from '../../../../shared/api/contract';
import type { Person } from '../../../../shared/model';
import { useApiQuery, toApiError } from '../../lib/useApiQuery';
import { describeApiError, fieldErrorMap, translateKey } from '../../lib/errors';
import { contractErrors, itemFeedback } from '../../lib/validate';
import { useCurrentLanguage } from '../../lib/labels';
import { foldFilter } from '../Organisations/FilterBar';

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
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const initial = useMemo(() => valuesOf(target), [target]);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const organisations = useApiQuery('organisations:all', () =>
    api.organisations.list({ pageSize: 500, includeHub: true }),
  );
  const errors = fieldErrorMap(fields);
  const feedback = (name: keyof Values) =>
    itemFeedback(errors[name] ? translateKey(t, errors[name]) : undefined);

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

  const save = async () => {
    const call = toInput(form.getFieldsValue(true) as Values);
    if (call.kind === 'update' && Object.keys(call.input.patch).length === 0) return onClose();
    const schema = call.kind === 'create' ? personCalls.create.input : personCalls.update.input;
    const problems = contractErrors(schema, call.input, lang);
    if (problems) {
      setFields(problems);
      setFailure(t('common.saveFailed'));
      return;
    }
    setSaving(true);
    try {
      const saved =
        call.kind === 'create'
          ? await api.people.create(personCalls.create.input.parse(call.input))
          : await api.people.update(personCalls.update.input.parse(call.input));
      onSaved(saved, target.mode);
    } catch (e) {
      const error = toApiError(e);
      setFields(error.fields ?? []);
      setFailure(error.code === 'validation' ? t('common.saveFailed') : describeApiError(t, error));
    } finally {
      setSaving(false);
    }
  };

  const requestClose = () => {
    if (saving) return;
    const current = form.getFieldsValue(true) as Partial<Values>;
    const dirty = (Object.keys(initial) as (keyof Values)[]).some(
      (k) => (current[k] ?? '') !== (initial[k] ?? ''),
    );
    if (!dirty) return onClose();
    modal.confirm({
      title: t('common.unsavedTitle'),
      content: t('common.unsavedBody'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open
      size={560}
      title={
        target.mode === 'create'
          ? t('members.createTitle')
          : `${t('members.editTitle')}: ${target.person.fullName}`
      }
      onClose={requestClose}
      mask={{ closable: false }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={requestClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" onClick={() => void save()} loading={saving}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {failure ? <Alert type="error" showIcon className="kenes-gap" title={failure} /> : null}
      <Form<Values>
        form={form}
        name="person"
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed) => {
          const touched = Object.keys(changed);
          setFields((fs) => fs.filter((f) => !touched.some((k) => f.path.endsWith(k))));
        }}
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
    </Drawer>
  );
};
