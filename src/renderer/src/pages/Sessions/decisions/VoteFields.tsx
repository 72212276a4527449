import { Checkbox, Flex, Form, InputNumber, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { voteChoices } from '../../../../../shared/domain/enums';
import { decisionOutcome } from '../../../../../shared/domain/quorum';
import type { CouncilProfile } from '../../../../../shared/model';
import { voteColumnsOf, type DecisionFormValues } from './decisionFormModel';

type TieRule = CouncilProfile['tieRule'];

/** For, against, abstained; the chair's vote where a tie needs it; the outcome as it stands. */
export const VoteFields = ({ tieRule }: { tieRule: TieRule }) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance<DecisionFormValues>();
  const values = Form.useWatch([], form) as Partial<DecisionFormValues> | undefined;
  const taken = Boolean(values?.voteTaken);
  const outcome = decisionOutcome(voteColumnsOf(values ?? {}), tieRule);
  const number = (name: 'votesFor' | 'votesAgainst' | 'votesAbstained', label: string) => (
    <Form.Item name={name} label={label} className="kenes-vote-count">
      <InputNumber min={0} max={1000} precision={0} aria-label={label} />
    </Form.Item>
  );
  return (
    <fieldset className="kenes-fieldset">
      <legend>{t('decisions.vote.title')}</legend>
      <Form.Item name="voteTaken" valuePropName="checked" className="kenes-gap">
        <Checkbox>{t('decisions.vote.taken')}</Checkbox>
      </Form.Item>
      {taken ? (
        <>
          <Flex gap={12} wrap>
            {number('votesFor', t('decisions.vote.for'))}
            {number('votesAgainst', t('decisions.vote.against'))}
            {number('votesAbstained', t('decisions.vote.abstained'))}
          </Flex>
          {tieRule === 'chair_decides' ? (
            <Form.Item
              name="chairVote"
              label={t('decisions.vote.chairVote')}
              help={t('decisions.vote.chairVoteHelp')}
            >
              <Radio.Group
                optionType="button"
                aria-label={t('decisions.vote.chairVote')}
                options={voteChoices.map((c) => ({ value: c, label: t(`decisions.vote.choice.${c}`) }))}
              />
            </Form.Item>
          ) : (
            <Typography.Paragraph type="secondary">{t('decisions.vote.tieRejects')}</Typography.Paragraph>
          )}
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('decisions.vote.consensus')}</Typography.Paragraph>
      )}
      <Typography.Text role="status">
        {t('decisions.vote.outcomeLabel')}:{' '}
        <Tag color={outcome === 'adopted' ? 'green' : 'red'}>{t(`decisions.vote.outcome.${outcome}`)}</Tag>
      </Typography.Text>
    </fieldset>
  );
};
