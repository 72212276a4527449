import { useState } from 'react';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { describeFailure } from '../../../lib/errors';
import { useKenesStore, selectDataChanged } from '../../../store';
import type { SessionDetail } from '../../../../../shared/model';
import { useRegister } from '../decisions/useRegister';
import {
  draftOf,
  inputOf,
  isChanged,
  liveQuorum,
  memberRows,
  type AttendanceDraft,
  type MemberMark,
} from './attendanceDraft';
import { GuestList } from './GuestList';
import { MemberTable } from './MemberTable';
import { QuorumLine } from './QuorumLine';
import { useLeaveGuard } from './useLeaveGuard';
import './attendance.css';

interface Props {
  session: SessionDetail;
  onChanged: (session: SessionDetail) => void;
}

/**
 * The attendance of a sitting: members marked present, absent or excused, invited guests,
 * and the quorum recomputed at every click. Saved in one call (one transaction).
 */
export const AttendancePanel = ({ session, onChanged }: Props) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dataChanged = useKenesStore(selectDataChanged);
  const register = useRegister();
  const [shown, setShown] = useState(() => ({ session, saved: draftOf(session), draft: draftOf(session) }));
  const [saving, setSaving] = useState(false);
  const dirty = isChanged(session.id, shown.saved, shown.draft);
  // The sitting was read again (after a save, undo or another edit): unsaved marks are kept.
  if (shown.session !== session) {
    const saved = draftOf(session);
    setShown({ session, saved, draft: dirty ? shown.draft : saved });
  }
  useLeaveGuard(dirty);
  const readOnly = session.locked || Boolean(session.archivedAt);
  const draft = shown.draft;
  const setDraft = (next: AttendanceDraft) => setShown((s) => ({ ...s, draft: next }));
  const mark = (personId: string, change: Partial<MemberMark>) =>
    setDraft({
      ...draft,
      members: draft.members.map((m) => (m.personId === personId ? { ...m, ...change } : m)),
    });

  const save = async () => {
    setSaving(true);
    try {
      const saved = await api.sessions.setAttendance(inputOf(session.id, draft));
      setShown({ session: saved, saved: draftOf(saved), draft: draftOf(saved) });
      void message.success(t('decisions.attendance.saved'));
      onChanged(saved);
      dataChanged();
    } catch (e) {
      void message.error(describeFailure(e));
    } finally {
      setSaving(false);
    }
  };

  const rows = memberRows(session);
  const notTaken = draft.members.some((m) => m.status === null);
  return (
    <section aria-label={t('decisions.attendance.title')} className="kenes-attendance">
      {readOnly ? (
        <Alert type="info" showIcon className="kenes-gap" title={t('decisions.attendance.locked')} />
      ) : null}
      {rows.length === 0 ? (
        <Alert type="warning" showIcon className="kenes-gap" title={t('decisions.attendance.noMembers')} />
      ) : (
        <QuorumLine quorum={liveQuorum(session, draft)} />
      )}
      {notTaken && !readOnly ? (
        <Typography.Paragraph type="secondary">{t('decisions.attendance.notTaken')}</Typography.Paragraph>
      ) : null}
      {readOnly ? null : (
        <Flex gap={8} wrap justify="space-between" align="center" className="kenes-gap">
          <Button
            icon={<CheckOutlined />}
            onClick={() =>
              setDraft({ ...draft, members: draft.members.map((m) => ({ ...m, status: 'present' })) })
            }
          >
            {t('decisions.attendance.allPresent')}
          </Button>
          <Flex gap={8} align="center" wrap>
            {dirty ? (
              <Typography.Text type="warning" role="status">
                {t('decisions.attendance.unsaved')}
              </Typography.Text>
            ) : null}
            <Button disabled={!dirty || saving} onClick={() => setDraft(shown.saved)}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" disabled={!dirty} loading={saving} onClick={() => void save()}>
              {t('common.save')}
            </Button>
          </Flex>
        </Flex>
      )}
      <MemberTable rows={rows} marks={draft.members} register={register} readOnly={readOnly} onMark={mark} />
      <GuestList
        guests={draft.guests}
        register={register}
        readOnly={readOnly}
        onChange={(guests) => setDraft({ ...draft, guests })}
      />
    </section>
  );
};
