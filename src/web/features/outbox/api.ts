/** The local outbox: mail kept on the server because no SMTP server is configured. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client';

/** One kept mail. */
export type OutboxMail = { id: string; deliveryId: string; to: string; subject: string; createdAt: number };

/** Query keys of this feature. */
export const outboxKeys = {
  all: ['outbox'] as const,
  page: (limit: number, offset: number) => [...outboxKeys.all, { limit, offset }] as const,
};

/** A page of the outbox, newest first. */
export function useOutbox(limit: number, offset: number) {
  return useQuery({
    queryKey: outboxKeys.page(limit, offset),
    queryFn: () => api.get<{ items: OutboxMail[]; total: number }>('/api/outbox', { limit, offset }),
    placeholderData: keepPreviousData,
  });
}

/** Address of one mail as an .eml file (the session cookie authorises it). */
export function emlUrl(id: string): string {
  return `/api/outbox/${encodeURIComponent(id)}/message.eml`;
}
