/** Meetings: query keys and hooks for the list, one meeting with its history, create, edit and lifecycle actions. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMeetingInput, Meeting, MeetingStatus, TransitionAction, UpdateMeetingInput } from '../../../shared/meetings';
import { api } from '../../app/api-client';

/** Filters of the list as the API takes them (`from`/`to` are epoch ms). */
export type MeetingListFilter = {
  status?: string;
  kind?: string;
  departmentId?: string;
  from?: number;
  to?: number;
  q?: string;
  seriesId?: string;
  limit: number;
  offset: number;
};

/** One state change in a meeting's history. */
export type MeetingHistoryEntry = {
  id: string;
  action: string;
  fromStatus: MeetingStatus;
  toStatus: MeetingStatus;
  reason: string | null;
  at: number;
  actorName: string | null;
};

/** A meeting with its history, as `GET /api/meetings/:id` returns it. */
export type MeetingDetail = Meeting & { history: MeetingHistoryEntry[] };

/** A page of meetings. */
export type MeetingPage = { items: Meeting[]; total: number };

/** How far a series change reaches. */
export type ApplyTo = 'occurrence' | 'following';

/** Query keys of this feature. */
export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (filter: MeetingListFilter) => [...meetingKeys.lists(), filter] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
  participants: (id: string) => [...meetingKeys.all, 'participants', id] as const,
};

/** A page of meetings; the previous page stays on screen while the next loads. */
export function useMeetings(filter: MeetingListFilter) {
  return useQuery({
    queryKey: meetingKeys.list(filter),
    queryFn: () => api.get<MeetingPage>('/api/meetings', filter),
    placeholderData: keepPreviousData,
  });
}

/** One meeting with its history. */
export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.detail(id ?? ''),
    queryFn: () => api.get<MeetingDetail>(`/api/meetings/${encodeURIComponent(id!)}`),
    enabled: !!id,
  });
}

/** Creates a meeting (or a series); lists are refreshed. */
export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) => api.post<Meeting>('/api/meetings', input),
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.lists() }),
  });
}

/** Edits a meeting (and for a series perhaps the later occurrences); every meeting query is refreshed. */
export function useUpdateMeeting(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMeetingInput) => api.patch<Meeting>(`/api/meetings/${encodeURIComponent(id)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

/** Input of a lifecycle action. */
export type ActionInput = { action: TransitionAction; reason?: string; applyTo?: ApplyTo };

/** Runs a lifecycle action (submit, approve, cancel, …); every meeting query is refreshed. */
export function useMeetingAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason, applyTo }: ActionInput) =>
      api.post<Meeting>(`/api/meetings/${encodeURIComponent(id)}/${action}`, {
        ...(reason ? { reason } : {}),
        ...(applyTo ? { applyTo } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

import type { Participant, ParticipantRole } from '../../../shared/participants';
export { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../../shared/participants';

/** Who takes part in a meeting. */
export function useParticipants(meetingId: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.participants(meetingId ?? ''),
    queryFn: () => api.get<Participant[]>(`/api/meetings/${encodeURIComponent(meetingId!)}/participants`),
    enabled: !!meetingId,
  });
}

/** Adds a person to a meeting; the answer is the new list. */
export function useAddParticipant(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { personId: string; role: ParticipantRole; required: boolean }) =>
      api.post<Participant[]>(`/api/meetings/${encodeURIComponent(meetingId)}/participants`, input),
    onSuccess: (list) => client.setQueryData(meetingKeys.participants(meetingId), list),
  });
}

/** Removes a participant. */
export function useRemoveParticipant(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (participantId: string) =>
      api.delete<{ ok: true }>(`/api/meetings/${encodeURIComponent(meetingId)}/participants/${encodeURIComponent(participantId)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: meetingKeys.participants(meetingId) }),
  });
}
