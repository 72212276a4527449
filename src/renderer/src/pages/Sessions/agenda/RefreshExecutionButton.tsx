import { App, Button } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { describeFailure } from '../../../lib/errors';

/**
 * The execution item lists the decisions open when the sitting was planned (the decisions
 * panel below shows them). Minutes of the last sitting are often typed in after the next
 * one is planned: this adds the decisions opened since.
 */
export const RefreshExecutionButton = ({
  sessionId,
  onChanged,
}: {
  sessionId: string;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = async () => {
    try {
      await api.agenda.refreshExecution({ sessionId });
      void message.success(t('sessions.agenda.refreshed'));
      onChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };
  return (
    <Button size="small" icon={<SyncOutlined />} onClick={() => void refresh()}>
      {t('sessions.agenda.refresh')}
    </Button>
  );
};
