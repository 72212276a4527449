import { createHashRouter, Navigate } from 'react-router';
import { Shell } from './Shell';
import { OverviewPage } from '../pages/Overview';
import { OrganisationsPage } from '../pages/Organisations';
import { ModulesPage } from '../pages/Modules';
import { NetworkPage, prefetchNetwork } from '../pages/Network';
import { AgreementsPage, ObligationsPage } from '../pages/Agreements';
import { SessionsYearPage, SittingPage } from '../pages/Sessions';
import { OpenDecisionsPage } from '../pages/Sessions/decisions';
import { ReportsPage } from '../pages/Reports';
import { ImportPage } from '../pages/Import';
import {
  SettingsLayout,
  GeneralSettings,
  CouncilProfilePage,
  CouncilMembersPage,
  GroupsPage,
  HistoryPage,
} from '../pages/Settings';
import { MergePage } from '../pages/Merge';

/**
 * Starts the reads of the page Kenes opens on (`hash`, the route a reload kept), while the
 * shell is still being drawn. Only the network needs it: its reads take longest.
 */
export const prefetchStartPage = (hash: string, revision: number): void => {
  if (hash.startsWith('#/network')) prefetchNetwork(revision);
};

/**
 * A hash router: Electron loads the renderer from file://, where only the fragment can
 * carry a route, and the fragment also keeps the route across a reload.
 */
export const createRouter = () =>
  createHashRouter([
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <OverviewPage /> },
        { path: 'network', element: <NetworkPage /> },
        { path: 'organisations', element: <OrganisationsPage /> },
        { path: 'agreements', element: <AgreementsPage /> },
        { path: 'agreements/obligations', element: <ObligationsPage /> },
        // The network opens an agreement here when one of its links is clicked.
        { path: 'agreements/:agreementId', element: <AgreementsPage /> },
        { path: 'modules', element: <ModulesPage /> },
        { path: 'sessions', element: <SessionsYearPage /> },
        { path: 'sessions/decisions', element: <OpenDecisionsPage /> },
        { path: 'sessions/:sessionId', element: <SittingPage /> },
        { path: 'reports', element: <ReportsPage /> },
        { path: 'import', element: <ImportPage /> },
        {
          path: 'settings',
          element: <SettingsLayout />,
          children: [
            { index: true, element: <GeneralSettings /> },
            { path: 'council', element: <CouncilProfilePage /> },
            { path: 'members', element: <CouncilMembersPage /> },
            { path: 'groups', element: <GroupsPage /> },
            { path: 'history', element: <HistoryPage /> },
            { path: 'merge', element: <MergePage /> },
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
