import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Drawer, Flex, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldError } from '../../../shared/api/contract';
import { describeApiError, fieldErrorMap, translateKey } from './errors';
import { toApiError } from './useApiQuery';
import { itemFeedback } from './validate';

/** What a form asks to do on Save, after checking its input with the contract's schema. */
export type SavePlan<T> =
  { kind: 'unchanged' } | { kind: 'invalid'; fields: FieldError[] } | { kind: 'save'; run: () => Promise<T> };

/** The error shown when the browser-side check refused the input: the fields say why. */
const clientInvalid: ApiError = { code: 'validation', messageKey: 'errors.validation', message: '' };

/** Compares what the form holds now with what it opened with; antd turns blanks into undefined. */
export const isDirty = <V extends object>(initial: V, current: Partial<V>): boolean =>
  (Object.keys(initial) as (keyof V)[]).some((key) => (current[key] ?? '') !== (initial[key] ?? ''));

interface Options<V extends object, T> {
  form: FormInstance<V>;
  initial: V;
  onClose: () => void;
  onSaved: (saved: T) => void;
}

/**
 * Everything the create/edit drawers share: field errors from the browser-side check
 * or from main land on the same fields, a failed save keeps every value, and closing
 * a changed form asks first. Nothing the user typed is lost by a wrong click.
 */
export const useFormDrawer = <V extends object, T>({ form, initial, onClose, onSaved }: Options<V, T>) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrorMap(fields);

  const showFields = (shown: FieldError[]) => {
    setFields(shown);
    const first = Object.keys(fieldErrorMap(shown))[0];
    if (first) form.scrollToField(first, { block: 'center', focus: true });
  };

  const submit = async (plan: SavePlan<T>): Promise<void> => {
    if (plan.kind === 'unchanged') return onClose();
    if (plan.kind === 'invalid') {
      setError(clientInvalid);
      showFields(plan.fields);
      return;
    }
    setSaving(true);
    try {
      onSaved(await plan.run());
    } catch (e) {
      const failure = toApiError(e);
      setError(failure);
      showFields(failure.fields ?? []);
    } finally {
      setSaving(false);
    }
  };

  const requestClose = () => {
    if (saving) return;
    if (!isDirty(initial, form.getFieldsValue(true) as Partial<V>)) return onClose();
    modal.confirm({
      title: t('common.unsavedTitle'),
      content: t('common.unsavedBody'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: onClose,
    });
  };

  /** A field the user edits loses its old message until the next check. */
  const forgetTouched = (changed: Partial<V>) => {
    const touched = Object.keys(changed);
    setFields((fs) => fs.filter((f) => !touched.some((k) => f.path.endsWith(k))));
  };

  const feedback = (name: keyof V & string) => {
    const fieldError = errors[name];
    return itemFeedback(fieldError ? translateKey(t, fieldError) : undefined);
  };

  return {
    fields,
    setFields,
    error,
    setError,
    errors,
    saving,
    submit,
    requestClose,
    forgetTouched,
    feedback,
  };
};

interface FormDrawerProps {
  title: string;
  size: number;
  saving: boolean;
  error: ApiError | null;
  onSave: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The drawer around a create/edit form: the failure notice on top, Cancel and Save below. */
export const FormDrawer = ({ title, size, saving, error, onSave, onCancel, children }: FormDrawerProps) => {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      title={title}
      size={size}
      onClose={onCancel}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" onClick={onSave} loading={saving}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          className="kenes-gap"
          title={t('common.saveFailed')}
          description={error.code === 'validation' ? undefined : describeApiError(error)}
        />
      ) : null}
      {children}
    </Drawer>
  );
};
