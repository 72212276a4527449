export { SettingsLayout } from './SettingsLayout';
export { GeneralSettings } from './GeneralSettings';
export { CouncilProfilePage } from './CouncilProfilePage';
export { CouncilMembersPage } from './CouncilMembersPage';
export { GroupsPage } from './GroupsPage';
export { HistoryPage } from './HistoryPage';
