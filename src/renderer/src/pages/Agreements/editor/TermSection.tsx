import { Col, DatePicker, Form, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementEditorState } from '../useAgreementEditor';

/** Signing, the term (or indefinite), automatic renewal and the notice period. */
export const TermSection = ({ feedback }: Pick<AgreementEditorState, 'feedback'>) => {
  const { t } = useTranslation();
  const indefinite = Form.useWatch('indefinite') as boolean | undefined;
  const dateFormat = t('format.date');
  return (
    <section aria-labelledby="agreement-term">
      <h3 id="agreement-term" className="kenes-form-section">
        {t('agreements.form.sectionTerm')}
      </h3>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="signedOn"
            label={t('agreements.field.signedOn')}
            extra={t('agreements.form.signedOnHelp')}
            {...feedback('signedOn')}
          >
            <DatePicker format={dateFormat} className="kenes-full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="validFrom" label={t('agreements.field.validFrom')} {...feedback('validFrom')}>
            <DatePicker format={dateFormat} className="kenes-full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="validTo" label={t('agreements.field.validTo')} {...feedback('validTo')}>
            <DatePicker format={dateFormat} className="kenes-full-width" disabled={indefinite} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="indefinite"
            label={t('agreements.field.indefinite')}
            valuePropName="checked"
            {...feedback('indefinite')}
          >
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="autoRenew"
            label={t('agreements.field.autoRenew')}
            valuePropName="checked"
            {...feedback('autoRenew')}
          >
            <Switch disabled={indefinite} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="noticeDays"
            label={t('agreements.field.noticeDays')}
            extra={t('agreements.form.noticeDaysHelp')}
            {...feedback('noticeDays')}
          >
            <InputNumber min={0} max={3650} precision={0} className="kenes-full-width" />
          </Form.Item>
        </Col>
      </Row>
    </section>
  );
};
