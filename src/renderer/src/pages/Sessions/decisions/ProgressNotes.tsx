import { useState } from 'react';
import { Button, Flex, Input, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DecisionItem } from '../../../../../shared/model';
import { useFormat } from '../../../lib/format';

interface Props {
  decision: DecisionItem;
  busy: boolean;
  /** Resolves true once saved, so the text is cleared only then. */
  onAdd: (text: string) => Promise<boolean>;
  /** The list of earlier notes; the open-decisions table shows only the latest. */
  showList?: boolean;
  /** Notes of an archived sitting's decision are shown, not added to. */
  readOnly?: boolean;
}

/** The decision's progress notes, dated, and a line to add one. */
export const ProgressNotes = ({ decision, busy, onAdd, showList = true, readOnly = false }: Props) => {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const label = t('decisions.notes.labelOf', { number: decision.number });
  const add = async () => {
    if (!text.trim()) return;
    if (await onAdd(text.trim())) setText('');
  };
  return (
    <div className="kenes-progress-notes">
      {showList ? (
        decision.progressNotes.length ? (
          <ul className="kenes-progress-list" aria-label={t('decisions.notes.title')}>
            {decision.progressNotes.map((n) => (
              <li key={n.id}>
                <Typography.Text type="secondary">{format.date(n.notedOn)}</Typography.Text> {n.text}
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('decisions.notes.none')}</Typography.Text>
        )
      ) : null}
      {readOnly ? null : (
        <Flex gap={8} className="kenes-gap-top">
          <Input.TextArea
            value={text}
            aria-label={label}
            placeholder={t('decisions.notes.text')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => setText(e.target.value)}
          />
          <Button icon={<PlusOutlined />} loading={busy} disabled={!text.trim()} onClick={() => void add()}>
            {t('decisions.notes.save')}
          </Button>
        </Flex>
      )}
    </div>
  );
};
