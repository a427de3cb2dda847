/** Room bookings: states, inputs and the answers (including conflicts with alternatives) server and web share. */
import { z } from 'zod';
import { LAYOUTS } from './venues';

/** Booking states; `pending` awaits a venue manager, `held` is a slot offered to the waitlist. */
export const BOOKING_STATUSES = ['pending', 'tentative', 'confirmed', 'held', 'cancelled', 'rejected', 'released'] as const;
/** One booking state. */
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** States that hold the room (the database refuses two of these overlapping in one venue). */
export const LIVE_STATUSES: readonly BookingStatus[] = ['pending', 'tentative', 'confirmed', 'held'];

/** What can be asked for with a booking; the venue's service staff are told. */
export const SERVICE_KINDS = ['tea_water', 'av_support', 'banner', 'seating_layout', 'other'] as const;

/** States of a service request. */
export const SERVICE_STATUSES = ['requested', 'acknowledged', 'done', 'cancelled'] as const;

const id = z.string().min(1).max(64);

/** What a request for a room's time says: the same for a booking and for a place on the waitlist. */
const slotRequest = z.object({
  venueId: id,
  meetingId: id.nullable().optional(),
  title: z.string().trim().min(1).max(100).optional(),
  startAt: z.number().int().min(0),
  endAt: z.number().int().min(0),
  layout: z.enum(LAYOUTS).nullable().optional(),
  attendeeCount: z.number().int().min(1).max(100000).nullable().optional(),
});
const endsAfterStart = (v: { startAt: number; endAt: number }) => v.endAt > v.startAt;
const endAfterStartIssue = { message: 'end_before_start', path: ['endAt'] };

/** Body of `POST /api/bookings`. */
export const createBookingSchema = slotRequest
  .extend({
    status: z.enum(['tentative', 'confirmed']).default('confirmed'),
    equipment: z.array(z.string().min(1).max(40)).max(20).default([]),
  })
  .refine(endsAfterStart, endAfterStartIssue);
/** Create input. */
export type CreateBookingInput = z.infer<typeof createBookingSchema>;

/** A booking as the API returns it. */
export const bookingSchema = z.object({
  id: z.string(),
  venueId: z.string(),
  venueName: z.string(),
  meetingId: z.string().nullable(),
  title: z.string(),
  startAt: z.number(),
  endAt: z.number(),
  blockStart: z.number(),
  blockEnd: z.number(),
  status: z.enum(BOOKING_STATUSES),
  layout: z.string().nullable(),
  attendeeCount: z.number().nullable(),
  bookedBy: z.string(),
  bookedByName: z.string().nullable(),
  holdExpiresAt: z.number().nullable(),
  checkedInAt: z.number().nullable(),
  decisionReason: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.number(),
  version: z.number(),
});
/** A booking DTO. */
export type Booking = z.infer<typeof bookingSchema>;

/** Another way to get the room: the same room earlier/later, or another room at the same time. */
export const alternativeSchema = z.object({
  kind: z.enum(['earlier', 'later', 'other_room']),
  venueId: z.string(),
  venueName: z.string(),
  startAt: z.number(),
  endAt: z.number(),
  capacity: z.number().nullable(),
});
/** An alternative. */
export type Alternative = z.infer<typeof alternativeSchema>;

/** The booking in the way of a request. */
export const blockingBookingSchema = z.object({ id: z.string(), title: z.string(), startAt: z.number(), endAt: z.number(), status: z.string(), bookedByName: z.string().nullable() });

/** Body of `POST /api/bookings/series`: book a venue for this occurrence of a series and all later ones. */
export const bookSeriesSchema = z.object({
  meetingId: id,
  venueId: id,
  layout: z.enum(LAYOUTS).nullable().optional(),
  attendeeCount: z.number().int().min(1).max(100000).nullable().optional(),
  status: z.enum(['tentative', 'confirmed']).default('confirmed'),
});

/** What booking a series did: the bookings made and, per occurrence it could not book, why and what else is free. */
export const seriesResultSchema = z.object({
  booked: z.array(bookingSchema),
  conflicts: z.array(z.object({
    meetingId: z.string(),
    startAt: z.number(),
    endAt: z.number(),
    reason: z.string(),
    message: z.string(),
    blocking: blockingBookingSchema.nullable(),
    alternatives: z.array(alternativeSchema),
  })),
});

/** Body of `POST /api/bookings/waitlist`. */
export const waitlistInputSchema = slotRequest.refine(endsAfterStart, endAfterStartIssue);

/** A waitlist entry as the API returns it. */
export const waitlistSchema = z.object({
  id: z.string(), venueId: z.string(), venueName: z.string(), title: z.string(), startAt: z.number(), endAt: z.number(),
  status: z.enum(['waiting', 'offered', 'accepted', 'expired', 'cancelled']), offeredBookingId: z.string().nullable(), createdAt: z.number(), position: z.number().nullable(),
});

/** Body of `POST /api/bookings/:id/services`. */
export const serviceInputSchema = z.object({ kind: z.enum(SERVICE_KINDS), details: z.string().trim().max(1000).nullable().optional() });

/** A service request as the API returns it. */
export const serviceSchema = z.object({
  id: z.string(), bookingId: z.string(), kind: z.enum(SERVICE_KINDS), details: z.string().nullable(), status: z.enum(SERVICE_STATUSES), createdAt: z.number(),
});
