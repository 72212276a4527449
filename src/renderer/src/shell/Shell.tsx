import { Suspense } from 'react';
import { Layout, Menu, Spin, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { navSections } from './sections';
import { useCouncilName } from './useCouncilName';
import { ReadOnlyBanner } from './ReadOnlyBanner';

const { Header, Sider, Content } = Layout;

const focusMain = (event: React.MouseEvent) => {
  // A hash link would fight the hash router, so move the focus by hand.
  event.preventDefault();
  document.getElementById('main-content')?.focus();
};

export const Shell = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const councilName = useCouncilName();
  const first = location.pathname.split('/')[1] ?? '';
  // The import wizard is reached from the registry it fills, so the registry stays lit.
  const section = first === 'import' ? 'organisations' : first;

  return (
    <Layout className="kenes-shell">
      <a href="#main-content" className="kenes-skip-link" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <Sider width={232} theme="light" className="kenes-sider">
        <div className="kenes-brand" aria-hidden="true">
          <span className="kenes-brand-mark">K</span>
          <span className="kenes-brand-name">{t('app.title')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            items={navSections.map((s) => ({
              key: s.key,
              label: <Link to={s.path}>{t(`nav.${s.labelKey}`)}</Link>,
            }))}
          />
        </nav>
      </Sider>
      <Layout>
        <Header className="kenes-header">
          <Typography.Text strong ellipsis={{ tooltip: councilName }} className="kenes-council-name">
            {councilName || t('header.councilFallback')}
          </Typography.Text>
          <LanguageSwitch />
        </Header>
        <ReadOnlyBanner />
        <Content id="main-content" tabIndex={-1} className="kenes-content">
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
};
