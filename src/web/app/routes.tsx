/** The route table: public pages (login, invitation), then everything else inside the signed-in shell. */
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
const MeetingFormPage = lazy(() => import('../features/meetings/pages/MeetingFormPage').then((m) => ({ default: m.MeetingFormPage })));
const PeoplePage = lazy(() => import('../features/people/pages/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const DepartmentsPage = lazy(() => import('../features/org/pages/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })));
const OrgSettingsPage = lazy(() => import('../features/org/pages/OrgSettingsPage').then((m) => ({ default: m.OrgSettingsPage })));
const UsersPage = lazy(() => import('../features/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })));

/** The browser router of the app. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/invite/:token', element: <Suspense fallback={<PageLoading />}><InvitePage /></Suspense> },
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
      { path: 'meetings/:id/edit', element: <RequirePermission permission="meeting.write"><MeetingFormPage /></RequirePermission> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'admin/departments', element: <RequirePermission permission="department.manage"><DepartmentsPage /></RequirePermission> },
      { path: 'admin/users', element: <RequirePermission permission="user.manage"><UsersPage /></RequirePermission> },
      { path: 'admin/audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
      { path: 'admin/org', element: <RequirePermission permission="org.manage"><OrgSettingsPage /></RequirePermission> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
