import { useMemo } from 'react';
import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { decisionCalls } from '../../../../../shared/api/sessions';
import { trackedStatuses } from '../../../../../shared/domain/enums';
import type {
  AgendaItemDetail,
  CouncilProfile,
  DecisionItem,
  SessionDetail,
} from '../../../../../shared/model';
import { FormDrawer, useFormDrawer, type SavePlan } from '../../../lib/formDrawer';
import { useCurrentLanguage } from '../../../lib/labels';
import { foldFilter } from '../../../lib/selectOptions';
import { contractErrors } from '../../../lib/validate';
import {
  blankDecision,
  createInput,
  formChanged,
  updatePatch,
  valuesOfDecision,
  type DecisionFormValues,
} from './decisionFormModel';
import type { Register } from './useRegister';
import { VoteFields } from './VoteFields';

export type DecisionTarget =
  { mode: 'create'; item: AgendaItemDetail } | { mode: 'edit'; decision: DecisionItem };

interface Props {
  target: DecisionTarget;
  session: SessionDetail;
  register: Register;
  tieRule: CouncilProfile['tieRule'];
  onClose: () => void;
  onSaved: (decision: DecisionItem, mode: 'create' | 'edit') => void;
}

/** The deadline is kept as YYYY-MM-DD in the form; the picker shows it as a date. */
const dateProps = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value && value.isValid() ? value.format('YYYY-MM-DD') : null),
};

/**
 * Records or edits a decision: wording, responsibles, partners, deadline, indicator, status,
 * the vote. Without a quorum a new decision needs the reason, which the minutes state.
 */
export const DecisionDrawer = ({ target, session, register, tieRule, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const lang = useCurrentLanguage();
  const [form] = Form.useForm<DecisionFormValues>();
  const initial = useMemo(
    () => (target.mode === 'edit' ? valuesOfDecision(target.decision) : blankDecision()),
    [target],
  );
  const drawer = useFormDrawer<DecisionFormValues, DecisionItem>({
    form,
    initial,
    onClose,
    onSaved: (saved) => onSaved(saved, target.mode),
  });
  const { feedback, saving } = drawer;
  const withoutQuorum = target.mode === 'create' && !session.quorum.reached;

  const plan = (values: DecisionFormValues): SavePlan<DecisionItem> => {
    if (target.mode === 'create') {
      const input = createInput(target.item.id, values, withoutQuorum);
      const fields = contractErrors(decisionCalls.create.input, input, lang) ?? [];
      if (withoutQuorum && !input.quorumOverrideReason)
        fields.push({
          path: 'quorumOverrideReason',
          messageKey: 'decisions.decision.overrideReasonRequired',
          message: '',
        });
      if (fields.length) return { kind: 'invalid', fields };
      return { kind: 'save', run: () => api.decisions.create(input) };
    }
    const call = { id: target.decision.id, patch: updatePatch(target.decision, values) };
    if (Object.keys(call.patch).length === 0) return { kind: 'unchanged' };
    const fields = contractErrors(decisionCalls.update.input, call, lang);
    if (fields) return { kind: 'invalid', fields };
    return { kind: 'save', run: () => api.decisions.update(decisionCalls.update.input.parse(call)) };
  };

  const requestClose = () => {
    if (saving) return;
    if (!formChanged(initial, form.getFieldsValue(true) as DecisionFormValues)) return onClose();
    modal.confirm({
      title: t('common.unsavedTitle'),
      content: t('common.unsavedBody'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: onClose,
    });
  };

  const organisations = (name: keyof DecisionFormValues, label: string) => (
    <Form.Item name={name} label={label} {...feedback(name)}>
      <Select<string[]>
        mode="multiple"
        allowClear
        aria-label={label}
        options={register.organisationOptions}
        showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
      />
    </Form.Item>
  );

  const q = session.quorum;
  return (
    <FormDrawer
      title={
        target.mode === 'create'
          ? t('decisions.decision.createTitle')
          : t('decisions.decision.editTitle', { number: target.decision.number })
      }
      size={640}
      saving={saving}
      error={drawer.error}
      onSave={() => void drawer.submit(plan(form.getFieldsValue(true) as DecisionFormValues))}
      onCancel={requestClose}
    >
      <Form<DecisionFormValues>
        form={form}
        name="decision"
        layout="vertical"
        initialValues={initial}
        onValuesChange={drawer.forgetTouched}
        disabled={saving}
      >
        {withoutQuorum ? (
          <>
            <Alert
              type="warning"
              showIcon
              className="kenes-gap"
              title={t('decisions.decision.noQuorumTitle')}
              description={t('decisions.decision.noQuorumBody', {
                present: q.present,
                members: q.members,
                needed: q.needed,
              })}
            />
            <Form.Item
              name="quorumOverrideReason"
              label={t('decisions.decision.overrideReason')}
              required
              {...feedback('quorumOverrideReason')}
            >
              <Input placeholder={t('decisions.decision.overrideReasonPlaceholder')} aria-required />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="text" label={t('decisions.decision.text')} required {...feedback('text')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            placeholder={t('decisions.decision.textPlaceholder')}
            aria-required
          />
        </Form.Item>
        {organisations('responsibleOrganisationIds', t('decisions.decision.responsibleOrganisations'))}
        <Form.Item
          name="responsiblePersonIds"
          label={t('decisions.decision.responsiblePeople')}
          {...feedback('responsiblePersonIds')}
        >
          <Select<string[]>
            mode="multiple"
            allowClear
            aria-label={t('decisions.decision.responsiblePeople')}
            options={register.personOptions}
            showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
          />
        </Form.Item>
        {organisations('partnerOrganisationIds', t('decisions.decision.partners'))}
        <Form.Item
          name="deadline"
          label={t('decisions.decision.deadline')}
          {...dateProps}
          {...feedback('deadline')}
        >
          <DatePicker format={t('format.date')} aria-label={t('decisions.decision.deadline')} />
        </Form.Item>
        <Form.Item name="indicator" label={t('decisions.decision.indicator')} {...feedback('indicator')}>
          <Input placeholder={t('decisions.decision.indicatorPlaceholder')} />
        </Form.Item>
        <Form.Item name="status" label={t('decisions.decision.status')} {...feedback('status')}>
          <Select
            aria-label={t('decisions.decision.status')}
            options={trackedStatuses.map((s) => ({ value: s, label: t(`decisions.status.${s}`) }))}
          />
        </Form.Item>
        <VoteFields tieRule={tieRule} />
      </Form>
    </FormDrawer>
  );
};
