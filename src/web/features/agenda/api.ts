/** The agenda (议程): query keys and hooks for the draft with its checks and versions, item edits, publishing, exports and the run of show. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Agenda, AgendaItem, AgendaItemInput } from '../../../shared/agenda';
import type { AgendaWarning } from '../../../shared/agenda-checks';
import { api } from '../../app/api-client';
import { noticeKeys } from '../notices/api';

export type { Agenda, AgendaChange, AgendaItem, AgendaItemInput } from '../../../shared/agenda';
export type { AgendaWarning } from '../../../shared/agenda-checks';

/** The agenda as `GET /api/meetings/:id/agenda` returns it: the draft, its warnings, and the published versions. */
export type AgendaState = Agenda & { warnings: AgendaWarning[] };
/** A published version with its changelog. */
export type AgendaVersion = Agenda['versions'][number];

/** The run of show (`GET …/agenda/live`): the server's clock, the item running now, the next, and the countdown at `now`. */
export type LiveAgenda = { now: number; items: AgendaItem[]; currentId: string | null; nextId: string | null; remainingMs: number | null; overrunMs: number };

/** The downloads of the agenda. */
export type AgendaExport = 'pptx' | 'docx' | 'html';

/** How often the run-of-show page reads the live state again. */
export const LIVE_POLL_MS = 5000;

/** Query keys of this feature. */
export const agendaKeys = {
  all: ['agenda'] as const,
  detail: (meetingId: string) => [...agendaKeys.all, 'detail', meetingId] as const,
  live: (meetingId: string) => [...agendaKeys.all, 'live', meetingId] as const,
};

const base = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/agenda`;

/** A meeting's agenda draft with its warnings and versions. */
export function useAgenda(meetingId: string | undefined) {
  return useQuery({
    queryKey: agendaKeys.detail(meetingId ?? ''),
    queryFn: () => api.get<AgendaState>(base(meetingId!)),
    enabled: !!meetingId,
  });
}

/** Every write answers with the whole agenda: put it in the cache, and let the run of show read again. */
function useAgendaWrite<V>(meetingId: string, fn: (v: V) => Promise<AgendaState>, after?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (agenda) => {
      client.setQueryData(agendaKeys.detail(meetingId), agenda);
      void client.invalidateQueries({ queryKey: agendaKeys.live(meetingId) });
      after?.();
    },
  });
}

/** Adds an item (no `itemId`) or changes one. */
export function useSaveAgendaItem(meetingId: string) {
  return useAgendaWrite(meetingId, ({ itemId, input }: { itemId?: string; input: AgendaItemInput }) =>
    itemId
      ? api.put<AgendaState>(`${base(meetingId)}/items/${encodeURIComponent(itemId)}`, input)
      : api.post<AgendaState>(`${base(meetingId)}/items`, input));
}

/** Removes an item from the draft. */
export function useDeleteAgendaItem(meetingId: string) {
  return useAgendaWrite(meetingId, (itemId: string) => api.delete<AgendaState>(`${base(meetingId)}/items/${encodeURIComponent(itemId)}`));
}

/** Publishes the draft as the next version; a change notice may have been drafted, so the notices are read again. */
export function usePublishAgenda(meetingId: string) {
  const client = useQueryClient();
  return useAgendaWrite(meetingId, () => api.post<AgendaState>(`${base(meetingId)}/publish`), () => {
    void client.invalidateQueries({ queryKey: noticeKeys.list(meetingId) });
  });
}

/** The run of show, read again every 5 s (also while the tab is in the background: the page is left open on the day). */
export function useLiveAgenda(meetingId: string | undefined) {
  return useQuery({
    queryKey: agendaKeys.live(meetingId ?? ''),
    queryFn: () => api.get<LiveAgenda>(`${base(meetingId!)}/live`),
    enabled: !!meetingId,
    refetchInterval: LIVE_POLL_MS,
    refetchIntervalInBackground: true,
  });
}

/** Starts (finishing whatever runs) or finishes an item; the answer is the new live state. */
export function useRunItem(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, action }: { itemId: string; action: 'start' | 'finish' }) =>
      api.post<LiveAgenda>(`${base(meetingId)}/items/${encodeURIComponent(itemId)}/${action}`),
    onSuccess: (live) => {
      client.setQueryData(agendaKeys.live(meetingId), live);
      void client.invalidateQueries({ queryKey: agendaKeys.detail(meetingId) });
    },
  });
}

/** Address of a download (议程PPT, Word) or of the printable page. */
export function agendaExportUrl(meetingId: string, format: AgendaExport): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/agenda.${format}`;
}
