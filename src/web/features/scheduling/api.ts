/** Find a time (the secretariat's scheduling assistant): the request and answer of `POST /api/find-time`. */
import { useMutation } from '@tanstack/react-query';
import type { MeetingKind } from '../../../shared/meetings';
import type { Layout } from '../../../shared/venues';
import { api } from '../../app/api-client';

/** What to search: who must and who may come, how long, in which window, with what room. */
export type FindTimeBody = {
  requiredPersonIds: string[];
  optionalPersonIds: string[];
  durationMinutes: number;
  from: number;
  to: number;
  kind?: MeetingKind;
  departmentIds?: string[];
  room?: { capacity: number; layout?: Layout; equipment?: string[] };
  excludeMeetingId?: string;
  limit?: number;
};

/** One suggested time with the best room and how many optional attendees are free. */
export type Suggestion = {
  startAt: number;
  endAt: number;
  venueId: string | null;
  venueName: string | null;
  otherVenues: { id: string; name: string }[];
  optionalFree: number;
  optionalFreeNames: string[];
};

/** Why nothing fits, when nothing does. */
export type NoFitReason = 'window_empty' | 'required_busy' | 'no_room_fits' | 'room_rules' | 'rooms_busy';

/** The answer. */
export type FindTimeResult = { suggestions: Suggestion[]; reason?: NoFitReason; reasonMessage?: string; candidatesChecked: number };

/** The longest window one search may cover (the server refuses more). */
export const MAX_WINDOW_DAYS = 31;

/** Runs a search (a POST, so a mutation; the panel keeps the last answer). */
export function useFindTime() {
  return useMutation({ mutationFn: (body: FindTimeBody) => api.post<FindTimeResult>('/api/find-time', body) });
}
