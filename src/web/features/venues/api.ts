/** Venues (会场) and their closures: query keys and hooks for the registry, the form and the door QR code. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { closureInputSchema, closureSchema, Venue, venueInputSchema } from '../../../shared/venues';
import { api } from '../../app/api-client';

/** Body of `POST /api/venues` (money in fen). */
export type VenueBody = z.input<typeof venueInputSchema>;
/** A closure as the API returns it. */
export type Closure = z.infer<typeof closureSchema>;
/** Body of `POST /api/venues/:id/closures`. */
export type ClosureBody = z.input<typeof closureInputSchema>;

/** Query keys of this feature. */
export const venueKeys = {
  all: ['venues'] as const,
  lists: () => [...venueKeys.all, 'list'] as const,
  list: (activeOnly: boolean) => [...venueKeys.lists(), { activeOnly }] as const,
  detail: (id: string) => [...venueKeys.all, 'detail', id] as const,
  closures: () => [...venueKeys.all, 'closures'] as const,
  closureRange: (from: number, to: number, venueId?: string) => [...venueKeys.closures(), { from, to, venueId }] as const,
  doorUrl: (id: string) => [...venueKeys.all, 'door-url', id] as const,
};

/** The registry; `activeOnly` leaves out retired venues (the booking grid). */
export function useVenues(activeOnly = false) {
  return useQuery({
    queryKey: venueKeys.list(activeOnly),
    queryFn: () => api.get<Venue[]>('/api/venues', activeOnly ? { active: 'true' } : undefined),
    staleTime: 60_000,
  });
}

/** Adds a venue. */
export function useCreateVenue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: VenueBody) => api.post<Venue>('/api/venues', input),
    onSuccess: () => client.invalidateQueries({ queryKey: venueKeys.all }),
  });
}

/** Changes a venue (the whole record, at the version read). */
export function useUpdateVenue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: VenueBody & { version: number } }) => api.put<Venue>(`/api/venues/${encodeURIComponent(id)}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: venueKeys.all }),
  });
}

/** Closures overlapping a range, of one venue or all. */
export function useClosures(from: number, to: number, venueId?: string, enabled = true) {
  return useQuery({
    queryKey: venueKeys.closureRange(from, to, venueId),
    queryFn: () => api.get<Closure[]>('/api/venue-closures', { from, to, venueId }),
    enabled,
  });
}

/** Closes a venue for a period. */
export function useAddClosure(venueId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ClosureBody) => api.post<Closure>(`/api/venues/${encodeURIComponent(venueId)}/closures`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: venueKeys.closures() }),
  });
}

/** Removes a closure. */
export function useRemoveClosure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/venue-closures/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: venueKeys.closures() }),
  });
}

/** Address of the door QR image (an SVG the API draws; the session cookie authorises it). */
export function doorQrSrc(id: string): string {
  return `/api/venues/${encodeURIComponent(id)}/door-qr`;
}

/** The URL the door QR code opens (the API sends it in the `x-door-url` header of the image). */
export function useDoorUrl(id: string | undefined) {
  return useQuery({
    queryKey: venueKeys.doorUrl(id ?? ''),
    enabled: !!id,
    queryFn: async () => {
      const res = await fetch(doorQrSrc(id!), { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      return res.headers.get('x-door-url');
    },
  });
}

/** What an import did (or, on a dry run, would do). */
export type ImportResult = { rows: number; created: number; updated: number; unchanged: number; dryRun: boolean };
/** One problem of an import file, by row and column. */
export type ImportProblem = { row: number; column: string; message: string };

/** Address of the registry as an Excel sheet (主要会议场所明细表). */
export const VENUE_EXPORT_URL = '/api/venues/export.xlsx';

/** Imports the sheet: rows with an existing name update that venue, others are added; any problem imports nothing. */
export function useImportVenues() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportResult>('/api/venues/import', file),
    onSuccess: () => client.invalidateQueries({ queryKey: venueKeys.all }),
  });
}
