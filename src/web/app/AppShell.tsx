/** The signed-in layout: header with organisation, navigation and user menu; on phones the navigation moves into a drawer. */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../shared/roles';
import { PageLoading, useMe } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

type NavItem = { path: string; labelKey: string; permission: Permission };

const NAV: readonly NavItem[] = [
  { path: '/meetings', labelKey: 'nav.meetings', permission: 'meeting.read' },
  { path: '/people', labelKey: 'nav.people', permission: 'person.read' },
  { path: '/admin/departments', labelKey: 'nav.departments', permission: 'department.manage' },
  { path: '/admin/users', labelKey: 'nav.users', permission: 'user.manage' },
  { path: '/admin/audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { path: '/admin/org', labelKey: 'nav.org', permission: 'org.manage' },
];

/** Header, navigation and the current page. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const visible = NAV.filter((n) => me.permissions.includes(n.permission));
  const selected = visible.filter((n) => pathname === n.path || pathname.startsWith(`${n.path}/`)).map((n) => n.path);
  const items: MenuProps['items'] = visible.map((n) => ({
    key: n.path,
    label: <Link to={n.path} onClick={() => setDrawerOpen(false)}>{t(n.labelKey)}</Link>,
  }));
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
          <Menu mode="inline" selectedKeys={selected} items={items} style={{ borderInlineEnd: 'none' }} aria-label={t('nav.main')} />
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
