import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../lib/useApiQuery';
import { foldFilter } from '../../../lib/selectOptions';
import { useOrganisationOptions } from '../useReferenceData';
import type { AgreementEditorState } from '../useAgreementEditor';

const searchable = {
  filterOption: (input: string, option?: { label?: unknown }) => foldFilter(input, option?.label),
};

interface RowProps {
  name: number;
  index: number;
  options: { value: string; label: string }[];
  onRemove: () => void;
  feedback: AgreementEditorState['feedback'];
}

/** One party: the organisation, its role, and who signs for it (a person of that organisation). */
const PartyRow = ({ name, index, options, onRemove, feedback }: RowProps) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const organisationId = Form.useWatch(['parties', name, 'organisationId']) as string | undefined;
  const people = useApiQuery(`agreements:signatories:${organisationId ?? ''}`, () =>
    organisationId
      ? api.people.list({ organisationId, pageSize: 500 }).then((p) => p.items)
      : Promise.resolve([]),
  );
  const n = index + 1;
  return (
    <Row
      gutter={12}
      align="top"
      className="kenes-party-row"
      role="group"
      aria-label={t('agreements.form.partyN', { n })}
    >
      <Col xs={24} lg={11}>
        <Form.Item
          name={[name, 'organisationId']}
          label={t('agreements.form.partyOrganisation', { n })}
          required
          {...feedback(`parties.${index}.organisationId`)}
        >
          <Select
            aria-required
            options={options}
            showSearch={searchable}
            placeholder={t('agreements.form.organisationPlaceholder')}
            popupMatchSelectWidth={480}
            // Someone of another organisation cannot sign for this one.
            onChange={() => form.setFieldValue(['parties', name, 'signatoryPersonId'], null)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12} lg={5}>
        <Form.Item
          name={[name, 'role']}
          label={t('agreements.field.partyRole')}
          {...feedback(`parties.${index}.role`)}
        >
          <Input placeholder={t('agreements.form.rolePlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={20} md={10} lg={7}>
        <Form.Item
          name={[name, 'signatoryPersonId']}
          label={t('agreements.field.signatory')}
          {...feedback(`parties.${index}.signatoryPersonId`)}
        >
          <Select
            allowClear
            disabled={!organisationId}
            loading={people.loading}
            placeholder={t('agreements.form.signatoryPlaceholder')}
            notFoundContent={t('agreements.form.noPeople')}
            options={(people.data ?? []).map((p) => ({
              value: p.id,
              label: p.position ? `${p.fullName}, ${p.position}` : p.fullName,
            }))}
            showSearch={searchable}
          />
        </Form.Item>
      </Col>
      <Col xs={4} md={2} lg={1} className="kenes-row-remove">
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('agreements.form.removeParty', { n })}
          title={t('agreements.form.removeParty', { n })}
        />
      </Col>
    </Row>
  );
};

/** Two or more organisations, each with its role and signatory. */
export const PartiesSection = ({
  feedback,
  messageAt,
}: Pick<AgreementEditorState, 'feedback' | 'messageAt'>) => {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const listError = messageAt('parties');
  return (
    <section aria-labelledby="agreement-parties">
      <h3 id="agreement-parties" className="kenes-form-section">
        {t('agreements.form.sectionParties')}
      </h3>
      <Typography.Paragraph type="secondary">{t('agreements.form.partiesHelp')}</Typography.Paragraph>
      <Form.List name="parties">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <PartyRow
                key={field.key}
                name={field.name}
                index={index}
                options={organisations.options}
                onRemove={() => remove(field.name)}
                feedback={feedback}
              />
            ))}
            {listError ? (
              <Typography.Paragraph type="danger" role="alert" className="kenes-list-error">
                {listError}
              </Typography.Paragraph>
            ) : null}
            <Button icon={<PlusOutlined />} onClick={() => add({ role: '' })}>
              {t('agreements.form.addParty')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
};
