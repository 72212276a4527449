import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { workspaceInitInput } from '../../../shared/api/workspace';
import { fieldErrorsFromZod } from '../../../shared/api/validation';
import type { ApiError } from '../../../shared/api/contract';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { describeApiError, fieldErrorMap, translateKey } from '../lib/errors';
import { toApiError } from '../lib/useApiQuery';
import { useCurrentLanguage } from '../lib/labels';

type Choice = 'empty' | 'akmola';

/** First start: an empty workspace named by the user, or the Akmola model of Figure 13. */
export const Welcome = ({ onCreated }: { onCreated: () => void }) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const [councilName, setCouncilName] = useState('');
  const [busy, setBusy] = useState<Choice | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const nameError = error ? fieldErrorMap(error.fields).councilName : undefined;

  const start = async (choice: Choice) => {
    const input =
      choice === 'empty' ? { template: 'empty' as const, councilName } : { template: 'akmola' as const };
    const parsed = workspaceInitInput.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrorsFromZod(parsed.error, input, lang);
      setError({ code: 'validation', messageKey: 'errors.validation', message: '', fields });
      return;
    }
    setBusy(choice);
    setError(null);
    try {
      await api.workspace.initialise(parsed.data);
      onCreated();
    } catch (e) {
      setError(toApiError(e));
      setBusy(null);
    }
  };

  return (
    <Flex vertical align="center" className="kenes-welcome">
      <Flex justify="space-between" align="center" className="kenes-welcome-top">
        <Typography.Text strong className="kenes-brand-name">
          {t('app.title')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <div className="kenes-welcome-body">
        <Typography.Title level={1}>{t('welcome.title')}</Typography.Title>
        <Typography.Paragraph className="kenes-lead">{t('welcome.intro')}</Typography.Paragraph>
        {error && !nameError ? (
          <Alert type="error" showIcon title={describeApiError(error)} className="kenes-gap" />
        ) : null}
        <Row gutter={[24, 24]}>
          <Col xs={24} lg={12}>
            <Card
              title={<h2 className="kenes-card-title">{t('welcome.emptyTitle')}</h2>}
              className="kenes-choice"
            >
              <Typography.Paragraph>{t('welcome.emptyBody')}</Typography.Paragraph>
              <Form
                layout="vertical"
                onFinish={() => void start('empty')}
                requiredMark={false}
                disabled={busy !== null}
              >
                <Form.Item
                  label={t('welcome.councilName')}
                  htmlFor="welcome-council-name"
                  required
                  validateStatus={nameError ? 'error' : undefined}
                  help={nameError ? translateKey(t, nameError) : undefined}
                >
                  <Input.TextArea
                    id="welcome-council-name"
                    autoSize={{ minRows: 2, maxRows: 4 }}
                    value={councilName}
                    aria-required
                    placeholder={t('welcome.councilNamePlaceholder')}
                    onChange={(e) => {
                      setCouncilName(e.target.value);
                      if (nameError) setError(null);
                    }}
                  />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy === 'empty'}>
                  {t('welcome.createEmpty')}
                </Button>
              </Form>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card
              title={<h2 className="kenes-card-title">{t('welcome.akmolaTitle')}</h2>}
              className="kenes-choice"
            >
              <Typography.Paragraph>{t('welcome.akmolaBody')}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">{t('welcome.akmolaNames')}</Typography.Paragraph>
              <Button
                type="primary"
                onClick={() => void start('akmola')}
                loading={busy === 'akmola'}
                disabled={busy !== null}
              >
                {t('welcome.createAkmola')}
              </Button>
            </Card>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="kenes-gap-top">
          {busy ? t('welcome.creating') : t('welcome.later')}
        </Typography.Paragraph>
      </div>
    </Flex>
  );
};
