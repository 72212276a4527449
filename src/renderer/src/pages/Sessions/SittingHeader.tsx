import { App, Button, Descriptions } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SessionDetail } from '../../../../shared/model';
import { PageHeader } from '../../components/PageHeader';
import { describeFailure } from '../../lib/errors';
import { SessionStatusChip } from './SessionStatusChip';
import { timeOf, usePlaceText, useSittingTitle } from './sittingText';
import type { People } from './usePeople';

interface Props {
  session: SessionDetail;
  people: People;
  onEdit: () => void;
  onChanged: () => void;
}

/** "№ N — date" with the sitting's particulars, and what may still be done to it. */
export const SittingHeader = ({ session, people, onEdit, onChanged }: Props) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const title = useSittingTitle();
  const placeText = usePlaceText();
  const editable = !session.locked && !session.archivedAt;
  const notSet = t('sessions.sitting.notSet');

  const archive = () =>
    modal.confirm({
      title: t('sessions.sitting.archiveConfirmTitle', { number: session.number }),
      content: t('sessions.sitting.archiveConfirmBody'),
      okText: t('common.archive'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.sessions.archive({ id: session.id });
          void message.success(t('sessions.sitting.archived', { number: session.number }));
          onChanged();
          void navigate(`/sessions?year=${session.year}`);
        } catch (e) {
          void message.error(describeFailure(e));
        }
      },
    });

  return (
    <>
      <PageHeader
        title={title(session)}
        subtitle={<SessionStatusChip status={session.status} />}
        extra={
          editable ? (
            <>
              <Button icon={<EditOutlined />} onClick={onEdit}>
                {t('sessions.sitting.edit')}
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={() => void archive()}>
                {t('sessions.sitting.archive')}
              </Button>
            </>
          ) : null
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        className="kenes-gap"
        items={[
          { key: 'time', label: t('sessions.sitting.time'), children: timeOf(session.startsAt) ?? notSet },
          { key: 'place', label: t('sessions.sitting.place'), children: placeText(session) },
          {
            key: 'chair',
            label: t('sessions.sitting.chair'),
            children: people.nameOf(session.chairPersonId) ?? notSet,
          },
          {
            key: 'secretary',
            label: t('sessions.sitting.secretary'),
            children: people.nameOf(session.secretaryPersonId) ?? notSet,
          },
        ]}
      />
    </>
  );
};
