/** Room bookings: query keys and hooks for the grid, one booking, booking and its conflicts, approvals, check-in, waitlist and services. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Alternative, Booking, blockingBookingSchema, bookSeriesSchema, createBookingSchema, seriesResultSchema, serviceInputSchema, serviceSchema,
  SERVICE_STATUSES, waitlistInputSchema, waitlistSchema,
} from '../../../shared/bookings';
import { api, isApiError } from '../../app/api-client';

/** Body of `POST /api/bookings`. */
export type BookingBody = z.input<typeof createBookingSchema>;
/** Body of `POST /api/bookings/waitlist`. */
export type WaitlistBody = z.input<typeof waitlistInputSchema>;
/** A waitlist entry. */
export type WaitlistEntry = z.infer<typeof waitlistSchema>;
/** A service request. */
export type ServiceRequest = z.infer<typeof serviceSchema>;
/** Status of a service request. */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
/** A booking with its service requests (`GET /api/bookings/:id`). */
export type BookingDetail = Booking & { services: ServiceRequest[] };
/** The booking in the way of a request. */
export type BlockingBooking = z.infer<typeof blockingBookingSchema>;
/** What booking a series did. */
export type SeriesResult = z.infer<typeof seriesResultSchema>;
/** Body of `POST /api/bookings/series`. */
export type SeriesBody = z.input<typeof bookSeriesSchema>;

/** The door page's data. */
export type DoorView = {
  venueId: string;
  venueName: string;
  tokenValid: boolean;
  checkinRequired: boolean;
  checkinBeforeMinutes: number;
  checkinAfterMinutes: number;
  timeZone: string;
  bookings: Booking[];
};

/** What a 409 `booking_conflict` carries in `error.details`. */
export type ConflictDetails = { blocking: BlockingBooking | null; alternatives: Alternative[] };

/** The conflict details of an error, when it is a booking conflict. */
export function conflictOf(err: unknown): (ConflictDetails & { message: string }) | undefined {
  if (!isApiError(err) || err.code !== 'booking_conflict') return undefined;
  const d = (err.details ?? {}) as Partial<ConflictDetails>;
  return { message: err.message, blocking: d.blocking ?? null, alternatives: d.alternatives ?? [] };
}

/** Filters of a booking list (range at most 62 days). */
export type BookingFilter = { from: number; to: number; venueId?: string; meetingId?: string; mine?: boolean; includeEnded?: boolean };

/** Query keys of this feature. */
export const bookingKeys = {
  all: ['bookings'] as const,
  lists: () => [...bookingKeys.all, 'list'] as const,
  list: (f: BookingFilter) => [...bookingKeys.lists(), f] as const,
  detail: (id: string) => [...bookingKeys.all, 'detail', id] as const,
  approvals: () => [...bookingKeys.all, 'approvals'] as const,
  waitlist: () => [...bookingKeys.all, 'waitlist'] as const,
  door: (venueId: string, token?: string) => [...bookingKeys.all, 'door', venueId, token ?? ''] as const,
};

/** Bookings overlapping a range; polled so the grid shows other people's bookings soon. */
export function useBookings(f: BookingFilter, enabled = true) {
  return useQuery({
    queryKey: bookingKeys.list(f),
    queryFn: () => api.get<Booking[]>('/api/bookings', { ...f, mine: f.mine ? 'true' : undefined, includeEnded: f.includeEnded ? 'true' : undefined }),
    enabled,
    refetchInterval: 60_000,
  });
}

/** One booking with its services. */
export function useBooking(id: string | undefined) {
  return useQuery({ queryKey: bookingKeys.detail(id ?? ''), queryFn: () => api.get<BookingDetail>(`/api/bookings/${encodeURIComponent(id!)}`), enabled: !!id });
}

/** Pending bookings I may decide (empty for most people). */
export function useApprovals() {
  return useQuery({ queryKey: bookingKeys.approvals(), queryFn: () => api.get<Booking[]>('/api/bookings/approvals'), refetchInterval: 120_000 });
}

