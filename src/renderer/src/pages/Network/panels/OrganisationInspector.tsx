import { Alert, Button, Flex, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { organisationCalls } from '../../../../../shared/api/organisations';
import { clusterRoles, memberships, organisationLevels } from '../../../../../shared/domain/enums';
import type { Organisation } from '../../../../../shared/model';
import { useLabels } from '../../../lib/labels';
import type { SavePlan } from '../../../lib/formDrawer';
import { InspectorForm } from './InspectorForm';
import { useApiQuery } from '../../../lib/useApiQuery';
import { describeApiError } from '../../../lib/errors';
import { foldFilter, useTypeOptions } from '../../../lib/selectOptions';
import { contractErrors } from '../../../lib/validate';
import {
  toPatch,
  valuesFromOrganisation,
  type OrganisationFormValues,
} from '../../Organisations/organisationFormModel';

interface Props {
  id: string;
  pinned: boolean;
  focusSteps: number | null;
  onSaved: () => void;
  onPin: (pinned: boolean) => void;
  onFocus: (steps: number | null) => void;
  onDelete: () => void;
}

/**
 * The selected organisation, editable in place with the registry's own check. Fields the
 * picture does not show (address, phone…) stay in the registry's full form.
 */
export const OrganisationInspector = ({
  id,
  pinned,
  focusSteps,
  onSaved,
  onPin,
  onFocus,
  onDelete,
}: Props) => {
  const { t } = useTranslation();
  const detail = useApiQuery(`organisations:get:${id}`, () => api.organisations.get({ id }));
  const organisation = detail.data?.organisation;
  if (detail.error) return <Alert type="error" showIcon title={describeApiError(detail.error)} />;
  if (!organisation) return null;
  return (
    <Flex vertical gap={12}>
      <OrganisationForm
        key={`${organisation.id}:${organisation.updatedAt}`}
        organisation={organisation}
        onSaved={onSaved}
      />
      <Space wrap>
        <Button onClick={() => onPin(!pinned)} aria-pressed={pinned}>
          {pinned ? t('network.unpin') : t('network.pin')}
        </Button>
        {organisation.isCouncilHub ? null : (
          <Button danger onClick={onDelete}>
            {t('network.deleteNode')}
          </Button>
        )}
      </Space>
      <Flex align="center" gap={8} wrap>
        <Typography.Text>{t('network.focusSteps')}</Typography.Text>
        <InputNumber
          min={1}
          max={5}
          value={focusSteps ?? undefined}
          placeholder="—"
          aria-label={t('network.focusSteps')}
          onChange={(v) => onFocus(typeof v === 'number' ? v : null)}
          style={{ width: 72 }}
        />
        {focusSteps ? <Button onClick={() => onFocus(null)}>{t('network.focusClear')}</Button> : null}
      </Flex>
    </Flex>
  );
};

const OrganisationForm = ({ organisation, onSaved }: { organisation: Organisation; onSaved: () => void }) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const typeOptions = useTypeOptions(labels);
  const plan = (values: OrganisationFormValues): SavePlan<Organisation> => {
    const patch = toPatch(organisation, values);
    if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
    const input = { id: organisation.id, patch };
    const fields = contractErrors(organisationCalls.update.input, input, labels.lang);
    return fields
      ? { kind: 'invalid', fields }
      : { kind: 'save', run: () => api.organisations.update(input) };
  };

  return (
    <InspectorForm
      initial={valuesFromOrganisation(organisation)}
      label={t('network.inspectorOrganisation')}
      plan={plan}
      onSaved={onSaved}
    >
      {(feedback) => (
        <>
          <Form.Item name="nameKk" label={t('organisation.nameKk')} required {...feedback('nameKk')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} aria-required />
          </Form.Item>
          <Form.Item name="nameRu" label={t('organisation.nameRu')} {...feedback('nameRu')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
          <Form.Item name="shortName" label={t('organisation.shortName')} {...feedback('shortName')}>
            <Input />
          </Form.Item>
          <Form.Item name="typeCode" label={t('organisation.typeCode')} required {...feedback('typeCode')}>
            <Select
              options={typeOptions}
              showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
              disabled={organisation.isCouncilHub}
            />
          </Form.Item>
          <Form.Item name="level" label={t('organisation.level')} required {...feedback('level')}>
            <Select options={organisationLevels.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
          </Form.Item>
          <Form.Item name="district" label={t('organisation.district')} {...feedback('district')}>
            <Input />
          </Form.Item>
          <Form.Item name="membership" label={t('organisation.membership')} {...feedback('membership')}>
            <Select options={memberships.map((m) => ({ value: m, label: t(`membership.${m}`) }))} />
          </Form.Item>
          <Form.Item name="clusterRole" label={t('organisation.clusterRole')} {...feedback('clusterRole')}>
            <Select options={clusterRoles.map((r) => ({ value: r, label: t(`clusterRole.${r}`) }))} />
          </Form.Item>
        </>
      )}
    </InspectorForm>
  );
};
