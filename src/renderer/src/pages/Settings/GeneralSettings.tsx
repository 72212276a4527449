import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { settingsCalls } from '../../../../shared/api/workspace';
import { languages, type Language } from '../../../../shared/i18n';
import type { Settings } from '../../../../shared/model';
import type { FieldError } from '../../../../shared/api/contract';
import { useApiQuery, toApiError } from '../../lib/useApiQuery';
import { describeApiError, fieldErrorMap, translateKey } from '../../lib/errors';
import { contractErrors, itemFeedback } from '../../lib/validate';
import { useFormat } from '../../lib/format';
import { useCurrentLanguage } from '../../lib/labels';
import { useLanguageSwitch } from '../../lib/useLanguageSwitch';
import { useKenesStore, selectDataChanged } from '../../store';
import { OpenFormatsCard } from './OpenFormatsCard';
import { WorkspaceFileCard } from './WorkspaceFileCard';
import { BackupsCard } from './BackupsCard';

type Values = Pick<Settings, 'userName' | 'backupsToKeep'>;

const SettingsForm = ({ settings }: { settings: Settings }) => {
  const { t } = useTranslation();
  const lang = useCurrentLanguage();
  const { message } = App.useApp();
  const switchLanguage = useLanguageSwitch();
  const dataChanged = useKenesStore(selectDataChanged);
  const [form] = Form.useForm<Values>();
  const [fields, setFields] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrorMap(fields);
  const feedback = (name: keyof Values) =>
    itemFeedback(errors[name] ? translateKey(t, errors[name]) : undefined);

  const save = async (values: Values) => {
    const patch: Partial<Values> = {};
    if ((values.userName ?? '') !== settings.userName) patch.userName = values.userName ?? '';
    if (values.backupsToKeep !== settings.backupsToKeep) patch.backupsToKeep = values.backupsToKeep;
    if (Object.keys(patch).length === 0) return;
    const input = { patch };
    const problems = contractErrors(settingsCalls.update.input, input, lang);
    if (problems) return setFields(problems);
    setSaving(true);
    try {
      await api.settings.update(input);
      setFields([]);
      void message.success(t('settings.saved'));
      dataChanged();
    } catch (e) {
      const error = toApiError(e);
      setFields(error.fields ?? []);
      if (!error.fields?.length) void message.error(describeApiError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name="settings"
      layout="vertical"
      initialValues={{ userName: settings.userName, backupsToKeep: settings.backupsToKeep }}
      onFinish={(values) => void save(values)}
      onValuesChange={() => setFields([])}
      className="kenes-narrow-form"
    >
      <Form.Item
        name="userName"
        label={t('settings.userName')}
        extra={t('settings.userNameHelp')}
        {...feedback('userName')}
      >
        <Input placeholder={t('settings.userNamePlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('settings.language')}
        htmlFor="settings-language"
        extra={t('settings.languageHelp')}
      >
        <Select<Language>
          id="settings-language"
          value={lang}
          options={languages.map((l) => ({ value: l, label: t(`languageNames.${l}`) }))}
          onChange={(l) => void switchLanguage(l)}
        />
      </Form.Item>
      <Form.Item
        name="backupsToKeep"
        label={t('settings.backupsToKeep')}
        extra={t('settings.backupsToKeepHelp')}
        {...feedback('backupsToKeep')}
      >
        <InputNumber min={1} max={365} precision={0} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('common.save')}
      </Button>
    </Form>
  );
};

/** The user's name for the history, the language, where the data lives, the workspace file and its backups. */
export const GeneralSettings = () => {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useApiQuery('settings', () => api.settings.get({}));
  const status = useApiQuery('workspace:status', () => api.workspace.status({}));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card>
          {/* Keyed by the stored values, so the form starts again from them once they are read. */}
          {settings.data ? (
            <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
          ) : (
            <Skeleton active />
          )}
        </Card>
        <OpenFormatsCard />
      </Col>
      <Col xs={24} xl={12}>
        <Card title={<h2 className="kenes-card-title">{t('settings.storage')}</h2>} className="kenes-gap">
          {status.data ? (
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'dir',
                  label: t('settings.dataDir'),
                  children: (
                    <Typography.Text copyable code>
                      {status.data.dataDir}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'db',
                  label: t('settings.databasePath'),
                  children: (
                    <Typography.Text copyable code>
                      {status.data.databasePath}
                    </Typography.Text>
                  ),
                },
                { key: 'schema', label: t('settings.schemaVersion'), children: status.data.schemaVersion },
                {
                  key: 'last',
                  label: t('settings.lastBackup'),
                  children: status.data.lastBackupAt
                    ? format.dateTime(status.data.lastBackupAt)
                    : t('settings.never'),
                },
              ]}
            />
          ) : (
            <Skeleton active />
          )}
        </Card>
        <WorkspaceFileCard readOnly={Boolean(status.data?.readOnly)} />
        <BackupsCard readOnly={Boolean(status.data?.readOnly)} />
      </Col>
    </Row>
  );
};
