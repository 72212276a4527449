import { App, Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgendaItemDetail, SessionDetail } from '../../../../../shared/model';
import { describeFailure } from '../../../lib/errors';
import { AgendaItemDecisions } from '../decisions';
import type { People } from '../usePeople';
import { AgendaAttachments } from './AgendaAttachments';
import { RefreshExecutionButton } from './RefreshExecutionButton';
import type { AgendaReferences } from './useAgendaReferences';

interface Props {
  session: SessionDetail;
  item: AgendaItemDetail;
  people: People;
  references: AgendaReferences;
  editable: boolean;
  /** Moves among the regular items; absent where the item cannot go that way. */
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onEdit: () => void;
  onChanged: () => void;
}

/** A labelled block of the minutes' text (ТЫҢДАЛДЫ, СӨЙЛЕГЕНДЕР), shown only when written. */
const Passage = ({ label, text }: { label: string; text: string }) =>
  text ? (
    <Typography.Paragraph className="kenes-agenda-text">
      <span className="kenes-item-label">{label}: </span>
      {text}
    </Typography.Paragraph>
  ) : null;

/** One item of the agenda, as the secretary prepares it and the council will hear it. */
export const AgendaItemCard = (props: Props) => {
  const { session, item, people, references, editable, onMoveUp, onMoveDown, onEdit, onChanged } = props;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const execution = item.kind === 'execution_of_decisions';
  const rapporteur = [
    people.nameOf(item.rapporteurPersonId),
    references.nameOf(item.rapporteurOrganisationId),
  ]
    .filter(Boolean)
    .join(', ');
  const linked = [...item.organisationIds, ...item.agreementIds, ...item.moduleIds]
    .map((id) => references.nameOf(id))
    .filter((name): name is string => Boolean(name));

  const archive = () =>
    modal.confirm({
      title: t('sessions.agenda.archiveConfirm', { position: item.position, title: item.title }),
      okText: t('sessions.agenda.archive'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.agenda.archive({ id: item.id });
          void message.success(t('sessions.agenda.archived'));
          onChanged();
        } catch (e) {
          void message.error(describeFailure(e));
        }
      },
    });

  const actions = editable ? (
    <Flex gap={4}>
      {!execution ? (
        <>
          <Tooltip title={t('sessions.agenda.moveUp')}>
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={t('sessions.agenda.moveUp')}
              disabled={!onMoveUp}
              onClick={onMoveUp}
            />
          </Tooltip>
          <Tooltip title={t('sessions.agenda.moveDown')}>
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={t('sessions.agenda.moveDown')}
              disabled={!onMoveDown}
              onClick={onMoveDown}
            />
          </Tooltip>
        </>
      ) : null}
      <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
        {t('sessions.agenda.edit')}
      </Button>
      {!execution ? (
        <Tooltip title={t('sessions.agenda.archive')}>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('sessions.agenda.archive')}
            onClick={() => void archive()}
          />
        </Tooltip>
      ) : null}
    </Flex>
  ) : null;

  return (
    <Card
      size="small"
      className="kenes-agenda-item"
      role="article"
      aria-label={`${item.position}. ${item.title}`}
      title={
        <Flex gap={8} align="baseline">
          <span className="kenes-agenda-number">{item.position}.</span>
          <Typography.Text className="kenes-wrap">{item.title}</Typography.Text>
        </Flex>
      }
      extra={actions}
    >
      <Flex gap={8} wrap align="center">
        {execution ? <Tag color="geekblue">{t('sessions.agenda.executionTag')}</Tag> : null}
        <Typography.Text type={rapporteur ? undefined : 'secondary'}>
          {t('sessions.agenda.rapporteur')}: {rapporteur || t('sessions.agenda.noRapporteur')}
        </Typography.Text>
        {item.durationMinutes ? (
          <Tag>{t('sessions.agenda.minutes', { minutes: item.durationMinutes })}</Tag>
        ) : null}
        {execution && editable ? (
          <RefreshExecutionButton sessionId={session.id} onChanged={onChanged} />
        ) : null}
      </Flex>
      {linked.length > 0 ? (
        <Flex gap={4} wrap align="center" className="kenes-gap-top">
          <Typography.Text type="secondary">{t('sessions.agenda.linked')}:</Typography.Text>
          {linked.map((name) => (
            <Tag key={name} className="kenes-select-tag">
              {name}
            </Tag>
          ))}
        </Flex>
      ) : null}
      <div className="kenes-gap-top">
        <Passage label={t('sessions.agenda.heard')} text={item.heard} />
        <Passage label={t('sessions.agenda.spoke')} text={item.spoke} />
      </div>
      <AgendaAttachments item={item} editable={editable} onChanged={onChanged} />
      <AgendaItemDecisions session={session} item={item} onChanged={onChanged} />
    </Card>
  );
};
