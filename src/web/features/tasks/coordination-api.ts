/** 协调会 notes and splitting tasks: query keys and hooks (the meeting's task list is refreshed after each write). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CoordinationNote, CoordinationNoteInput } from '../../../shared/coordination';
import type { splitTaskSchema, Task } from '../../../shared/tasks';
import { api } from '../../app/api-client';
import { taskKeys } from './api';

export type { CoordinationNote, CoordinationNoteInput, Decision } from '../../../shared/coordination';
/** Body of `POST /api/tasks/:id/split`. */
export type SplitTaskBody = z.input<typeof splitTaskSchema>;

/** Query key of a meeting's notes. */
export const coordinationKey = (meetingId: string) => ['coordination', meetingId] as const;

/** The meeting's 协调会 notes, latest first. */
export function useCoordinationNotes(meetingId: string) {
  return useQuery({ queryKey: coordinationKey(meetingId), queryFn: () => api.get<CoordinationNote[]>(`/api/meetings/${encodeURIComponent(meetingId)}/coordination-notes`) });
}

/** Records a new note (`id` undefined) or rewrites one; decisions may create tasks, so the task list is read again. */
export function useSaveCoordinationNote(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CoordinationNoteInput }) =>
      id ? api.put<CoordinationNote[]>(`/api/coordination-notes/${encodeURIComponent(id)}`, input) : api.post<CoordinationNote[]>(`/api/meetings/${encodeURIComponent(meetingId)}/coordination-notes`, input),
    onSuccess: (notes) => {
      client.setQueryData(coordinationKey(meetingId), notes);
      void client.invalidateQueries({ queryKey: taskKeys.meeting(meetingId) });
    },
  });
}

/** Deletes a note. */
export function useDeleteCoordinationNote(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/coordination-notes/${encodeURIComponent(id)}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: coordinationKey(meetingId) }),
  });
}

/** Splits a task into parts; the answer is the meeting's whole list. */
export function useSplitTask(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: SplitTaskBody }) => api.post<Task[]>(`/api/tasks/${encodeURIComponent(id)}/split`, input),
    onSuccess: (tasks) => {
      client.setQueryData(taskKeys.meeting(meetingId), tasks);
      void client.invalidateQueries({ queryKey: taskKeys.mine() });
    },
  });
}
