import { useMemo, useState } from 'react';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { agendaCalls } from '../../../../../shared/api/sessions';
import type { AgendaItemDetail } from '../../../../../shared/model';
import { FormDrawer, useFormDrawer, type SavePlan } from '../../../lib/formDrawer';
import { useCurrentLanguage } from '../../../lib/labels';
import { foldFilter } from '../../../lib/selectOptions';
import { contractErrors } from '../../../lib/validate';
import type { People } from '../usePeople';
import type { AgendaReferences } from './useAgendaReferences';
import {
  blankItem,
  toAddInput,
  toItemPatch,
  valuesFromItem,
  type AgendaItemFormValues,
} from './agendaFormModel';

export type AgendaItemTarget = { mode: 'create' } | { mode: 'edit'; item: AgendaItemDetail };

interface Props {
  sessionId: string;
  target: AgendaItemTarget;
  people: People;
  references: AgendaReferences;
  onClose: () => void;
  onSaved: (item: AgendaItemDetail, mode: 'create' | 'edit') => void;
}

const search = {
  filterOption: (input: string, option?: { label?: unknown }) => foldFilter(input, option?.label),
};

/**
 * An agenda item: what the council hears, who reports, how long, what it concerns, and
 * the ТЫҢДАЛДЫ / СӨЙЛЕГЕНДЕР texts the minutes print. Picking a rapporteur fills in
 * their organisation when none is chosen yet.
 */
export const AgendaItemDrawer = ({ sessionId, target, people, references, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const [form] = Form.useForm<AgendaItemFormValues>();
  const initial = useMemo(() => (target.mode === 'edit' ? valuesFromItem(target.item) : blankItem), [target]);
  const drawer = useFormDrawer<AgendaItemFormValues, AgendaItemDetail>({
    form,
    initial,
    onClose,
    onSaved: (saved) => onSaved(saved, target.mode),
  });
  const [triedToSave, setTriedToSave] = useState(false);

  const plan = (values: AgendaItemFormValues): SavePlan<AgendaItemDetail> => {
    if (target.mode === 'create') {
      const input = toAddInput(sessionId, values);
      const fields = contractErrors(agendaCalls.add.input, input, lang);
      return fields ? { kind: 'invalid', fields } : { kind: 'save', run: () => api.agenda.add(input) };
    }
    const patch = toItemPatch(target.item, values);
    if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
    const input = { id: target.item.id, patch };
    const fields = contractErrors(agendaCalls.update.input, input, lang);
    return fields ? { kind: 'invalid', fields } : { kind: 'save', run: () => api.agenda.update(input) };
  };

  const save = () => {
    setTriedToSave(true);
    void drawer.submit(plan(form.getFieldsValue(true) as AgendaItemFormValues));
  };

  const onValuesChange = (changed: Partial<AgendaItemFormValues>, all: AgendaItemFormValues) => {
    if (changed.rapporteurPersonId && !all.rapporteurOrganisationId) {
      const organisationId = people.organisationOf(changed.rapporteurPersonId);
      if (organisationId) form.setFieldValue('rapporteurOrganisationId', organisationId);
    }
    if (!triedToSave) return drawer.forgetTouched(changed);
    const next = plan(all);
    drawer.setFields(next.kind === 'invalid' ? next.fields : []);
    if (next.kind !== 'invalid') drawer.setError(null);
  };

  const { feedback, saving } = drawer;
  const title =
    target.mode === 'create'
      ? t('sessions.itemForm.createTitle')
      : t('sessions.itemForm.editTitle', { position: target.item.position });
  return (
    <FormDrawer
      title={title}
      size={680}
      saving={saving}
      error={drawer.error}
      onSave={save}
      onCancel={drawer.requestClose}
    >
      <Form<AgendaItemFormValues>
        form={form}
        name="agendaItem"
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        disabled={saving}
      >
        <Form.Item name="title" label={t('sessions.itemForm.title')} required {...feedback('title')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-required />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="rapporteurPersonId"
              label={t('sessions.itemForm.rapporteurPerson')}
              {...feedback('rapporteurPersonId')}
            >
              <Select allowClear showSearch={search} options={people.options} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="rapporteurOrganisationId"
              label={t('sessions.itemForm.rapporteurOrganisation')}
              {...feedback('rapporteurOrganisationId')}
            >
              <Select allowClear showSearch={search} options={references.organisations} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="durationMinutes"
          label={t('sessions.itemForm.duration')}
          {...feedback('durationMinutes')}
        >
          <InputNumber min={1} max={600} precision={0} />
        </Form.Item>
        <Form.Item
          name="organisationIds"
          label={t('sessions.itemForm.organisations')}
          {...feedback('organisationIds')}
        >
          <Select mode="multiple" allowClear showSearch={search} options={references.organisations} />
        </Form.Item>
        <Form.Item
          name="agreementIds"
          label={t('sessions.itemForm.agreements')}
          {...feedback('agreementIds')}
        >
          <Select mode="multiple" allowClear showSearch={search} options={references.agreements} />
        </Form.Item>
        <Form.Item name="moduleIds" label={t('sessions.itemForm.modules')} {...feedback('moduleIds')}>
          <Select mode="multiple" allowClear showSearch={search} options={references.modules} />
        </Form.Item>
        <Form.Item
          name="heard"
          label={t('sessions.itemForm.heard')}
          extra={t('sessions.itemForm.heardHelp')}
          {...feedback('heard')}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
        <Form.Item
          name="spoke"
          label={t('sessions.itemForm.spoke')}
          extra={t('sessions.itemForm.spokeHelp')}
          {...feedback('spoke')}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
};
