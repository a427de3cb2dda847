/** Tasks (会务分工): query keys and hooks for playbooks, a meeting's tasks, my tasks, and ticking off / editing one task. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createTaskSchema, Task, updateTaskSchema } from '../../../shared/tasks';
import { api, isApiError } from '../../app/api-client';

export type { Task } from '../../../shared/tasks';
/** Body of `POST /api/meetings/:id/tasks`. */
export type CreateTaskBody = z.input<typeof createTaskSchema>;
/** Body of `PATCH /api/tasks/:id`. */
export type UpdateTaskBody = z.input<typeof updateTaskSchema>;
/** One step of a playbook as `GET /api/playbooks` lists it. */
export type PlaybookStep = {
  key: string; phase: string; group: string; title: string; description: string; ownerRole: string; anchor: string;
  offsetDays: number; dueTime: string; evidence: string | null; dependsOn: string[];
};
/** A playbook with its steps. */
export type Playbook = { id: string; key: string; name: string; steps: PlaybookStep[] };
/** An account to pick as owner (same answer and cache as the users feature's options). */
export type TaskOwnerOption = { id: string; displayName: string; roles: string[] };

/** Query keys of this feature. */
export const taskKeys = {
  all: ['tasks'] as const,
  playbooks: () => [...taskKeys.all, 'playbooks'] as const,
  meeting: (meetingId: string) => [...taskKeys.all, 'meeting', meetingId] as const,
  mine: () => [...taskKeys.all, 'mine'] as const,
};

/** True when a write failed because someone else changed the task first (stale `version`). */
export function isTaskConflict(err: unknown): boolean {
  return isApiError(err) && (err.status === 409 || err.code === 'conflict');
}

/** Playbooks to apply to a meeting without tasks. */
export function usePlaybooks(enabled = true) {
  return useQuery({ queryKey: taskKeys.playbooks(), queryFn: () => api.get<Playbook[]>('/api/playbooks'), enabled, staleTime: 5 * 60_000 });
}

/** A meeting's tasks. */
export function useMeetingTasks(meetingId: string) {
  return useQuery({ queryKey: taskKeys.meeting(meetingId), queryFn: () => api.get<Task[]>(`/api/meetings/${encodeURIComponent(meetingId)}/tasks`) });
}

/** The signed-in user's open tasks across meetings. */
export function useMyTasks() {
  return useQuery({ queryKey: taskKeys.mine(), queryFn: () => api.get<Task[]>('/api/tasks/mine') });
}

/** Accounts to choose an owner from (`/api/users/options`; organisers may read it). */
export function useTaskOwnerOptions(enabled: boolean) {
  return useQuery({ queryKey: ['users', 'options'], queryFn: () => api.get<TaskOwnerOption[]>('/api/users/options'), enabled, staleTime: 60_000 });
}

/** Applies a playbook: the meeting gets dated, owned tasks. */
export function useApplyPlaybook(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (playbookId: string) => api.post<Task[]>(`/api/meetings/${encodeURIComponent(meetingId)}/playbook`, { playbookId }),
    onSuccess: (tasks) => {
      client.setQueryData(taskKeys.meeting(meetingId), tasks);
      void client.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}

/** Adds a task by hand; the answer is the meeting's whole list. */
export function useCreateTask(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTaskBody) => api.post<Task[]>(`/api/meetings/${encodeURIComponent(meetingId)}/tasks`, input),
    onSuccess: (tasks) => {
      client.setQueryData(taskKeys.meeting(meetingId), tasks);
      void client.invalidateQueries({ queryKey: taskKeys.mine() });
    },
  });
}

/** Ticks off, reopens, reassigns, re-dates or renames a task at the version read; on a conflict the lists are read again. */
export function useUpdateTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateTaskBody }) => api.patch<Task>(`/api/tasks/${encodeURIComponent(id)}`, input),
    onSuccess: (task) => {
      client.setQueryData<Task[]>(taskKeys.meeting(task.meetingId), (old) => old?.map((x) => (x.id === task.id ? task : x)));
      void client.invalidateQueries({ queryKey: taskKeys.meeting(task.meetingId) });
      void client.invalidateQueries({ queryKey: taskKeys.mine() });
    },
    onError: (err) => {
      if (isTaskConflict(err)) void client.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}

/** Address of the 会务分工明细表 (Excel). */
export function tasksXlsxUrl(meetingId: string): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/tasks.xlsx`;
}
