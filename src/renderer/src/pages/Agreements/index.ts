export { AgreementsPage } from './AgreementsPage';
export { ObligationsPage } from './ObligationsPage';
export { ClusterDocumentsChecklist } from './ClusterDocumentsChecklist';
