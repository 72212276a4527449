import { useMemo, useState } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { agreementCalls } from '../../../../shared/api/agreements';
import type { ApiError, FieldError } from '../../../../shared/api/contract';
import type { AgreementDetail } from '../../../../shared/model';
import type { AgreementKind } from '../../../../shared/domain/enums';
import { fieldErrorMap, translateKey } from '../../lib/errors';
import { toApiError } from '../../lib/useApiQuery';
import { contractErrors, itemFeedback } from '../../lib/validate';
import { useCurrentLanguage } from '../../lib/labels';
import { useKenesStore, selectDataChanged } from '../../store';
import {
  blankValues,
  diffInput,
  partyErrors,
  toInput,
  valuesFromAgreement,
  type AgreementFormValues,
} from './agreementFormModel';

/** The error shown when the browser-side check refused the input: the fields say why. */
const clientInvalid: ApiError = { code: 'validation', messageKey: 'errors.validation', message: '' };

type Plan =
  | { kind: 'unchanged' }
  | { kind: 'invalid'; fields: FieldError[] }
  | { kind: 'save'; run: () => Promise<AgreementDetail> };

/**
 * Saving the editor: the browser checks the party rules and the contract's schema first,
 * the server's field errors land on the same fields, and a refused save keeps every value.
 */
export const useAgreementEditor = (
  form: FormInstance<AgreementFormValues>,
  detail: AgreementDetail | null,
  newKind: AgreementKind | undefined,
  onSaved: (saved: AgreementDetail, created: boolean) => void,
) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const initial = useMemo(
    () => (detail ? valuesFromAgreement(detail) : blankValues(newKind)),
    [detail, newKind],
  );
  const [fields, setFields] = useState<FieldError[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);
  const errors = fieldErrorMap(fields);

  const plan = (values: AgreementFormValues): Plan => {
    const input = toInput(values);
    if (detail) {
      const patch = diffInput(toInput(initial), input);
      if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
      // The party rules need the whole list, so they run on the full record.
      const own = partyErrors(input);
      const call = { id: detail.id, patch };
      const schema = contractErrors(agreementCalls.update.input, call, lang) ?? [];
      const all = [...own, ...schema];
      return all.length
        ? { kind: 'invalid', fields: all }
        : { kind: 'save', run: () => api.agreements.update(call) };
    }
    const all = [...partyErrors(input), ...(contractErrors(agreementCalls.create.input, input, lang) ?? [])];
    return all.length
      ? { kind: 'invalid', fields: all }
      : { kind: 'save', run: () => api.agreements.create(input) };
  };

  const current = () => form.getFieldsValue(true) as AgreementFormValues;
  const isDirty = () => JSON.stringify(toInput(current())) !== JSON.stringify(toInput(initial));

  /** Saves what the form holds; says 'unchanged' when there was nothing to save. */
  const save = async (): Promise<'unchanged' | 'done'> => {
    setTried(true);
    const next = plan(current());
    if (next.kind === 'unchanged') return 'unchanged';
    if (next.kind === 'invalid') {
      setError(clientInvalid);
      setFields(next.fields);
      return 'done';
    }
    setSaving(true);
    try {
      const saved = await next.run();
      setFields([]);
      setError(null);
      void message.success(t(detail ? 'agreements.form.updatedDone' : 'agreements.form.createdDone'));
      dataChanged();
      onSaved(saved, !detail);
    } catch (e) {
      const failure = toApiError(e);
      setError(failure);
      setFields(failure.fields ?? []);
    } finally {
      setSaving(false);
    }
    return 'done';
  };

  /** After a first attempt, the messages follow what the user fixes. */
  const onValuesChange = () => {
    if (!tried) return;
    const next = plan(current());
    setFields(next.kind === 'invalid' ? next.fields : []);
    if (next.kind !== 'invalid') setError(null);
  };

  /** `validateStatus` and `help` for the field at this dotted path. */
  const feedback = (path: string) => {
    const fieldError = errors[path];
    return itemFeedback(fieldError ? translateKey(t, fieldError) : undefined);
  };
  const message_ = (path: string): string | undefined =>
    errors[path] ? translateKey(t, errors[path]) : undefined;

  return { initial, error, saving, save, onValuesChange, feedback, messageAt: message_, isDirty };
};

export type AgreementEditorState = ReturnType<typeof useAgreementEditor>;
