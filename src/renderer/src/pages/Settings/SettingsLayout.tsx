import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

const tabs = [
  { path: '/settings', label: 'settings.tabGeneral' },
  { path: '/settings/council', label: 'settings.tabCouncil' },
  { path: '/settings/members', label: 'settings.tabMembers' },
  { path: '/settings/groups', label: 'settings.tabGroups' },
  { path: '/settings/history', label: 'historyLog.tab' },
  { path: '/settings/merge', label: 'merge.tab' },
] as const;

/** Settings, the council profile and its members: three tabs, each its own route. */
export const SettingsLayout = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        activeKey={location.pathname}
        items={tabs.map((tab) => ({ key: tab.path, label: t(tab.label) }))}
        onChange={(key) => void navigate(key)}
      />
      <Outlet />
    </>
  );
};
