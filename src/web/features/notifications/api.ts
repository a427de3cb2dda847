/** In-app notifications: query keys and hooks for my list (polled) and marking read. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api-client';

/** One notification; `text` is already in the reader's language. */
export type AppNotification = { id: string; kind: string; text: string; link: string | null; readAt: number | null; createdAt: number };

/** The answer of `GET /api/notifications`. */
export type NotificationList = { unread: number; items: AppNotification[] };

/** Query keys of this feature. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
};

/** My notifications, newest first; polled every minute so the bell's count keeps up. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: () => api.get<NotificationList>('/api/notifications'),
    refetchInterval: 60_000,
    staleTime: 15_000,
  });
}

/** Marks some (or, without ids, all) of mine read. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post<{ ok: true }>('/api/notifications/read', ids ? { ids } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
