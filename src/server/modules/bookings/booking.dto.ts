/** The API's booking. */
import type { Booking, BookingStatus } from '../../../shared/bookings';
import type { BookingWithNames } from './booking.queries';

/** The DTO of a booking row with names. */
export function toBooking(r: BookingWithNames): Booking {
  return {
    id: r.id, venueId: r.venue_id, venueName: r.venue_name, meetingId: r.meeting_id, title: r.title, startAt: r.start_at, endAt: r.end_at,
    blockStart: r.block_start, blockEnd: r.block_end, status: r.status as BookingStatus, layout: r.layout, attendeeCount: r.attendee_count,
    bookedBy: r.booked_by, bookedByName: r.booked_by_name, holdExpiresAt: r.hold_expires_at, checkedInAt: r.checked_in_at,
    decisionReason: r.decision_reason, cancelReason: r.cancel_reason, createdAt: r.created_at, version: r.version,
  };
}
