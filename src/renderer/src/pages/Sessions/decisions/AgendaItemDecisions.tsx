import { useState } from 'react';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useKenesStore, selectDataChanged } from '../../../store';
import type { AgendaItemDetail, DecisionItem, SessionDetail } from '../../../../../shared/model';
import { DecisionCard } from './DecisionCard';
import { DecisionDrawer, type DecisionTarget } from './DecisionDrawer';
import { useDecisionActions } from './useDecisionActions';
import { useRegister } from './useRegister';
import './decisions.css';

interface Props {
  session: SessionDetail;
  item: AgendaItemDetail;
  onChanged: () => void;
}

/**
 * The decisions taken on an agenda item, numbered "2.1", recorded and edited in a drawer.
 * On the execution item, the earlier decisions it reviews come first, for their follow-up.
 */
export const AgendaItemDecisions = ({ session, item, onChanged }: Props) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const register = useRegister();
  const actions = useDecisionActions(onChanged);
  const [target, setTarget] = useState<DecisionTarget | null>(null);
  const archived = Boolean(session.archivedAt);
  const editable = !session.locked && !archived;

  const saved = (d: DecisionItem, mode: 'create' | 'edit') => {
    setTarget(null);
    void message.success(
      t(mode === 'create' ? 'decisions.decision.created' : 'decisions.decision.saved', { number: d.number }),
    );
    onChanged();
    dataChanged();
  };

  const card = (d: DecisionItem, own: boolean) => (
    <DecisionCard
      key={d.id}
      decision={d}
      register={register}
      actions={actions}
      editable={own && editable}
      followable={!archived}
      noteSessionId={own ? null : session.id}
      onEdit={(decision) => setTarget({ mode: 'edit', decision })}
    />
  );

  return (
    <section
      className="kenes-item-decisions"
      aria-label={t('decisions.decision.listLabel', { number: item.position })}
    >
      {item.kind === 'execution_of_decisions' ? (
        <div className="kenes-gap">
          <Typography.Title level={5}>{t('decisions.decision.reviewedTitle')}</Typography.Title>
          {item.reviewedDecisions.length ? (
            item.reviewedDecisions.map((d) => (
              <div key={d.id}>
                <Typography.Text type="secondary" className="kenes-cell-small">
                  {t('decisions.decision.reviewedFrom', { number: d.sessionNumber, year: d.sessionYear })}
                </Typography.Text>
                {card(d, false)}
              </div>
            ))
          ) : (
            <Typography.Paragraph type="secondary">
              {t('decisions.decision.reviewedNone')}
            </Typography.Paragraph>
          )}
        </div>
      ) : null}
      <Flex justify="space-between" align="center" gap={8} wrap className="kenes-gap">
        <Typography.Title level={5} className="kenes-decisions-title">
          {t('decisions.decision.title')}
        </Typography.Title>
        {editable ? (
          <Button
            icon={<PlusOutlined />}
            disabled={session.status === 'planned'}
            onClick={() => setTarget({ mode: 'create', item })}
          >
            {t('decisions.decision.add')}
          </Button>
        ) : null}
      </Flex>
      {editable && session.status === 'planned' ? (
        <Typography.Paragraph type="secondary">{t('decisions.decision.notHeld')}</Typography.Paragraph>
      ) : null}
      {session.locked && item.decisions.length ? (
        <Alert type="info" showIcon className="kenes-gap" title={t('decisions.decision.locked')} />
      ) : null}
      {item.decisions.length ? (
        item.decisions.map((d) => card(d, true))
      ) : (
        <Typography.Paragraph type="secondary">{t('decisions.decision.none')}</Typography.Paragraph>
      )}
      {target ? (
        <DecisionDrawer
          target={target}
          session={session}
          register={register}
          tieRule={register.tieRule}
          onClose={() => setTarget(null)}
          onSaved={saved}
        />
      ) : null}
    </section>
  );
};
