import type { ReactNode } from 'react';
import { Alert, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../../lib/errors';
import { useFormDrawer, type SavePlan } from '../../../lib/formDrawer';
import type { itemFeedback } from '../../../lib/validate';

type Feedback = ReturnType<typeof itemFeedback>;

interface Props<V extends object, T> {
  /** The record's values; the parent remounts the form (key) when the record changes. */
  initial: V;
  label: string;
  /** Checks the values with the contract's schema and says what Save should do. */
  plan: (values: V) => SavePlan<T>;
  onSaved: (saved: T) => void;
  header?: ReactNode;
  /** The fields, given each field's error feedback from the browser-side or server check. */
  children: (feedback: (name: keyof V & string) => Feedback) => ReactNode;
}

/**
 * An edit form in the side inspector, with the registry drawers' own save mechanism:
 * field errors on their fields, a failed save keeping every value typed.
 */
export const InspectorForm = <V extends object, T>({
  initial,
  label,
  plan,
  onSaved,
  header,
  children,
}: Props<V, T>) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const drawer = useFormDrawer<V, T>({ form, initial, onClose: () => undefined, onSaved });
  return (
    <Form
      form={form}
      layout="vertical"
      size="small"
      initialValues={initial}
      onValuesChange={drawer.forgetTouched}
      onFinish={() => void drawer.submit(plan(form.getFieldsValue(true) as V))}
      aria-label={label}
    >
      {header}
      {drawer.error && drawer.error.code !== 'validation' ? (
        <Alert type="error" showIcon className="kenes-gap" title={describeApiError(drawer.error)} />
      ) : null}
      {children(drawer.feedback)}
      <Button type="primary" htmlType="submit" loading={drawer.saving}>
        {t('common.save')}
      </Button>
    </Form>
  );
};