/** My waitlist entries. */
export function useWaitlist() {
  return useQuery({ queryKey: bookingKeys.waitlist(), queryFn: () => api.get<WaitlistEntry[]>('/api/bookings/waitlist') });
}

/** The door page of a room; refreshed every half minute. */
export function useDoor(venueId: string | undefined, token?: string) {
  return useQuery({
    queryKey: bookingKeys.door(venueId ?? '', token),
    queryFn: () => api.get<DoorView>(`/api/venues/${encodeURIComponent(venueId!)}/door`, { t: token }),
    enabled: !!venueId,
    refetchInterval: 30_000,
  });
}

/** A mutation that refreshes every booking query afterwards (grid, lists, inbox, detail). */
function useBookingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: bookingKeys.all }) });
}

const path = (id: string, rest = '') => `/api/bookings/${encodeURIComponent(id)}${rest}`;

/** Books a room; a taken slot rejects with an `ApiError` whose `conflictOf` gives the alternatives. */
export const useCreateBooking = () => useBookingMutation((input: BookingBody) => api.post<Booking>('/api/bookings', input));
/** Books a room for a series occurrence and all later ones. */
export const useBookSeries = () => useBookingMutation((input: SeriesBody) => api.post<SeriesResult>('/api/bookings/series', input));
/** Moves a meeting's room bookings to the meeting's current time. */
export const useFollowMeeting = () => useBookingMutation((meetingId: string) => api.post<SeriesResult>(`/api/meetings/${encodeURIComponent(meetingId)}/bookings/follow`, {}));
/** Cancels a booking. */
export const useCancelBooking = () => useBookingMutation(({ id, reason }: { id: string; reason?: string }) => api.post<Booking>(path(id, '/cancel'), { reason: reason || null }));
/** Approves a pending booking. */
export const useApproveBooking = () => useBookingMutation((id: string) => api.post<Booking>(path(id, '/approve'), {}));
/** Rejects a pending booking (reason required). */
export const useRejectBooking = () => useBookingMutation(({ id, reason }: { id: string; reason: string }) => api.post<Booking>(path(id, '/reject'), { reason }));
/** Confirms the room is in use; `doorToken` from the door QR lets anyone standing there do it. */
export const useCheckIn = () => useBookingMutation(({ id, doorToken }: { id: string; doorToken?: string }) => api.post<Booking>(path(id, '/checkin'), { doorToken: doorToken ?? null }));
/** Joins the waitlist for a taken slot. */
export const useJoinWaitlist = () => useBookingMutation((input: WaitlistBody) => api.post<WaitlistEntry>('/api/bookings/waitlist', input));
/** Leaves the waitlist. */
export const useLeaveWaitlist = () => useBookingMutation((id: string) => api.delete<{ ok: true }>(`/api/bookings/waitlist/${encodeURIComponent(id)}`));
/** Takes a slot the waitlist held for me. */
export const useAcceptHold = () => useBookingMutation((id: string) => api.post<Booking>(path(id, '/accept-hold'), {}));
/** Asks for a service with a booking. */
export const useRequestService = () =>
  useBookingMutation(({ id, input }: { id: string; input: z.input<typeof serviceInputSchema> }) => api.post<ServiceRequest>(path(id, '/services'), input));
/** Moves a service request on. */
export const useUpdateService = () =>
  useBookingMutation(({ id, serviceId, status }: { id: string; serviceId: string; status: ServiceStatus }) =>
    api.patch<ServiceRequest>(path(id, `/services/${encodeURIComponent(serviceId)}`), { status }));

/** The approval inbox for the navigation: how many wait, and whether this user decides any (admin or a venue manager). */
export function useApprovalInbox(me: { userId: string; roles: readonly string[] }, managesVenue: boolean) {
  const inbox = useApprovals();
  const count = inbox.data?.length ?? 0;
  return { count, isApprover: me.roles.includes('admin') || managesVenue || count > 0 };
}
