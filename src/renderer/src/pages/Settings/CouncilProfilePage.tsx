import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { councilCalls } from '../../../../shared/api/council';
import { quorumRules, sessionCadences, sessionNumberings, tieRules } from '../../../../shared/domain/enums';
import type { CouncilProfile, PersonListItem } from '../../../../shared/model';
import type { FieldError, InputOf } from '../../../../shared/api/contract';
import { useApiQuery, toApiError } from '../../lib/useApiQuery';
import { describeApiError, fieldErrorMap, translateKey } from '../../lib/errors';
import { contractErrors, itemFeedback } from '../../lib/validate';
import { useCurrentLanguage } from '../../lib/labels';
import { foldFilter } from '../../lib/selectOptions';
import { useKenesStore, selectDataChanged } from '../../store';
import { ClusterDocumentsChecklist } from '../Agreements/ClusterDocumentsChecklist';

type Patch = InputOf<typeof councilCalls.update>['patch'];
const editable = [
  'nameKk',
  'nameRu',
  'nameEn',
  'region',
  'parentBody',
  'yearFounded',
  'chairPersonId',
  'secretaryPersonId',
  'quorumRule',
  'tieRule',
  'sessionCadence',
  'sessionNumbering',
] as const;
type Values = Pick<CouncilProfile, (typeof editable)[number]>;

const ProfileForm = ({ profile, people }: { profile: CouncilProfile; people: PersonListItem[] }) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const [form] = Form.useForm<Values>();
  const [fields, setFields] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrorMap(fields);
  const feedback = (name: keyof Values) =>
    itemFeedback(errors[name] ? translateKey(t, errors[name]) : undefined);
  const initial = useMemo(
    () => Object.fromEntries(editable.map((k) => [k, profile[k]])) as Values,
    [profile],
  );
  const personOptions = people.map((p) => ({
    value: p.id,
    label: p.organisationName ? `${p.fullName} (${p.organisationName})` : p.fullName,
  }));

  const save = async (values: Values) => {
    const patch: Record<string, unknown> = {};
    for (const key of editable) {
      const value = values[key] ?? (typeof initial[key] === 'string' ? '' : null);
      if (value !== initial[key]) patch[key] = value;
    }
    if (Object.keys(patch).length === 0) return;
    const input = { patch: patch as Patch };
    const problems = contractErrors(councilCalls.update.input, input, lang);
    if (problems) return setFields(problems);
    setSaving(true);
    try {
      await api.council.update(input);
      setFields([]);
      setFailure(null);
      void message.success(t('council.saved'));
      dataChanged();
    } catch (e) {
      const error = toApiError(e);
      setFields(error.fields ?? []);
      setFailure(describeApiError(error));
    } finally {
      setSaving(false);
    }
  };

  const personSelect = (
    <Select
      allowClear
      placeholder={t('council.chooseMember')}
      options={personOptions}
      notFoundContent={t('council.noMembersYet')}
      showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
    />
  );

  return (
    <Form<Values>
      form={form}
      name="council"
      layout="vertical"
      initialValues={initial}
      onFinish={(values) => void save(values)}
      onValuesChange={() => setFields([])}
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          className="kenes-gap"
          title={t('common.saveFailed')}
          description={failure}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={<h2 className="kenes-card-title">{t('council.sectionNames')}</h2>}>
            <Form.Item name="nameKk" label={t('council.nameKk')} required {...feedback('nameKk')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-required />
            </Form.Item>
            <Form.Item name="nameRu" label={t('council.nameRu')} {...feedback('nameRu')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="nameEn" label={t('council.nameEn')} {...feedback('nameEn')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="region" label={t('council.region')} {...feedback('region')}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="yearFounded" label={t('council.yearFounded')} {...feedback('yearFounded')}>
                  <InputNumber
                    min={1991}
                    max={new Date().getFullYear() + 1}
                    precision={0}
                    className="kenes-full-width"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="parentBody" label={t('council.parentBody')} {...feedback('parentBody')}>
              <Input placeholder={t('council.parentBodyPlaceholder')} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={<h2 className="kenes-card-title">{t('council.sectionOfficers')}</h2>}
            className="kenes-gap"
          >
            <Form.Item name="chairPersonId" label={t('council.chairPersonId')} {...feedback('chairPersonId')}>
              {personSelect}
            </Form.Item>
            <Form.Item
              name="secretaryPersonId"
              label={t('council.secretaryPersonId')}
              extra={people.length ? t('council.officersHelp') : t('council.noMembersYet')}
              {...feedback('secretaryPersonId')}
            >
              {personSelect}
            </Form.Item>
          </Card>
          <Card title={<h2 className="kenes-card-title">{t('council.sectionRules')}</h2>}>
            <Form.Item name="quorumRule" label={t('council.quorumRule')} {...feedback('quorumRule')}>
              <Select options={quorumRules.map((r) => ({ value: r, label: t(`quorumRule.${r}`) }))} />
            </Form.Item>
            <Form.Item name="tieRule" label={t('council.tieRule')} {...feedback('tieRule')}>
              <Select options={tieRules.map((r) => ({ value: r, label: t(`tieRule.${r}`) }))} />
            </Form.Item>
            <Form.Item
              name="sessionCadence"
              label={t('council.sessionCadence')}
              {...feedback('sessionCadence')}
            >
              <Select options={sessionCadences.map((r) => ({ value: r, label: t(`sessionCadence.${r}`) }))} />
            </Form.Item>
            <Form.Item
              name="sessionNumbering"
              label={t('council.sessionNumbering')}
              {...feedback('sessionNumbering')}
            >
              <Select
                options={sessionNumberings.map((r) => ({ value: r, label: t(`sessionNumbering.${r}`) }))}
              />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={saving} className="kenes-gap-top">
        {t('common.save')}
      </Button>
    </Form>
  );
};

/** The council's names, officers and rules of sittings. */
export const CouncilProfilePage = () => {
  const { t } = useTranslation();
  const council = useApiQuery('council', () => api.council.get({}));
  const people = useApiQuery('people:all', () => api.people.list({ pageSize: 500 }));
  if (council.error && !council.data)
    return <Alert type="error" showIcon title={describeApiError(council.error)} />;
  if (!council.data || !people.data) return <Skeleton active />;
  return (
    <>
      <Alert type="info" className="kenes-gap" title={t('council.intro')} />
      {/* A fresh form whenever the stored profile changes (e.g. after saving, or a new chair elsewhere). */}
      <ProfileForm key={council.data.updatedAt} profile={council.data} people={people.data.items} />
      <ClusterDocumentsChecklist />
    </>
  );
};
