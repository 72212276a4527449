import { useMemo, useState } from 'react';
import { AutoComplete, Col, Form, Input, Row, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { organisationCalls } from '../../../../shared/api/organisations';
import type { InputOf } from '../../../../shared/api/contract';
import { sectorOfType, taxonomy } from '../../../../shared/reference';
import { clusterRoles, memberships, organisationLevels } from '../../../../shared/domain/enums';
import type { GroupWithCount, Organisation, OrganisationFacets } from '../../../../shared/model';
import { useLabels } from '../../lib/labels';
import { buildGroupTree } from '../../lib/groupTree';
import { FormDrawer, useFormDrawer, type SavePlan } from '../../lib/formDrawer';
import { foldFilter, useTypeOptions } from '../../lib/selectOptions';
import { contractErrors } from '../../lib/validate';
import {
  blankValues,
  toCreateInput,
  toPatch,
  valuesFromOrganisation,
  type OrganisationFormValues,
} from './organisationFormModel';

export type OrganisationFormTarget =
  | { mode: 'create'; groupId?: string | null; placement?: OrganisationPlacement }
  | { mode: 'edit'; organisation: Organisation };

/** Where an organisation created on the network canvas goes on the view. */
export type OrganisationPlacement = NonNullable<InputOf<typeof organisationCalls.create>['placement']>;

interface Props {
  target: OrganisationFormTarget;
  facets: OrganisationFacets | undefined;
  groups: GroupWithCount[] | undefined;
  onClose: () => void;
  onSaved: (organisation: Organisation, mode: 'create' | 'edit') => void;
}

/**
 * Create or edit an organisation. Input is checked with the contract's own schema
 * before it is sent, and the server's field errors land on the same fields; a failed
 * save keeps the drawer open with everything the user typed.
 */
export const OrganisationFormDrawer = ({ target, facets, groups, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<OrganisationFormValues>();
  const initial = useMemo(
    () =>
      target.mode === 'edit'
        ? valuesFromOrganisation(target.organisation)
        : blankValues(target.groupId ?? null),
    [target],
  );
  const drawer = useFormDrawer<OrganisationFormValues, Organisation>({
    form,
    initial,
    onClose,
    onSaved: (saved) => onSaved(saved, target.mode),
  });
  const [triedToSave, setTriedToSave] = useState(false);
  const typeCode = Form.useWatch('typeCode', form);
  const typeSector = typeCode ? sectorOfType(typeCode) : undefined;
  const typeOptions = useTypeOptions(labels);
  const groupTree = useMemo(
    () =>
      buildGroupTree(groups ?? [], (g) =>
        t('registry.groupCount', { name: labels.groupName(g), count: g.organisationCount }),
      ),
    [groups, labels, t],
  );

  /** Runs the contract's schema on what the form holds and says what Save should do. */
  const plan = (values: OrganisationFormValues): SavePlan<Organisation> => {
    if (target.mode === 'create') {
      const input = { ...toCreateInput(values), placement: target.placement };
      const fields = contractErrors(organisationCalls.create.input, input, labels.lang);
      return fields
        ? { kind: 'invalid', fields }
        : { kind: 'save', run: () => api.organisations.create(input) };
    }
    const patch = toPatch(target.organisation, values);
    if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
    const input = { id: target.organisation.id, patch };
    const fields = contractErrors(organisationCalls.update.input, input, labels.lang);
    return fields
      ? { kind: 'invalid', fields }
      : { kind: 'save', run: () => api.organisations.update(input) };
  };

  const save = () => {
    setTriedToSave(true);
    void drawer.submit(plan(form.getFieldsValue(true) as OrganisationFormValues));
  };

  const onValuesChange = (changed: Partial<OrganisationFormValues>, all: OrganisationFormValues) => {
    if (!triedToSave) return drawer.forgetTouched(changed);
    // After a first attempt, keep the messages in step with what the user fixes.
    const next = plan(all);
    drawer.setFields(next.kind === 'invalid' ? next.fields : []);
    if (next.kind !== 'invalid') drawer.setError(null);
  };

  const { feedback, errors: fieldErrors, saving } = drawer;
  const title =
    target.mode === 'create'
      ? t('organisationForm.createTitle')
      : `${t('organisationForm.editTitle')}: ${target.organisation.nameKk}`;
  const sectorDefault = typeSector ? labels.sectorName(typeSector) : '';

  return (
    <FormDrawer
      title={title}
      size={680}
      saving={saving}
      error={drawer.error}
      onSave={save}
      onCancel={drawer.requestClose}
    >
      <Form<OrganisationFormValues>
        form={form}
        name="organisation"
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={save}
        disabled={saving}
        scrollToFirstError
      >
        <h3 className="kenes-form-section">{t('organisationForm.sectionNames')}</h3>
        <Form.Item
          name="nameKk"
          label={t('organisation.nameKk')}
          required
          {...feedback('nameKk')}
          extra={fieldErrors.nameKk ? undefined : t('organisationForm.nameKkHelp')}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-required />
        </Form.Item>
        <Form.Item name="nameRu" label={t('organisation.nameRu')} {...feedback('nameRu')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="shortName" label={t('organisation.shortName')} {...feedback('shortName')}>
          <Input />
        </Form.Item>

        <h3 className="kenes-form-section">{t('organisationForm.sectionClassification')}</h3>
        <Form.Item name="typeCode" label={t('organisation.typeCode')} required {...feedback('typeCode')}>
          <Select
            aria-required
            options={typeOptions}
            placeholder={t('organisationForm.typePlaceholder')}
            showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="sector"
              label={t('organisation.sector')}
              {...feedback('sector')}
              extra={
                fieldErrors.sector
                  ? undefined
                  : sectorDefault
                    ? t('organisationForm.sectorHelp', { sector: sectorDefault })
                    : t('organisationForm.sectorHelpNoType')
              }
            >
              <Select
                allowClear
                placeholder={
                  sectorDefault
                    ? t('organisationForm.sectorPlaceholder', { sector: sectorDefault })
                    : undefined
                }
                options={taxonomy.sectors.map((s) => ({ value: s.code, label: labels.text(s.name) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="level" label={t('organisation.level')} required {...feedback('level')}>
              <Select
                aria-required
                options={organisationLevels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="district" label={t('organisation.district')} {...feedback('district')}>
              <AutoComplete
                options={(facets?.districts ?? []).map((d) => ({ value: d }))}
                showSearch={{ filterOption: (input, option) => foldFilter(input, option?.value) }}
                placeholder={t('organisationForm.districtPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="groupId" label={t('organisation.groupId')} {...feedback('groupId')}>
              <TreeSelect
                allowClear
                treeDefaultExpandAll
                treeData={groupTree}
                placeholder={t('organisationForm.groupPlaceholder')}
                showSearch={{ treeNodeFilterProp: 'title' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="membership" label={t('organisation.membership')} {...feedback('membership')}>
              <Select options={memberships.map((m) => ({ value: m, label: t(`membership.${m}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="clusterRole" label={t('organisation.clusterRole')} {...feedback('clusterRole')}>
              <Select options={clusterRoles.map((r) => ({ value: r, label: t(`clusterRole.${r}`) }))} />
            </Form.Item>
          </Col>
        </Row>

        <h3 className="kenes-form-section">{t('organisationForm.sectionContacts')}</h3>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="legalForm" label={t('organisation.legalForm')} {...feedback('legalForm')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="headName" label={t('organisation.headName')} {...feedback('headName')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="address" label={t('organisation.address')} {...feedback('address')}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="phone" label={t('organisation.phone')} {...feedback('phone')}>
              <Input type="tel" placeholder={t('organisationForm.phonePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="email" label={t('organisation.email')} {...feedback('email')}>
              <Input type="email" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="website" label={t('organisation.website')} {...feedback('website')}>
          <Input type="url" placeholder={t('organisationForm.websitePlaceholder')} />
        </Form.Item>

        <h3 className="kenes-form-section">{t('organisationForm.sectionNotes')}</h3>
        <Form.Item name="notes" label={t('organisation.notes')} {...feedback('notes')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
};
