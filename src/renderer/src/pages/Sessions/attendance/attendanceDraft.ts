import { quorumOf } from '../../../../../shared/domain/quorum';
import type { attendanceStatuses } from '../../../../../shared/domain/enums';
import type { AttendanceItem, Quorum, SessionDetail } from '../../../../../shared/model';
import type { ParsedInputOf } from '../../../../../shared/api/contract';
import type { sessionCalls } from '../../../../../shared/api/sessions';

export type AttendanceStatus = (typeof attendanceStatuses)[number];
type AttendanceInput = ParsedInputOf<typeof sessionCalls.setAttendance>;

export interface MemberMark {
  personId: string;
  status: AttendanceStatus | null;
  deputyPersonId: string | null;
  deputyName: string;
}

export interface GuestMark {
  /** Local key for the table: guests have no stable id until saved. */
  key: string;
  personId: string | null;
  guestName: string;
  organisationId: string | null;
}

/** What the secretary is marking, before it is saved. */
export interface AttendanceDraft {
  members: MemberMark[];
  guests: GuestMark[];
}

let guestKey = 0;
export const newGuestKey = (): string => `guest-${++guestKey}`;

export const draftOf = (session: SessionDetail): AttendanceDraft => ({
  members: session.attendance
    .filter((a) => !a.isGuest && a.personId)
    .map((a) => ({
      personId: a.personId as string,
      status: a.status,
      deputyPersonId: a.deputyPersonId,
      deputyName: a.deputyName,
    })),
  guests: session.attendance
    .filter((a) => a.isGuest)
    .map((a) => ({
      key: a.id ?? newGuestKey(),
      personId: a.personId,
      guestName: a.personId ? '' : a.guestName,
      organisationId: a.organisationId,
    })),
});

/**
 * The call's input: one list of members and one of guests. Unmarked members are left
 * out (the backend records them absent); a deputy is kept only for an excused member.
 */
export const inputOf = (sessionId: string, draft: AttendanceDraft): AttendanceInput => ({
  sessionId,
  members: draft.members.flatMap((m) =>
    m.status === null
      ? []
      : [
          {
            personId: m.personId,
            status: m.status,
            ...(m.status === 'excused'
              ? { deputyPersonId: m.deputyPersonId, deputyName: m.deputyPersonId ? '' : m.deputyName.trim() }
              : { deputyPersonId: null, deputyName: '' }),
          },
        ],
  ),
  guests: draft.guests.map((g) => ({
    personId: g.personId,
    guestName: g.personId ? '' : g.guestName.trim(),
    organisationId: g.organisationId,
  })),
});

/** Unsaved when what would be sent differs from what the sitting holds. */
export const isChanged = (sessionId: string, saved: AttendanceDraft, draft: AttendanceDraft): boolean =>
  JSON.stringify(inputOf(sessionId, saved)) !== JSON.stringify(inputOf(sessionId, draft));

/** The quorum as it will be once saved: the same rule main applies (shared/domain/quorum). */
export const liveQuorum = (session: SessionDetail, draft: AttendanceDraft): Quorum =>
  quorumOf(
    session.quorum.rule,
    draft.members.length,
    draft.members.filter((m) => m.status === 'present').length,
  );

/** The members as the sitting lists them, for their names, roles and organisations. */
export const memberRows = (session: SessionDetail): AttendanceItem[] =>
  session.attendance.filter((a) => !a.isGuest && a.personId);
