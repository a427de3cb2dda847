/** Playbook editor (流程模板): hooks for the list, one playbook as stored, and its changes; every change refreshes the picker too. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createPlaybookSchema, Playbook, PlaybookStepInput, renamePlaybookSchema } from '../../../shared/playbook-steps';
import { api, isApiError } from '../../app/api-client';
import { taskKeys } from './api';

export type { Playbook, PlaybookStep, PlaybookStepInput } from '../../../shared/playbook-steps';
/** Body of `POST /api/playbooks`. */
export type CreatePlaybookBody = z.input<typeof createPlaybookSchema>;
/** Body of `PATCH /api/playbooks/:id`. */
export type RenamePlaybookBody = z.input<typeof renamePlaybookSchema>;

/** Query keys of the editor: under the tasks feature's playbook key, so the picker refreshes with it. */
export const playbookKeys = {
  list: () => taskKeys.playbooks(),
  one: (id: string) => [...taskKeys.playbooks(), 'one', id] as const,
};

const path = (id: string) => `/api/playbooks/${encodeURIComponent(id)}`;

/** True when a save failed because the playbook changed since it was read (stale `updatedAt`). */
export function isPlaybookConflict(err: unknown): boolean {
  return isApiError(err) && (err.status === 409 || err.code === 'conflict');
}

/** The organisation's playbooks (names in the reader's language, step counts). */
export function usePlaybookList() {
  return useQuery({ queryKey: playbookKeys.list(), queryFn: () => api.get<Playbook[]>('/api/playbooks') });
}

/** One playbook with its steps exactly as stored (what the editor edits). */
export function usePlaybook(id: string | undefined) {
  return useQuery({ queryKey: playbookKeys.one(id ?? ''), queryFn: () => api.get<Playbook>(path(id!)), enabled: !!id });
}

function useAfterChange() {
  const client = useQueryClient();
  return (p?: Playbook) => {
    if (p) client.setQueryData(playbookKeys.one(p.id), p);
    void client.invalidateQueries({ queryKey: playbookKeys.list() });
  };
}

/** Creates a playbook, blank or as a copy. */
export function useCreatePlaybook() {
  const done = useAfterChange();
  return useMutation({ mutationFn: (body: CreatePlaybookBody) => api.post<Playbook>('/api/playbooks', body), onSuccess: done });
}

/** Renames a playbook at the version read. */
export function useRenamePlaybook() {
  const done = useAfterChange();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: RenamePlaybookBody }) => api.patch<Playbook>(path(id), body), onSuccess: done });
}

/** Saves the whole ordered step list at the version read; a conflict reloads the playbook. */
export function useSavePlaybookSteps() {
  const done = useAfterChange();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, steps }: { id: string; version: number; steps: PlaybookStepInput[] }) => api.put<Playbook>(`${path(id)}/steps`, { version, steps }),
    onSuccess: done,
    onError: (err, { id }) => {
      if (isPlaybookConflict(err)) void client.invalidateQueries({ queryKey: playbookKeys.one(id) });
    },
  });
}

/** Deletes a playbook (applied tasks stay). */
export function useDeletePlaybook() {
  const done = useAfterChange();
  return useMutation({ mutationFn: (id: string) => api.delete<{ ok: true }>(path(id)), onSuccess: () => done() });
}

/** Restores a built-in playbook as shipped (changed or deleted). */
export function useResetPlaybook() {
  const done = useAfterChange();
  return useMutation({ mutationFn: (builtInKey: string) => api.post<Playbook>('/api/playbooks/reset', { builtInKey }), onSuccess: done });
}
