/** The signed-in layout: header with organisation, navigation and user menu; on phones the navigation moves into a drawer. */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { PageLoading, useMe } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { useNavMenu } from './nav';
import { UserMenu } from './UserMenu';

/** Header, navigation and the current page. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const { items, selected } = useNavMenu(pathname, () => setDrawerOpen(false));
  const orgName = mobile ? (me.org.shortName ?? me.org.name) : me.org.name;

  return (
    <Layout style={{ minHeight: '100vh', background: 'transparent' }}>
      <header className="hw-header">
        {mobile && (
          <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />
        )}
        <Link to="/meetings" className="hw-brand" title={me.org.name}>
          <span className="hw-brand-mark">会</span>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{orgName}</span>
        </Link>
        {mobile ? (
          <div style={{ flex: 1 }} />
        ) : (
          <Menu className="hw-nav" mode="horizontal" selectedKeys={selected} items={items} aria-label={t('nav.main')} />
        )}
        <NotificationBell />
        <UserMenu compact={mobile} />
      </header>
      {mobile && (
        <Drawer
          placement="left"
          size={260}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={me.org.name}
          styles={{ body: { padding: 0 } }}
        >
          <Menu mode="inline" selectedKeys={selected} defaultOpenKeys={['rooms']} items={items} style={{ borderInlineEnd: 'none' }} aria-label={t('nav.main')} />
          <div style={{ padding: 16 }}>
            <LanguageSwitch />
          </div>
        </Drawer>
      )}
      <main className="hw-content">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </Layout>
  );
}
