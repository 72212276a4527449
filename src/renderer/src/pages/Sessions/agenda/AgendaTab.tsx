import { useState } from 'react';
import { App, Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgendaItemDetail, SessionDetail } from '../../../../../shared/model';
import { describeFailure } from '../../../lib/errors';
import type { People } from '../usePeople';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaItemDrawer, type AgendaItemTarget } from './AgendaItemDrawer';
import { useAgendaReferences } from './useAgendaReferences';

interface Props {
  session: SessionDetail;
  people: People;
  onChanged: () => void;
}

/** The regular items with one of them swapped with its neighbour. */
const swapped = (ids: string[], index: number, by: -1 | 1): string[] => {
  const next = [...ids];
  [next[index], next[index + by]] = [next[index + by]!, next[index]!];
  return next;
};

/**
 * The agenda in order, numbered as the minutes will print it. The execution item stays
 * first; the others move up and down. Editing stops once the sitting is approved.
 */
export const AgendaTab = ({ session, people, onChanged }: Props) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const references = useAgendaReferences();
  const [target, setTarget] = useState<AgendaItemTarget | null>(null);
  const editable = !session.locked && !session.archivedAt;
  const regularIds = session.agenda.filter((i) => i.kind === 'regular').map((i) => i.id);
  const total = session.agenda.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);

  const move = async (id: string, by: -1 | 1) => {
    try {
      await api.agenda.reorder({
        sessionId: session.id,
        itemIds: swapped(regularIds, regularIds.indexOf(id), by),
      });
      onChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    }
  };

  const onSaved = (item: AgendaItemDetail, mode: 'create' | 'edit') => {
    setTarget(null);
    void message.success(
      mode === 'create'
        ? t('sessions.itemForm.created', { position: item.position })
        : t('sessions.itemForm.saved'),
    );
    onChanged();
  };

  return (
    <section aria-label={t('sessions.agenda.title')}>
      <Flex justify="space-between" align="center" gap={8} wrap className="kenes-gap">
        <Typography.Text type="secondary">
          {total > 0 ? t('sessions.agenda.totalTime', { minutes: total }) : null}
        </Typography.Text>
        {editable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
            {t('sessions.agenda.add')}
          </Button>
        ) : null}
      </Flex>
      {session.agenda.map((item) => {
        const at = regularIds.indexOf(item.id);
        return (
          <AgendaItemCard
            key={item.id}
            session={session}
            item={item}
            people={people}
            references={references}
            editable={editable}
            {...(at > 0 ? { onMoveUp: () => void move(item.id, -1) } : {})}
            {...(at >= 0 && at < regularIds.length - 1 ? { onMoveDown: () => void move(item.id, 1) } : {})}
            onEdit={() => setTarget({ mode: 'edit', item })}
            onChanged={onChanged}
          />
        );
      })}
      {editable && regularIds.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('sessions.agenda.empty')}</Typography.Paragraph>
      ) : null}
      {target ? (
        <AgendaItemDrawer
          sessionId={session.id}
          target={target}
          people={people}
          references={references}
          onClose={() => setTarget(null)}
          onSaved={onSaved}
        />
      ) : null}
    </section>
  );
};
