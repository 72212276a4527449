import { Button, Descriptions, Flex, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DecisionItem } from '../../../../../shared/model';
import { useFormat } from '../../../lib/format';
import { DecisionStatusChip, DecisionStatusSelect } from './DecisionStatus';
import { ProgressNotes } from './ProgressNotes';
import type { DecisionActions } from './useDecisionActions';
import type { Register } from './useRegister';

interface Props {
  decision: DecisionItem;
  register: Register;
  actions: DecisionActions;
  /** The wording may change (the minutes are not approved). */
  editable: boolean;
  /** Status and progress may change (the sitting is not archived). */
  followable: boolean;
  /** The sitting at which progress notes added here are reported. */
  noteSessionId: string | null;
  onEdit?: (decision: DecisionItem) => void;
}

/** Names joined for a cell; a dash when there are none. */
const names = (list: string[]) => list.filter(Boolean).join('; ');

/** One decision as the minutes carry it (Table 5 columns), with its follow-up. */
export const DecisionCard = ({
  decision: d,
  register,
  actions,
  editable,
  followable,
  noteSessionId,
  onEdit,
}: Props) => {
  const { t } = useTranslation();
  const format = useFormat();
  const notSet = t('common.notSet');
  const responsible = names([
    ...d.responsibleOrganisationIds.map(register.organisationLabel),
    ...d.responsiblePersonIds.map(register.personName),
  ]);
  const vote =
    d.votesFor === null
      ? t('decisions.vote.consensus')
      : t('decisions.vote.summary', {
          for: d.votesFor,
          against: d.votesAgainst ?? 0,
          abstained: d.votesAbstained ?? 0,
        }) +
        (d.chairVote
          ? t('decisions.vote.chairSummary', {
              choice: t(`decisions.vote.choice.${d.chairVote}`).toLocaleLowerCase(),
            })
          : '');
  return (
    <article className="kenes-decision" aria-label={t('decisions.decision.number', { number: d.number })}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong className="kenes-decision-number">
            {d.number}
          </Typography.Text>
          <DecisionStatusChip decision={d} />
          <Tag color={d.outcome === 'adopted' ? 'green' : 'red'}>
            {t(`decisions.vote.outcome.${d.outcome}`)}
          </Tag>
        </Flex>
        <Flex gap={8} align="center" wrap>
          {followable ? (
            <DecisionStatusSelect
              decision={d}
              busy={actions.busy === d.id}
              onChange={(status) => void actions.setStatus(d, status)}
            />
          ) : null}
          {editable && onEdit ? (
            <Button icon={<EditOutlined />} onClick={() => onEdit(d)}>
              {t('decisions.decision.edit')}
            </Button>
          ) : null}
          {editable ? (
            <Button danger icon={<DeleteOutlined />} onClick={() => actions.archive(d)}>
              {t('decisions.decision.archive')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Typography.Paragraph className="kenes-pre-line kenes-decision-text">{d.text}</Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} className="kenes-gap">
        <Descriptions.Item label={t('decisions.decision.responsible')}>
          {responsible || notSet}
        </Descriptions.Item>
        <Descriptions.Item label={t('decisions.decision.partners')}>
          {names(d.partnerOrganisationIds.map(register.organisationLabel)) || notSet}
        </Descriptions.Item>
        <Descriptions.Item label={t('decisions.decision.deadline')}>
          <Typography.Text type={d.overdue ? 'danger' : undefined}>
            {format.date(d.deadline) || t('decisions.decision.noDeadline')}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('decisions.decision.indicator')}>
          {d.indicator || notSet}
        </Descriptions.Item>
        <Descriptions.Item label={t('decisions.vote.title')}>{vote}</Descriptions.Item>
        {d.quorumOverrideReason ? (
          <Descriptions.Item label={t('decisions.decision.overrideReason')}>
            <Typography.Text type="warning">{d.quorumOverrideReason}</Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Text strong>{t('decisions.notes.title')}</Typography.Text>
      <ProgressNotes
        decision={d}
        busy={actions.busy === d.id}
        readOnly={!followable}
        onAdd={(text) => actions.addNote(d, text, noteSessionId)}
      />
    </article>
  );
};
