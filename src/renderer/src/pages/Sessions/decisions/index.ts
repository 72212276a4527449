export { AgendaItemDecisions } from './AgendaItemDecisions';
export { OpenDecisionsPage } from './OpenDecisionsPage';
