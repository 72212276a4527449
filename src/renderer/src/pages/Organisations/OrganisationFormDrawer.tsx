import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Col,
  Drawer,
  Flex,
  Form,
  Input,
  Row,
  Select,
  TreeSelect,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { taxonomy, sectorOfType, COUNCIL_TYPE_CODE } from '../../../../shared/reference';
import { clusterRoles, memberships, organisationLevels } from '../../../../shared/domain/enums';
import type { ApiError } from '../../../../shared/api/contract';
import type { GroupWithCount, Organisation, OrganisationFacets } from '../../../../shared/model';
import { describeApiError, fieldErrorMap, translateKey } from '../../lib/errors';
import { toApiError } from '../../lib/useApiQuery';
import { useLabels } from '../../lib/labels';
import { buildGroupTree } from '../../lib/groupTree';
import { foldFilter } from './FilterBar';
import {
  blankValues,
  checkCreate,
  checkUpdate,
  isDirty,
  toCreateInput,
  toPatch,
  valuesFromOrganisation,
  type OrganisationFormValues,
} from './organisationFormModel';

export type OrganisationFormTarget =
  { mode: 'create'; groupId?: string | null } | { mode: 'edit'; organisation: Organisation };

interface Props {
  target: OrganisationFormTarget;
  facets: OrganisationFacets | undefined;
  groups: GroupWithCount[] | undefined;
  onClose: () => void;
  onSaved: (organisation: Organisation, mode: 'create' | 'edit') => void;
}

type Problem = { fields: ApiError['fields']; error: ApiError | null };

const clientInvalid: ApiError = { code: 'validation', messageKey: 'errors.validation', message: '' };

/**
 * Create or edit an organisation. Input is checked with the contract's own schema
 * before it is sent, and the server's field errors land on the same fields; a failed
 * save keeps the drawer open with everything the user typed.
 */
export const OrganisationFormDrawer = ({ target, facets, groups, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const labels = useLabels();
  const { modal } = App.useApp();
  const [form] = Form.useForm<OrganisationFormValues>();
  const initial = useMemo(
    () =>
      target.mode === 'edit'
        ? valuesFromOrganisation(target.organisation)
        : blankValues(target.groupId ?? null),
    [target],
  );
  const [problem, setProblem] = useState<Problem>({ fields: [], error: null });
  const [saving, setSaving] = useState(false);
  const [triedToSave, setTriedToSave] = useState(false);
  const typeCode = Form.useWatch('typeCode', form);
  const typeSector = typeCode ? sectorOfType(typeCode) : undefined;
  const fieldErrors = fieldErrorMap(problem.fields);

  const typeOptions = useMemo(
    () =>
      taxonomy.sectors.map((sector) => ({
        label: labels.text(sector.name),
        title: labels.text(sector.name),
        options: taxonomy.types
          .filter((type) => type.sector === sector.code && type.code !== COUNCIL_TYPE_CODE)
          .map((type) => ({ value: type.code, label: labels.typeLabel(type.code) })),
      })),
    [labels],
  );
  const groupTree = useMemo(
    () =>
      buildGroupTree(groups ?? [], (g) =>
        t('registry.groupCount', { name: labels.groupName(g), count: g.organisationCount }),
      ),
    [groups, labels, t],
  );

  /** Runs the contract's schema on what the form holds; returns the call to make, or null after showing errors. */
  const prepare = (values: OrganisationFormValues) => {
    if (target.mode === 'create') {
      const input = toCreateInput(values);
      const check = checkCreate(input, labels.lang);
      return check.ok
        ? ({ kind: 'create', input } as const)
        : ({ kind: 'invalid', fields: check.fields } as const);
    }
    const patch = toPatch(target.organisation, values);
    if (Object.keys(patch).length === 0) return { kind: 'unchanged' } as const;
    const input = { id: target.organisation.id, patch };
    const check = checkUpdate(input, labels.lang);
    return check.ok
      ? ({ kind: 'update', input } as const)
      : ({ kind: 'invalid', fields: check.fields } as const);
  };

  const focusFirstError = (fields: ApiError['fields']) => {
    const first = Object.keys(fieldErrorMap(fields))[0];
    if (first) form.scrollToField(first, { block: 'center', focus: true });
  };

  const save = async () => {
    setTriedToSave(true);
    const values = form.getFieldsValue(true) as OrganisationFormValues;
    const call = prepare(values);
    if (call.kind === 'unchanged') return onClose();
    if (call.kind === 'invalid') {
      setProblem({ fields: call.fields, error: clientInvalid });
      focusFirstError(call.fields);
      return;
    }
    setSaving(true);
    try {
      const saved =
        call.kind === 'create'
          ? await api.organisations.create(call.input)
          : await api.organisations.update(call.input);
      onSaved(saved, target.mode);
    } catch (e) {
      const error = toApiError(e);
      setProblem({ fields: error.fields ?? [], error });
      focusFirstError(error.fields);
    } finally {
      setSaving(false);
    }
  };

  const onValuesChange = (changed: Partial<OrganisationFormValues>, all: OrganisationFormValues) => {
    if (triedToSave) {
      // After a first attempt, keep the messages in step with what the user fixes.
      const call = prepare(all);
      setProblem((p) => ({
        fields: call.kind === 'invalid' ? call.fields : [],
        error: call.kind === 'invalid' ? p.error : null,
      }));
      return;
    }
    const touched = Object.keys(changed);
    setProblem((p) => ({
      ...p,
      fields: (p.fields ?? []).filter((f) => !touched.some((k) => f.path.endsWith(k))),
    }));
  };

  const requestClose = () => {
    if (saving) return;
    if (!isDirty(initial, form.getFieldsValue(true) as Partial<OrganisationFormValues>)) return onClose();
    modal.confirm({
      title: t('common.unsavedTitle'),
      content: t('common.unsavedBody'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: onClose,
    });
  };

  const feedback = (name: keyof OrganisationFormValues) => {
    const error = fieldErrors[name];
    return error ? { validateStatus: 'error' as const, help: translateKey(t, error) } : {};
  };

  const title =
    target.mode === 'create'
      ? t('organisationForm.createTitle')
      : `${t('organisationForm.editTitle')}: ${target.organisation.nameKk}`;
  const sectorDefault = typeSector ? labels.sectorName(typeSector) : '';

  return (
    <Drawer
      open
      title={title}
      size={680}
      onClose={requestClose}
      mask={{ closable: false }}
      destroyOnHidden
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
      {problem.error ? (
        <Alert
          type="error"
          showIcon
          className="kenes-gap"
          title={t('common.saveFailed')}
          description={problem.error.code === 'validation' ? undefined : describeApiError(t, problem.error)}
        />
      ) : null}
      <Form<OrganisationFormValues>
        form={form}
        name="organisation"
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={() => void save()}
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
    </Drawer>
  );
};
