/** The signed-in user for every page inside the shell, permission checks, and the route guards. */
import { Result, Spin } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../../shared/directory';
import type { Permission } from '../../shared/roles';
import { useMeQuery } from '../features/auth/api';
import { errorMessage } from './form-errors';

const MeContext = createContext<Me | null>(null);

/** The signed-in user; only valid below `RequireAuth` (every page of the shell). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() outside <RequireAuth>');
  return me;
}

/** True when the signed-in user holds a permission; the UI hides what the API would refuse. */
export function useCan(permission: Permission): boolean {
  return useMe().permissions.includes(permission);
}

/** A full-page spinner while the session is being read. */
export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin size="large" />
    </div>
  );
}

/** Renders its children for a signed-in user, otherwise sends them to /login and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, error } = useMeQuery();
  const location = useLocation();
  if (isPending) return <PageLoading />;
  if (error) return <Result status="error" title={errorMessage(error)} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** Renders its children only with a permission; a 403 page otherwise (the nav hides such links anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  if (!useCan(permission)) return <Result status="403" title="403" subTitle={t('errors.forbiddenPage')} />;
  return <>{children}</>;
}
