import { useMemo } from 'react';
import { Button, DatePicker, Form, Input, Select, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { trackedStatuses } from '../../../../../shared/domain/enums';
import type { AgreementDetail } from '../../../../../shared/model';
import type { PartyValues } from '../agreementFormModel';
import { useOrganisationOptions } from '../useReferenceData';
import { foldFilter } from '../../../lib/selectOptions';
import type { AgreementEditorState } from '../useAgreementEditor';

interface Props extends Pick<AgreementEditorState, 'feedback'> {
  detail: AgreementDetail | null;
}

/** Each party's obligations as a table: what, who answers for it, by when, how far it got. */
export const ObligationsSection = ({ feedback, detail }: Props) => {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const parties = Form.useWatch('parties') as PartyValues[] | undefined;
  const dateFormat = t('format.date');
  // Only the parties chosen above can answer for an obligation.
  const partyOptions = useMemo(() => {
    const byId = new Map(organisations.options.map((o) => [o.value, o]));
    const ids = [
      ...new Set((parties ?? []).map((p) => p?.organisationId).filter((id): id is string => !!id)),
    ];
    // The cell is narrow: the short name is shown, the full name is on hover.
    return ids.map((id) => ({
      value: id,
      label: byId.get(id)?.short ?? id,
      title: byId.get(id)?.label ?? id,
    }));
  }, [parties, organisations.options]);
  const overdue = useMemo(
    () => new Set(detail?.obligations.filter((o) => o.overdue).map((o) => o.id)),
    [detail],
  );
  const form = Form.useFormInstance();

  return (
    <section aria-labelledby="agreement-obligations">
      <h3 id="agreement-obligations" className="kenes-form-section">
        {t('agreements.form.sectionObligations')}
      </h3>
      <Form.List name="obligations">
        {(fields, { add, remove }) => (
          <>
            <Table
              className="kenes-obligations-editor"
              size="small"
              pagination={false}
              tableLayout="fixed"
              rowKey="key"
              dataSource={fields}
              locale={{ emptyText: t('agreements.form.noObligations') }}
              rowClassName={(field) => {
                const id = form.getFieldValue(['obligations', field.name, 'id']) as string | undefined;
                return id && overdue.has(id) ? 'kenes-row-overdue' : '';
              }}
              columns={[
                {
                  key: 'description',
                  title: t('agreements.field.obligation'),
                  render: (_, field, index) => (
                    <Form.Item
                      name={[field.name, 'description']}
                      {...feedback(`obligations.${index}.description`)}
                      className="kenes-cell-item"
                    >
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 5 }}
                        aria-label={t('agreements.form.obligationN', { n: index + 1 })}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'organisationId',
                  title: t('agreements.field.responsible'),
                  width: 200,
                  render: (_, field, index) => (
                    <Form.Item
                      name={[field.name, 'organisationId']}
                      {...feedback(`obligations.${index}.organisationId`)}
                      className="kenes-cell-item"
                    >
                      <Select
                        options={partyOptions}
                        placeholder={t('agreements.form.responsiblePlaceholder')}
                        aria-label={t('agreements.form.responsibleN', { n: index + 1 })}
                        popupMatchSelectWidth={360}
                        showSearch={{
                          // Found by the full name as well as the short one shown.
                          filterOption: (input, option) =>
                            foldFilter(input, option?.label) || foldFilter(input, option?.title),
                        }}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'dueOn',
                  title: t('agreements.field.dueOn'),
                  width: 135,
                  render: (_, field, index) => (
                    <Form.Item
                      name={[field.name, 'dueOn']}
                      {...feedback(`obligations.${index}.dueOn`)}
                      className="kenes-cell-item"
                    >
                      <DatePicker
                        format={dateFormat}
                        className="kenes-full-width"
                        aria-label={t('agreements.form.dueOnN', { n: index + 1 })}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'status',
                  title: t('agreements.field.obligationStatus'),
                  width: 160,
                  render: (_, field, index) => (
                    <Form.Item
                      name={[field.name, 'status']}
                      {...feedback(`obligations.${index}.status`)}
                      className="kenes-cell-item"
                    >
                      <Select
                        aria-label={t('agreements.form.statusN', { n: index + 1 })}
                        options={trackedStatuses.map((s) => ({
                          value: s,
                          label: t(`agreements.obligationStatus.${s}`),
                        }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'remove',
                  width: 48,
                  render: (_, field, index) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('agreements.form.removeObligation', { n: index + 1 })}
                      title={t('agreements.form.removeObligation', { n: index + 1 })}
                    />
                  ),
                },
              ]}
            />
            {overdue.size > 0 ? (
              <Typography.Paragraph type="danger" className="kenes-gap-top">
                {t('agreements.overdueCount', { count: overdue.size })}
              </Typography.Paragraph>
            ) : null}
            <Button
              icon={<PlusOutlined />}
              className="kenes-gap-top"
              onClick={() => add({ description: '', status: 'open', dueOn: null })}
            >
              {t('agreements.form.addObligation')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
};
