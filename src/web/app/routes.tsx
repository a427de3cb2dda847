/** The route table: public pages (login, invitation, the personal reply slip), then everything else inside the signed-in shell. */
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { AppShell } from './AppShell';
import { PageLoading, RequireAuth, RequirePermission } from './auth';
import { NotFoundPage } from './NotFoundPage';

// Pages load on first visit, so the login page does not wait for the admin screens.
const InvitePage = lazy(() => import('../features/auth/pages/InvitePage').then((m) => ({ default: m.InvitePage })));
const MeetingListPage = lazy(() => import('../features/meetings/pages/MeetingListPage').then((m) => ({ default: m.MeetingListPage })));
const MeetingDetailPage = lazy(() => import('../features/meetings/pages/MeetingDetailPage').then((m) => ({ default: m.MeetingDetailPage })));
const MyTasksPage = lazy(() => import('../features/tasks/pages/MyTasksPage').then((m) => ({ default: m.MyTasksPage })));
const PlaybooksPage = lazy(() => import('../features/tasks/pages/PlaybooksPage').then((m) => ({ default: m.PlaybooksPage })));
const RunOfShowPage = lazy(() => import('../features/agenda/pages/RunOfShowPage').then((m) => ({ default: m.RunOfShowPage })));
const MeetingFormPage = lazy(() => import('../features/meetings/pages/MeetingFormPage').then((m) => ({ default: m.MeetingFormPage })));
const PeoplePage = lazy(() => import('../features/people/pages/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const DepartmentsPage = lazy(() => import('../features/org/pages/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })));
const OrgSettingsPage = lazy(() => import('../features/org/pages/OrgSettingsPage').then((m) => ({ default: m.OrgSettingsPage })));
const UsersPage = lazy(() => import('../features/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const VenuesPage = lazy(() => import('../features/venues/pages/VenuesPage').then((m) => ({ default: m.VenuesPage })));
const RoomsPage = lazy(() => import('../features/bookings/pages/RoomsPage').then((m) => ({ default: m.RoomsPage })));
const MyBookingsPage = lazy(() => import('../features/bookings/pages/MyBookingsPage').then((m) => ({ default: m.MyBookingsPage })));
const ApprovalsPage = lazy(() => import('../features/bookings/pages/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const BookingPage = lazy(() => import('../features/bookings/pages/BookingPage').then((m) => ({ default: m.BookingPage })));
const DoorPage = lazy(() => import('../features/bookings/pages/DoorPage').then((m) => ({ default: m.DoorPage })));
const RsvpPage = lazy(() => import('../features/rsvp/pages/RsvpPage').then((m) => ({ default: m.RsvpPage })));
const ScanPage = lazy(() => import('../features/checkin/pages/ScanPage').then((m) => ({ default: m.ScanPage })));
const PrintPage = lazy(() => import('../features/print/pages/PrintPage').then((m) => ({ default: m.PrintPage })));
const NoticeTemplatesPage = lazy(() => import('../features/notice-settings/pages/NoticeTemplatesPage').then((m) => ({ default: m.NoticeTemplatesPage })));
const BotsPage = lazy(() => import('../features/notice-settings/pages/BotsPage').then((m) => ({ default: m.BotsPage })));
const OutboxPage = lazy(() => import('../features/outbox/pages/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const AuditPage = lazy(() => import('../features/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })));

/** The browser router of the app. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/invite/:token', element: <Suspense fallback={<PageLoading />}><InvitePage /></Suspense> },
  // The reply slip a participant opens from a notice: no login, the link is the credential.
  { path: '/r/:token', element: <Suspense fallback={<PageLoading />}><RsvpPage /></Suspense> },
  // The door page stands alone (phone at the door, big type), but needs a session: the guard sends the user back here after login.
  // The check-in scanner stands alone too (a desk's phone, full screen); it checks the session itself, so it can open offline on what it kept.
  { path: '/scan/:meetingId', element: <Suspense fallback={<PageLoading />}><ScanPage /></Suspense> },
  { path: '/rooms/door/:venueId', element: <RequireAuth><Suspense fallback={<PageLoading />}><DoorPage /></Suspense></RequireAuth> },
  // Print pages (胸卡, 桌签, 餐券, 座位卡, 座次表): A4 sheets without the app's chrome, for a signed-in user.
  { path: '/print/:meetingId/:kind', element: <RequireAuth><Suspense fallback={<PageLoading />}><PrintPage /></Suspense></RequireAuth> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/meetings" replace /> },
      { path: 'meetings', element: <MeetingListPage /> },
      { path: 'meetings/new', element: <RequirePermission permission="meeting.write"><MeetingFormPage /></RequirePermission> },
      { path: 'meetings/:id', element: <MeetingDetailPage /> },
      { path: 'meetings/:id/run', element: <RunOfShowPage /> },
      { path: 'tasks', element: <MyTasksPage /> },
      // Everyone may read the playbooks; only playbook.manage sees the page in the menu and may change them.
      { path: 'settings/playbooks', element: <PlaybooksPage /> },
      { path: 'meetings/:id/edit', element: <RequirePermission permission="meeting.write"><MeetingFormPage /></RequirePermission> },
      { path: 'rooms', element: <RoomsPage /> },
      { path: 'rooms/mine', element: <MyBookingsPage /> },
      { path: 'rooms/approvals', element: <ApprovalsPage /> },
      { path: 'rooms/bookings/:id', element: <BookingPage /> },
      { path: 'venues', element: <VenuesPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'admin/departments', element: <RequirePermission permission="department.manage"><DepartmentsPage /></RequirePermission> },
      { path: 'admin/users', element: <RequirePermission permission="user.manage"><UsersPage /></RequirePermission> },
      { path: 'admin/notice-templates', element: <RequirePermission permission="notice.write"><NoticeTemplatesPage /></RequirePermission> },
      { path: 'admin/bots', element: <RequirePermission permission="notice.write"><BotsPage /></RequirePermission> },
      { path: 'admin/outbox', element: <RequirePermission permission="notice.write"><OutboxPage /></RequirePermission> },
      { path: 'admin/audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
      { path: 'admin/org', element: <RequirePermission permission="org.manage"><OrgSettingsPage /></RequirePermission> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
