/** The main navigation: which entries this user sees (by permission), the 会场 and 通知设置 groups with their pages, and which entry is current. */
import { Badge, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '../../shared/roles';
import { useApprovalInbox } from '../features/bookings/api';
import { useVenues } from '../features/venues/api';
import { useMe } from './auth';

type NavLeaf = { path: string; labelKey: string; permission: Permission; badge?: number; hidden?: boolean };
type NavGroup = { key: string; labelKey: string; badge?: number; children: NavLeaf[] };
type NavEntry = NavLeaf | NavGroup;
type Item = NonNullable<MenuProps['items']>[number];

const isGroup = (e: NavEntry): e is NavGroup => 'children' in e;

/** Menu items and selected keys for the header (horizontal) and the phone drawer (inline). */
export function useNavMenu(pathname: string, onNavigate: () => void): { items: MenuProps['items']; selected: string[] } {
  const { t } = useTranslation();
  const me = useMe();
  const venues = useVenues();
  const managesVenue = (venues.data ?? []).some((v) => v.managerUserIds.includes(me.user.id));
  const inbox = useApprovalInbox({ userId: me.user.id, roles: me.roles }, managesVenue);
  const can = (p: Permission) => me.permissions.includes(p);

  const entries: NavEntry[] = [
    { path: '/meetings', labelKey: 'nav.meetings', permission: 'meeting.read' },
    { path: '/tasks', labelKey: 'tasks.nav', permission: 'meeting.read' },
    {
      key: 'rooms',
      labelKey: 'nav.rooms',
      badge: inbox.count,
      children: [
        { path: '/rooms', labelKey: 'nav.roomBooking', permission: 'venue.read' },
        { path: '/rooms/mine', labelKey: 'nav.myBookings', permission: 'booking.create' },
        { path: '/rooms/approvals', labelKey: 'nav.approvals', permission: 'booking.create', badge: inbox.count, hidden: !inbox.isApprover },
        { path: '/venues', labelKey: 'nav.venues', permission: 'venue.read' },
      ],
    },
    { path: '/people', labelKey: 'nav.people', permission: 'person.read' },
    {
      key: 'notice-settings',
      labelKey: 'templates.navGroup',
      children: [
        { path: '/admin/notice-templates', labelKey: 'templates.nav', permission: 'notice.write' },
        { path: '/admin/bots', labelKey: 'bots.nav', permission: 'notice.write' },
        { path: '/admin/outbox', labelKey: 'outbox.nav', permission: 'notice.write' },
      ],
    },
    { path: '/settings/playbooks', labelKey: 'playbookEditor.nav', permission: 'playbook.manage' },
    { path: '/admin/departments', labelKey: 'nav.departments', permission: 'department.manage' },
    { path: '/admin/users', labelKey: 'nav.users', permission: 'user.manage' },
    { path: '/admin/audit', labelKey: 'nav.audit', permission: 'audit.read' },
    { path: '/admin/org', labelKey: 'nav.org', permission: 'org.manage' },
  ];

  const visible = (l: NavLeaf) => can(l.permission) && !l.hidden;
  const label = (text: string, badge?: number) => (badge ? <Badge count={badge} size="small" offset={[8, -2]}>{text}</Badge> : text);
  const leaf = (l: NavLeaf): Item => ({ key: l.path, label: <Link to={l.path} onClick={onNavigate}>{label(t(l.labelKey), l.badge)}</Link> });

  const items: Item[] = entries.flatMap((e): Item[] => {
    if (!isGroup(e)) return visible(e) ? [leaf(e)] : [];
    const children = e.children.filter(visible);
    return children.length ? [{ key: e.key, label: label(t(e.labelKey), e.badge), children: children.map(leaf) }] : [];
  });

  // The longest matching path is current, so /rooms/mine does not also light up /rooms.
  const paths = entries.flatMap((e) => (isGroup(e) ? e.children : [e])).filter(visible).map((l) => l.path);
  const match = paths.filter((p) => pathname === p || pathname.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
  const group = entries.find((e) => isGroup(e) && e.children.some((c) => c.path === match));
  return { items, selected: [match, group && isGroup(group) ? group.key : undefined].filter((k): k is string => !!k) };
}
