/** The public reply slip (回执): read it by the personal link's token and answer it — no login, the link is the credential. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { replySchema, RsvpView } from '../../../shared/rsvp';
import { api } from '../../app/api-client';

/** Body of `PUT /api/rsvp/:token`. */
export type ReplyBody = z.input<typeof replySchema>;

/** Query keys of this feature. */
export const rsvpKeys = {
  all: ['rsvp'] as const,
  view: (token: string) => [...rsvpKeys.all, token] as const,
};

const path = (token: string) => `/api/rsvp/${encodeURIComponent(token)}`;

/** The reply slip behind a link; `via` is the tracking token of the notice the link came in (marks it read). */
export function useRsvp(token: string, via?: string | null) {
  return useQuery({
    queryKey: rsvpKeys.view(token),
    queryFn: () => api.get<RsvpView>(path(token), { via }),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** Sends the answer; the answer is the slip as now stored. */
export function useSubmitReply(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplyBody) => api.put<RsvpView>(path(token), body),
    onSuccess: (view) => client.setQueryData(rsvpKeys.view(token), view),
  });
}
