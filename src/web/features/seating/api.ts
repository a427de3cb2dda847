/** 座次: query keys and hooks for a meeting's seating plans, saving with a version, auto-assign, and protocol ranks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createSeatingPlanSchema, SeatingPlan, SeatPerson, seatingPlanSummarySchema, UpdateSeatingPlanInput } from '../../../shared/seating';
import { api } from '../../app/api-client';

export type { SeatAssignment, SeatingLayout, SeatingPlan, SeatingSettings, SeatPerson } from '../../../shared/seating';

/** A plan in the meeting's list. */
export type SeatingPlanSummary = z.infer<typeof seatingPlanSummarySchema>;
/** Body of creating a plan. */
export type CreatePlanInput = z.input<typeof createSeatingPlanSchema>;

/** Query keys of this feature. */
export const seatingKeys = {
  all: ['seating'] as const,
  list: (meetingId: string) => [...seatingKeys.all, 'list', meetingId] as const,
  plan: (id: string) => [...seatingKeys.all, 'plan', id] as const,
};

const planUrl = (id: string) => `/api/seating-plans/${encodeURIComponent(id)}`;

/** The meeting's plans. */
export function useSeatingPlans(meetingId: string | undefined) {
  return useQuery({
    queryKey: seatingKeys.list(meetingId ?? ''),
    queryFn: () => api.get<SeatingPlanSummary[]>(`/api/meetings/${encodeURIComponent(meetingId!)}/seating-plans`),
    enabled: !!meetingId,
  });
}

/** One plan with the meeting's people. */
export function useSeatingPlan(id: string | undefined) {
  return useQuery({ queryKey: seatingKeys.plan(id ?? ''), queryFn: () => api.get<SeatingPlan>(planUrl(id!)), enabled: !!id });
}

function usePlanWrite<V, R extends SeatingPlan = SeatingPlan>(meetingId: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (plan) => {
      client.setQueryData(seatingKeys.plan(plan.id), plan);
      void client.invalidateQueries({ queryKey: seatingKeys.list(meetingId) });
    },
  });
}

/** Creates a plan. */
export function useCreatePlan(meetingId: string) {
  return usePlanWrite(meetingId, (input: CreatePlanInput) => api.post<SeatingPlan>(`/api/meetings/${encodeURIComponent(meetingId)}/seating-plans`, input));
}

/** Saves the whole plan at the version read (a 409 means someone saved first). */
export function useSavePlan(meetingId: string) {
  return usePlanWrite(meetingId, ({ id, input }: { id: string; input: UpdateSeatingPlanInput }) => api.put<SeatingPlan>(planUrl(id), input));
}

/** Seats everyone by rank and unit; the answer says who did not fit. */
export function useAutoAssign(meetingId: string) {
  return usePlanWrite(meetingId, ({ id, version }: { id: string; version: number }) => api.post<SeatingPlan & { unassigned: string[] }>(`${planUrl(id)}/auto-assign`, { version }));
}

/** Deletes a plan. */
export function useDeletePlan(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(planUrl(id)),
    onSuccess: () => client.invalidateQueries({ queryKey: seatingKeys.list(meetingId) }),
  });
}

/** Sets the protocol ranks (the list's order); every open plan shows the new ranks. */
export function useSetRanks(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (participantIds: string[]) => api.put<SeatPerson[]>(`/api/meetings/${encodeURIComponent(meetingId)}/protocol-ranks`, { participantIds }),
    onSuccess: (people) => {
      client.setQueriesData<SeatingPlan>({ queryKey: [...seatingKeys.all, 'plan'] }, (plan) => (plan && plan.meetingId === meetingId ? { ...plan, people } : plan));
    },
  });
}
