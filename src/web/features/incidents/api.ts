/** Incidents (紧急情况): query key and hooks to list, report and handle them. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Incident, incidentInputSchema, incidentUpdateSchema } from '../../../shared/incidents';
import { api } from '../../app/api-client';

export type { Incident } from '../../../shared/incidents';
/** Body of reporting one. */
export type IncidentInput = z.input<typeof incidentInputSchema>;
/** Body of changing one. */
export type IncidentUpdate = z.input<typeof incidentUpdateSchema>;

const key = (meetingId: string) => ['incidents', meetingId] as const;

/** The meeting's incidents; polled every 15 s on the day so the desk sees new ones without a reload. */
export function useIncidents(meetingId: string) {
  return useQuery({ queryKey: key(meetingId), queryFn: () => api.get<Incident[]>(`/api/meetings/${encodeURIComponent(meetingId)}/incidents`), refetchInterval: 15_000 });
}

/** Reports an incident. */
export function useReportIncident(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IncidentInput) => api.post<Incident[]>(`/api/meetings/${encodeURIComponent(meetingId)}/incidents`, input),
    onSuccess: (list) => client.setQueryData(key(meetingId), list),
  });
}

/** Assigns, moves along or resolves one. */
export function useUpdateIncident(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: IncidentUpdate }) => api.patch<Incident[]>(`/api/incidents/${encodeURIComponent(id)}`, input),
    onSuccess: (list) => client.setQueryData(key(meetingId), list),
    onError: () => void client.invalidateQueries({ queryKey: key(meetingId) }),
  });
}
