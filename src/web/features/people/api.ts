/** The people directory: query keys and hooks for searching, reading, adding and changing people, and the sheet import. */
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

/** One problem of an import file, by row and column (row 0: the file as a whole). */
export type PersonImportError = { row: number; column: string; field: string; reason: string; message: string };
/** What an import did or, on a dry run, would do; `errors` lists every problem of a dry run. */
export type PersonImportResult = { dryRun: boolean; total: number; created: number; updated: number; unchanged: number; errors: PersonImportError[] };

/** Address of the directory as an Excel sheet (ID numbers masked). */
export const PEOPLE_EXPORT_URL = '/api/people/export.xlsx';

/** Imports the directory sheet (.xlsx or CSV): a dry run checks and counts; a real run writes all rows or none. */
export function useImportPeople() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => api.upload<PersonImportResult>('/api/people/import', file, { dryRun }),
    onSuccess: (r) => {
      if (!r.dryRun) void client.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}
