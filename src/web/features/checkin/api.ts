/** On-site check-in: query keys and hooks for lists, the live figures (Server-Sent Events), duplicates, the 签到表, and the attendee's pass. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CheckinBundle, CheckinDuplicate, CheckinList, CheckinStats, checkinListInputSchema, myPassSchema, ScanOutcome } from '../../../shared/checkin';
import { api } from '../../app/api-client';
import type { ScanInput } from './decide';

export type { CheckinBundle, CheckinDuplicate, CheckinList, CheckinStats } from '../../../shared/checkin';
/** Body of creating a list. */
export type CheckinListBody = z.input<typeof checkinListInputSchema>;
/** The attendee's pass on the reply page. */
export type MyPass = z.infer<typeof myPassSchema>;

/** Query keys of this feature. */
export const checkinKeys = {
  all: ['checkin'] as const,
  lists: (meetingId: string) => [...checkinKeys.all, 'lists', meetingId] as const,
  stats: (meetingId: string) => [...checkinKeys.all, 'stats', meetingId] as const,
  duplicates: (meetingId: string) => [...checkinKeys.all, 'duplicates', meetingId] as const,
  pass: (token: string) => [...checkinKeys.all, 'pass', token] as const,
};

const meetingBase = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/checkin`;

/** A meeting's check-in lists (the server creates 主会场签到 on first read). */
export function useCheckinLists(meetingId: string) {
  return useQuery({ queryKey: checkinKeys.lists(meetingId), queryFn: () => api.get<CheckinList[]>(`${meetingBase(meetingId)}/lists`) });
}

/** Adds a list (no `id`) or changes one at the version read; the answer is the meeting's lists. */
export function useSaveCheckinList(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CheckinListBody }) =>
      id
        ? api.put<CheckinList[]>(`/api/checkin/lists/${encodeURIComponent(id)}`, { ...input, version })
        : api.post<CheckinList[]>(`${meetingBase(meetingId)}/lists`, input),
    onSuccess: (lists) => {
      if (Array.isArray(lists)) client.setQueryData(checkinKeys.lists(meetingId), lists);
      void client.invalidateQueries({ queryKey: checkinKeys.lists(meetingId) });
      void client.invalidateQueries({ queryKey: checkinKeys.stats(meetingId) });
    },
  });
}

/** Removes a list nobody has checked in on yet. */
export function useDeleteCheckinList(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/api/checkin/lists/${encodeURIComponent(id)}`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: checkinKeys.lists(meetingId) });
      void client.invalidateQueries({ queryKey: checkinKeys.stats(meetingId) });
    },
  });
}

/** The dashboard figures: read once, then kept current by the event stream (see `useCheckinStream`). */
export function useCheckinStats(meetingId: string) {
  return useQuery({ queryKey: checkinKeys.stats(meetingId), queryFn: () => api.get<CheckinStats>(`${meetingBase(meetingId)}/stats`) });
}

/** Whether the live stream is connected now. */
export type StreamState = 'connecting' | 'live' | 'retrying';

/**
 * Follows `…/checkin/stream`: every `stats` event replaces the dashboard's figures (and makes the duplicates list read again when their
 * count moves). EventSource reconnects by itself; the state says whether the figures are live.
 */
export function useCheckinStream(meetingId: string): StreamState {
  const client = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`${meetingBase(meetingId)}/stream`);
    source.onopen = () => setState('live');
    source.onerror = () => setState('retrying');
    source.addEventListener('stats', (e) => {
      setState('live');
      const next = JSON.parse((e as MessageEvent<string>).data) as CheckinStats;
      const before = client.getQueryData<CheckinStats>(checkinKeys.stats(meetingId));
      client.setQueryData(checkinKeys.stats(meetingId), next);
      if (before && before.flaggedDuplicates !== next.flaggedDuplicates) void client.invalidateQueries({ queryKey: checkinKeys.duplicates(meetingId) });
    });
    return () => source.close();
  }, [client, meetingId]);
  return state;
}

/** Flagged duplicates (two desks admitted the same pass offline) for staff review. */
export function useCheckinDuplicates(meetingId: string) {
  return useQuery({ queryKey: checkinKeys.duplicates(meetingId), queryFn: () => api.get<CheckinDuplicate[]>(`${meetingBase(meetingId)}/duplicates`) });
}

/** Marks a duplicate as reviewed with a note. */
export function useReviewDuplicate(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ scanId, note }: { scanId: string; note: string }) => api.post<unknown>(`/api/checkin/scans/${encodeURIComponent(scanId)}/review`, { note }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: checkinKeys.duplicates(meetingId) });
      void client.invalidateQueries({ queryKey: checkinKeys.stats(meetingId) });
    },
  });
}

/** Address of the 签到表 of a list: `xlsx` to download, `html` to print. */
export function sheetUrl(meetingId: string, listId: string, format: 'xlsx' | 'html'): string {
  return `${meetingBase(meetingId)}/sheet.${format}?listId=${encodeURIComponent(listId)}`;
}

/** Address of a participant's ID photo, for the identity check at the desk. */
export function photoUrl(meetingId: string, participantId: string): string {
  return `${meetingBase(meetingId)}/photos/${encodeURIComponent(participantId)}`;
}

/** The scanner's offline copy (plain function: the scanner session calls it, not a query). */
export function fetchBundle(meetingId: string): Promise<CheckinBundle> {
  return api.get<CheckinBundle>(`${meetingBase(meetingId)}/bundle`);
}

/** Sends scans (a batch of the queue); one outcome per scan. */
export async function sendScans(scans: ScanInput[]): Promise<ScanOutcome[]> {
  return (await api.post<{ outcomes: ScanOutcome[] }>('/api/checkin/scans', { scans })).outcomes;
}

/** The attendee's own pass behind the personal reply link; only asked for once they have confirmed. */
export function useMyPass(token: string, enabled: boolean) {
  return useQuery({
    queryKey: checkinKeys.pass(token),
    queryFn: () => api.get<MyPass>(`/api/rsvp/${encodeURIComponent(token)}/pass`),
    enabled,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
