/**
 * Council sittings (DOMAIN.md §9): the year's sittings by cadence period, a sitting's
 * record (agenda, attendance with its quorum, decisions), approval that locks it,
 * amendments after approval, and the follow-up of decisions until they are closed.
 */
export { sessionYear } from './year';
export { getSession, getDecision, openDecisions } from './read';
export { createSession, updateSession, setSessionStatus, amendSession, archiveSession } from './write';
export { setAttendance } from './attendance';
export { refreshExecutionItem } from './execution';
export { addAgendaItem, updateAgendaItem, reorderAgenda, archiveAgendaItem } from './agenda';
export {
  createDecision,
  updateDecision,
  setDecisionStatus,
  addProgressNote,
  archiveDecision,
} from './decisions';
