import { App, Button, Flex, Steps } from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { sessionStatuses, type SessionStatus } from '../../../../shared/domain/enums';
import type { SessionDetail } from '../../../../shared/model';
import { describeFailure } from '../../lib/errors';

interface Props {
  session: SessionDetail;
  onChanged: () => void;
}

/** Back one step is possible before approval: drafted minutes need another look, or "held" was a slip. */
const previousOf: Partial<Record<SessionStatus, 'planned' | 'held'>> = {
  held: 'planned',
  minutes_drafted: 'held',
};

/**
 * planned → held → minutes drafted → approved, one step at a time as the backend allows.
 * Approval is final and locks the sitting, so it asks first and says so.
 */
export const StatusSteps = ({ session, onChanged }: Props) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const at = sessionStatuses.indexOf(session.status);
  const next = sessionStatuses[at + 1] as Exclude<SessionStatus, 'planned'> | undefined;
  const previous = previousOf[session.status];
  const editable = !session.archivedAt;

  const move = async (status: SessionStatus) => {
    try {
      await api.sessions.setStatus({ id: session.id, status });
      void message.success(t('sessions.sitting.statusChanged', { status: t(`sessions.status.${status}`) }));
      onChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  const advance = () => {
    if (next !== 'approved') return void move(next!);
    modal.confirm({
      title: t('sessions.sitting.approveConfirmTitle', { number: session.number }),
      content: t('sessions.sitting.approveConfirmBody'),
      icon: <LockOutlined />,
      okText: t('sessions.sitting.approveOk'),
      cancelText: t('common.cancel'),
      onOk: () => move('approved'),
    });
  };

  return (
    <section aria-label={t('sessions.sitting.statusLabel')}>
      <Steps
        className="kenes-sitting-steps"
        size="small"
        current={at}
        status={session.status === 'approved' ? 'finish' : 'process'}
        items={sessionStatuses.map((s) => ({ title: t(`sessions.status.${s}`) }))}
      />
      {editable && (next || previous) ? (
        <Flex gap={8} wrap className="kenes-gap">
          {previous ? (
            <Button icon={<ArrowLeftOutlined />} onClick={() => void move(previous)}>
              {t(`sessions.sitting.previous.${previous}`)}
            </Button>
          ) : null}
          {next ? (
            <Button
              type="primary"
              icon={next === 'approved' ? <LockOutlined /> : <ArrowRightOutlined />}
              onClick={advance}
            >
              {t(`sessions.sitting.next.${next}`)}
            </Button>
          ) : null}
        </Flex>
      ) : null}
    </section>
  );
};
