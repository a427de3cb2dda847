/** The organisation (name, zone, meeting policy) and its departments: query keys and hooks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { z } from 'zod';
import type { Department, departmentInputSchema, Org, updateOrgSchema } from '../../../shared/directory';
import { api } from '../../app/api-client';
import { authKeys } from '../auth/api';

/** Body of create/update department. */
export type DepartmentInput = z.input<typeof departmentInputSchema>;
/** Body of `PATCH /api/org`. */
export type OrgInput = z.input<typeof updateOrgSchema>;

/** Query keys of this feature. */
export const orgKeys = {
  all: ['org'] as const,
  org: () => [...orgKeys.all, 'org'] as const,
  departments: () => [...orgKeys.all, 'departments'] as const,
};

/** The organisation. */
export function useOrg() {
  return useQuery({ queryKey: orgKeys.org(), queryFn: () => api.get<Org>('/api/org') });
}

/** Saves organisation settings; the profile (which carries zone and policy) is refreshed too. */
export function useUpdateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OrgInput) => api.patch<Org>('/api/org', input),
    onSuccess: (org) => {
      client.setQueryData(orgKeys.org(), org);
      void client.invalidateQueries({ queryKey: authKeys.me() });
      // Stored meetings carry policy warnings computed by the server.
      void client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}

/** Every department (active or not), in the organisation's order. */
export function useDepartments() {
  return useQuery({
    queryKey: orgKeys.departments(),
    queryFn: () => api.get<Department[]>('/api/departments'),
    staleTime: 5 * 60_000,
  });
}

/** Department names by id, for showing ids the API returns. */
export function useDepartmentNames(): Map<string, string> {
  const { data } = useDepartments();
  return useMemo(() => new Map((data ?? []).map((d) => [d.id, d.name])), [data]);
}

/** Select options of departments: active ones, plus any inactive one still selected. */
export function useDepartmentOptions(keep: readonly (string | null | undefined)[] = []) {
  const { data, isPending } = useDepartments();
  const keepKey = keep.join(',');
  const options = useMemo(() => {
    const wanted = new Set(keepKey.split(',').filter(Boolean));
    return (data ?? []).filter((d) => d.isActive || wanted.has(d.id)).map((d) => ({ value: d.id, label: d.name }));
  }, [data, keepKey]);
  return { options, isPending };
}

/** Adds a department. */
export function useCreateDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DepartmentInput) => api.post<Department>('/api/departments', input),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.departments() }),
  });
}

/** Changes a department. */
export function useUpdateDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: DepartmentInput }) => api.put<Department>(`/api/departments/${encodeURIComponent(id)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.departments() }),
  });
}

/** Address of the organisation's logo; the stamp makes a replaced logo a new address (the server lets browsers cache it). */
export function logoUrl(logoUpdatedAt: number): string {
  return `/api/org/logo?v=${logoUpdatedAt}`;
}

/** Refreshes what carries the logo stamp: the organisation and the signed-in profile. */
function useLogoRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: orgKeys.org() });
    void client.invalidateQueries({ queryKey: authKeys.me() });
  };
}

/** Uploads the logo (PNG, JPEG or SVG, at most 1 MB; the server reads the type from the bytes). */
export function useSetOrgLogo() {
  const refresh = useLogoRefresh();
  return useMutation({
    mutationFn: (file: Blob) => api.put<{ logoUpdatedAt: number }>('/api/org/logo', { raw: file, contentType: 'application/octet-stream' }),
    onSuccess: refresh,
  });
}

/** Removes the logo. */
export function useDeleteOrgLogo() {
  const refresh = useLogoRefresh();
  return useMutation({ mutationFn: () => api.delete<{ ok: true }>('/api/org/logo'), onSuccess: refresh });
}
