/** Session and profile: who is signed in, signing in and out, the saved language, and accepting an invitation. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Me } from '../../../shared/directory';
import type { Lang } from '../../../shared/errors';
import { api, isApiError, setCsrfToken, setUnauthenticatedHandler } from '../../app/api-client';
import { cookieLang, switchLanguage } from '../../app/i18n';

/** Query keys of this feature. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  invitation: (token: string) => [...authKeys.all, 'invitation', token] as const,
};

/** What an invitation link offers, before it is accepted. */
export type InvitationPreview = { orgName: string; displayName: string; email: string | null; roles: string[] };

/** Adopts a freshly read profile: remembers its CSRF token and, unless this browser chose a language, uses the account's. */
function adopt(me: Me): Me {
  setCsrfToken(me.csrfToken);
  const saved = me.user.locale === 'en' || me.user.locale === 'zh-CN' ? (me.user.locale as Lang) : undefined;
  if (saved && !cookieLang()) void switchLanguage(saved);
  return me;
}

/** When any request finds the session gone: forget the user and their data; the route guard then shows /login. */
export function installSessionHandler(client: QueryClient): void {
  setUnauthenticatedHandler(() => {
    setCsrfToken(null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
    client.setQueryData(authKeys.me(), null);
  });
}

/** The signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
export function useMeQuery() {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: async (): Promise<Me | null> => {
      try {
        return adopt(await api.get<Me>('/api/auth/me'));
      } catch (err) {
        if (isApiError(err) && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Signs in; on success the profile is cached so the app opens without another round trip. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => api.post<Me>('/api/auth/login', input),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
      client.setQueryData(authKeys.me(), adopt(me));
    },
  });
}

/** Signs out and forgets every cached answer, and what the check-in scanner kept on this device (its upload queue excepted). */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const res = await api.post<{ ok: true }>('/api/auth/logout');
      await import('../checkin/store-idb').then((m) => m.forgetScannerCopies()).catch(() => undefined);
      return res;
    },
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(authKeys.me(), null);
    },
  });
}

/** Switches the language now and saves it to the account when someone is signed in. */
export function useChangeLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (lang: Lang) => {
      await switchLanguage(lang);
      const me = client.getQueryData<Me | null>(authKeys.me());
      if (me) client.setQueryData(authKeys.me(), await api.patch<Me>('/api/auth/me', { locale: lang }));
    },
  });
}

/** The invitation behind a link (public). */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: authKeys.invitation(token),
    queryFn: () => api.post<InvitationPreview>('/api/invitations/lookup', { token }),
    retry: false,
  });
}

/** Accepts an invitation: creates the account and signs in. */
export function useAcceptInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; username: string; password: string }) => api.post<Me>('/api/invitations/accept', input),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
      client.setQueryData(authKeys.me(), adopt(me));
    },
  });
}
