import { useMemo, useState } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { sessionCalls } from '../../../../shared/api/sessions';
import type { SessionDetail } from '../../../../shared/model';
import { FormDrawer, useFormDrawer, type SavePlan } from '../../lib/formDrawer';
import { foldFilter } from '../../lib/selectOptions';
import { contractErrors } from '../../lib/validate';
import { useCurrentLanguage } from '../../lib/labels';
import { usePeople } from './usePeople';
import {
  blankSitting,
  toCreateInput,
  toSittingPatch,
  valuesFromSitting,
  type SittingFormValues,
} from './sittingFormModel';

export type SittingFormTarget =
  | {
      mode: 'create';
      /** The day the form opens on: within the period the secretary chose. */
      date: string | null;
      officers: { chairPersonId: string | null; secretaryPersonId: string | null };
    }
  | { mode: 'edit'; session: SessionDetail };

interface Props {
  target: SittingFormTarget;
  onClose: () => void;
  onSaved: (session: SessionDetail, mode: 'create' | 'edit') => void;
}

const personSearch = {
  filterOption: (input: string, option?: { label?: unknown }) => foldFilter(input, option?.label),
};

/**
 * Plan a sitting or change its day, place and officers. Checked with the contract's
 * schema before sending; the server's refusals (a number taken, the same person as
 * chair and secretary) land on the fields in the interface language.
 */
export const SittingFormDrawer = ({ target, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const people = usePeople();
  const [form] = Form.useForm<SittingFormValues>();
  const initial = useMemo(
    () =>
      target.mode === 'edit' ? valuesFromSitting(target.session) : blankSitting(target.date, target.officers),
    [target],
  );
  const drawer = useFormDrawer<SittingFormValues, SessionDetail>({
    form,
    initial,
    onClose,
    onSaved: (saved) => onSaved(saved, target.mode),
  });
  const [triedToSave, setTriedToSave] = useState(false);

  const plan = (values: SittingFormValues): SavePlan<SessionDetail> => {
    if (target.mode === 'create') {
      const input = toCreateInput(values);
      const fields = contractErrors(sessionCalls.create.input, input, lang);
      return fields ? { kind: 'invalid', fields } : { kind: 'save', run: () => api.sessions.create(input) };
    }
    const patch = toSittingPatch(target.session, values);
    if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
    const input = { id: target.session.id, patch };
    const fields = contractErrors(sessionCalls.update.input, input, lang);
    return fields ? { kind: 'invalid', fields } : { kind: 'save', run: () => api.sessions.update(input) };
  };

  const save = () => {
    setTriedToSave(true);
    void drawer.submit(plan(form.getFieldsValue(true) as SittingFormValues));
  };

  const onValuesChange = (changed: Partial<SittingFormValues>, all: SittingFormValues) => {
    if (!triedToSave) return drawer.forgetTouched(changed);
    const next = plan(all);
    drawer.setFields(next.kind === 'invalid' ? next.fields : []);
    if (next.kind !== 'invalid') drawer.setError(null);
  };

  const { feedback, saving } = drawer;
  // The council's members; before any are recorded, anyone in the register.
  const officerOptions = people.memberOptions.length > 0 ? people.memberOptions : people.options;
  return (
    <FormDrawer
      title={target.mode === 'create' ? t('sessions.form.createTitle') : t('sessions.form.editTitle')}
      size={560}
      saving={saving}
      error={drawer.error}
      onSave={save}
      onCancel={drawer.requestClose}
    >
      <Form<SittingFormValues>
        form={form}
        name="sitting"
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={save}
        disabled={saving}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="date" label={t('sessions.form.date')} required {...feedback('date')}>
              <DatePicker format={t('format.date')} className="kenes-full-width" aria-required />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="time" label={t('sessions.form.time')} {...feedback('time')}>
              <Input placeholder={t('sessions.form.timePlaceholder')} inputMode="numeric" maxLength={5} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t('sessions.form.place')} {...feedback('place')}>
          <Input placeholder={t('sessions.form.placePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="onlinePlatform"
          label={t('sessions.form.onlinePlatform')}
          {...feedback('onlinePlatform')}
        >
          <Input placeholder={t('sessions.form.onlinePlatformPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="chairPersonId"
              label={t('sessions.form.chair')}
              extra={target.mode === 'create' ? t('sessions.form.officerHelp') : undefined}
              {...feedback('chairPersonId')}
            >
              <Select allowClear showSearch={personSearch} options={officerOptions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="secretaryPersonId"
              label={t('sessions.form.secretary')}
              {...feedback('secretaryPersonId')}
            >
              <Select allowClear showSearch={personSearch} options={officerOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="number"
          label={t('sessions.form.number')}
          extra={drawer.errors.number ? undefined : t('sessions.form.numberHelp')}
          {...feedback('number')}
        >
          <InputNumber min={1} precision={0} className="kenes-full-width" />
        </Form.Item>
        <Form.Item name="notes" label={t('sessions.form.notes')} {...feedback('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
};
