/** The people directory: query keys and hooks for searching, reading, adding and changing people. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Person, personInputSchema } from '../../../shared/directory';
import { api } from '../../app/api-client';

/** Body of create/update person. */
export type PersonInput = z.input<typeof personInputSchema>;

/** Filters of the directory. */
export type PeopleFilter = { q?: string; departmentId?: string; kind?: string; limit: number; offset: number };

/** Query keys of this feature. */
export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (filter: PeopleFilter) => [...peopleKeys.lists(), filter] as const,
  detail: (id: string) => [...peopleKeys.all, 'detail', id] as const,
};

/** A page of people. */
export function usePeople(filter: PeopleFilter, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.list(filter),
    queryFn: () => api.get<{ items: Person[]; total: number }>('/api/people', filter),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One person. */
export function usePerson(id: string | null | undefined) {
  return useQuery({
    queryKey: peopleKeys.detail(id ?? ''),
    queryFn: () => api.get<Person>(`/api/people/${encodeURIComponent(id!)}`),
    enabled: !!id,
  });
}

/** Adds a person. */
export function useCreatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) => api.post<Person>('/api/people', input),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

/** Changes a person. */
export function useUpdatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: PersonInput }) => api.put<Person>(`/api/people/${encodeURIComponent(id)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
