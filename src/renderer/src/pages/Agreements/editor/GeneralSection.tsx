import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { agreementKinds } from '../../../../../shared/domain/enums';
import { foldFilter } from '../../../lib/selectOptions';
import { useModuleOptions } from '../useReferenceData';
import type { AgreementEditorState } from '../useAgreementEditor';

/** Number, title, kind, subject and the interaction modules the agreement serves. */
export const GeneralSection = ({ feedback }: Pick<AgreementEditorState, 'feedback'>) => {
  const { t } = useTranslation();
  const modules = useModuleOptions();
  const kind = Form.useWatch('kind') as string | undefined;
  return (
    <section aria-labelledby="agreement-general">
      <h3 id="agreement-general" className="kenes-form-section">
        {t('agreements.form.sectionGeneral')}
      </h3>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="number" label={t('agreements.field.number')} {...feedback('number')}>
            <Input placeholder={t('agreements.form.numberPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="kind"
            label={t('agreements.field.kind')}
            required
            {...feedback('kind')}
            extra={kind === 'memorandum' ? t('agreements.form.memorandumNote') : undefined}
          >
            <Select
              aria-required
              options={agreementKinds.map((k) => ({ value: k, label: t(`agreements.kind.${k}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('agreements.field.title')} required {...feedback('title')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} aria-required />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('agreements.field.subject')}
        extra={t('agreements.form.subjectHelp')}
        {...feedback('subject')}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="moduleIds" label={t('agreements.field.modules')} {...feedback('moduleIds')}>
        <Select
          mode="multiple"
          allowClear
          options={modules}
          placeholder={t('agreements.form.modulesPlaceholder')}
          showSearch={{ filterOption: (input, option) => foldFilter(input, option?.label) }}
        />
      </Form.Item>
    </section>
  );
};
