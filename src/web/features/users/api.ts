/** Accounts and invitations (admins): query keys and hooks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createInvitationSchema, invitationSchema, updateUserSchema, User } from '../../../shared/directory';
import { api } from '../../app/api-client';

/** An invitation; `url` only in the answer to creating it. */
export type Invitation = z.infer<typeof invitationSchema>;
/** Body of `POST /api/invitations`. */
export type InvitationInput = z.input<typeof createInvitationSchema>;
/** Body of `PATCH /api/users/:id`. */
export type UserPatch = z.input<typeof updateUserSchema>;

/** Query keys of this feature. */
export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
  invitations: () => [...userKeys.all, 'invitations'] as const,
  options: () => [...userKeys.all, 'options'] as const,
};

/** An account to pick (names and roles only; venue managers may list these). */
export type UserOption = { id: string; displayName: string; roles: string[] };

/** Active accounts to choose venue managers and service staff from. */
export function useUserOptions() {
  return useQuery({ queryKey: userKeys.options(), queryFn: () => api.get<UserOption[]>('/api/users/options') });
}

/** Every account of the organisation (admins only; pass `enabled=false` for anyone else). */
export function useUsers(enabled = true) {
  return useQuery({ queryKey: userKeys.list(), queryFn: () => api.get<User[]>('/api/users'), enabled });
}

/** Changes an account (name, email, roles, active, linked person). */
export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => api.patch<User>(`/api/users/${encodeURIComponent(id)}`, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.list() }),
  });
}

/** Invitations not yet accepted, withdrawn or expired. */
export function useInvitations() {
  return useQuery({ queryKey: userKeys.invitations(), queryFn: () => api.get<Invitation[]>('/api/invitations') });
}

/** Creates an invitation; the answer carries the link once. */
export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) => api.post<Invitation>('/api/invitations', input),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.invitations() }),
  });
}

/** Withdraws an invitation so its link stops working. */
export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/invitations/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.invitations() }),
  });
}
