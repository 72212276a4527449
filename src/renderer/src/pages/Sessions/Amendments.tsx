import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, List, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import type { SessionDetail } from '../../../../shared/model';
import { sessionCalls } from '../../../../shared/api/sessions';
import { describeFailure, fieldErrorMap, translateKey } from '../../lib/errors';
import { useCurrentLanguage } from '../../lib/labels';
import { contractErrors, itemFeedback } from '../../lib/validate';
import { useFormat } from '../../lib/format';

interface AmendmentValues {
  text: string;
  madeOn: Dayjs | null;
}

/**
 * Approved minutes stay as signed; a later change is an amendment kept beside them,
 * printed by the next export of the minutes.
 */
export const Amendments = ({ session, onChanged }: { session: SessionDetail; onChanged: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [form] = Form.useForm<AmendmentValues>();
  const lang = useCurrentLanguage();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const canAdd = !session.archivedAt;

  const add = async ({ text, madeOn }: AmendmentValues) => {
    setRefusal(null);
    const input = {
      id: session.id,
      text: text ?? '',
      ...(madeOn ? { madeOn: madeOn.format('YYYY-MM-DD') } : {}),
    };
    const invalid = fieldErrorMap(contractErrors(sessionCalls.amend.input, input, lang) ?? []).text;
    setTextError(invalid ? translateKey(t, invalid) : undefined);
    if (invalid) return;
    setSaving(true);
    try {
      await api.sessions.amend(input);
      form.resetFields();
      void message.success(t('sessions.amendments.added'));
      onChanged();
    } catch (e) {
      setRefusal(describeFailure(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={t('sessions.amendments.title')} className="kenes-gap">
      <List
        size="small"
        dataSource={session.amendments}
        locale={{ emptyText: t('sessions.amendments.empty') }}
        renderItem={(a) => (
          <List.Item>
            <Flex gap={16} align="baseline">
              <Typography.Text strong className="kenes-nowrap">
                {format.date(a.madeOn)}
              </Typography.Text>
              <Typography.Text className="kenes-agenda-text">{a.text}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {canAdd ? (
        <Form<AmendmentValues>
          form={form}
          layout="vertical"
          name="amendment"
          onFinish={(v) => void add(v)}
          disabled={saving}
        >
          {refusal ? <Alert type="error" showIcon title={refusal} className="kenes-gap" /> : null}
          <Form.Item name="text" label={t('sessions.amendments.text')} required {...itemFeedback(textError)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} aria-required />
          </Form.Item>
          <Form.Item name="madeOn" label={t('sessions.amendments.madeOn')}>
            <DatePicker format={t('format.date')} />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={saving}>
            {t('sessions.amendments.add')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
};
