/** The reply slip seen from the secretariat: the participant list's edits and import, answers on someone's behalf (回访), personal links, the dashboard. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Participant, ParticipantRole } from '../../../shared/participants';
import type { Reply, replySchema, RsvpSummary, RsvpView } from '../../../shared/rsvp';
import { api } from '../../app/api-client';
import { meetingKeys } from '../meetings/api';

/** Body of the on-behalf answer. */
export type ReplyBody = z.input<typeof replySchema>;
export type { Reply };

/** What `GET /api/meetings/:id/rsvp` answers (the schema the server responds with). */
export type RsvpDashboard = RsvpSummary;
/** One person on a dashboard list. */
export type RsvpPerson = RsvpSummary['notReached'][number];

/** One problem of an import file. */
export type ListImportError = { row: number; column: string; field: string; reason: string; message: string };
/** What an import did, or on a dry run would do. */
export type ListImportResult = { dryRun: boolean; total: number; created: number; updated: number; unchanged: number; peopleCreated: number; errors: ListImportError[] };
/** A personal reply link. */
export type PersonalLink = { url: string; expiresAt: number };

/** Query keys of the reply slip. */
export const rsvpKeys = {
  all: ['rsvp'] as const,
  dashboard: (meetingId: string) => [...rsvpKeys.all, 'dashboard', meetingId] as const,
  link: (participantId: string) => [...rsvpKeys.all, 'link', participantId] as const,
};

const base = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/participants`;

/** Everything that shows participants or counts them: the list, the dashboard and the notices' recipient counts. */
function refreshAll(client: ReturnType<typeof useQueryClient>, meetingId: string) {
  void client.invalidateQueries({ queryKey: meetingKeys.participants(meetingId) });
  void client.invalidateQueries({ queryKey: rsvpKeys.dashboard(meetingId) });
  void client.invalidateQueries({ queryKey: ['notices', 'list', meetingId] });
}

/** Changes a participant's role, group or required flag; the answer is the new list. */
export function useUpdateParticipant(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: { role?: ParticipantRole; required?: boolean; groupName?: string | null } }) =>
      api.patch<Participant[]>(`${base(meetingId)}/${encodeURIComponent(id)}`, input),
    onSuccess: (list) => {
      client.setQueryData(meetingKeys.participants(meetingId), list);
      refreshAll(client, meetingId);
    },
  });
}

/** Imports a 参会人员名单 (.xlsx or CSV); a dry run only checks and counts. */
export function useImportParticipants(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      // Browsers leave the type of a .csv empty on some systems; the server reads CSV by its content type.
      const typed = file.type || !/\.csv$/i.test(file.name) ? file : new File([file], file.name, { type: 'text/csv' });
      return api.upload<ListImportResult>(`${base(meetingId)}/import`, typed, { dryRun: String(dryRun) });
    },
    onSuccess: (r) => {
      if (!r.dryRun) refreshAll(client, meetingId);
    },
  });
}

/** Address of the list as Excel, with where each reply stands. */
export function participantExportUrl(meetingId: string): string {
  return `${base(meetingId)}/export.xlsx`;
}

/** Records an answer given on the phone (回访). */
export function useAnswerOnBehalf(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ participantId, reply }: { participantId: string; reply: ReplyBody }) =>
      api.put<RsvpView>(`${base(meetingId)}/${encodeURIComponent(participantId)}/reply`, reply),
    onSuccess: () => refreshAll(client, meetingId),
  });
}

/** A participant's personal link. */
export function usePersonalLink(meetingId: string, participantId: string | undefined) {
  return useQuery({
    queryKey: rsvpKeys.link(participantId ?? ''),
    queryFn: () => api.get<PersonalLink>(`${base(meetingId)}/${encodeURIComponent(participantId!)}/link`),
    enabled: !!participantId,
  });
}

/** Invalidates a personal link; the answer is the new one. */
export function useRevokeLink(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (participantId: string) => api.post<PersonalLink>(`${base(meetingId)}/${encodeURIComponent(participantId)}/link/revoke`),
    onSuccess: (link, participantId) => client.setQueryData(rsvpKeys.link(participantId), link),
  });
}

/** The RSVP dashboard of a meeting. */
export function useRsvpDashboard(meetingId: string) {
  return useQuery({ queryKey: rsvpKeys.dashboard(meetingId), queryFn: () => api.get<RsvpDashboard>(`/api/meetings/${encodeURIComponent(meetingId)}/rsvp`) });
}
