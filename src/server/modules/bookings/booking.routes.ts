/** HTTP routes of bookings: book, cancel, series, approvals, check-in. */
import { z } from 'zod';
import { bookingSchema, bookSeriesSchema, createBookingSchema, seriesResultSchema, serviceSchema } from '../../../shared/bookings';
import { AppError } from '../../platform/errors';
import { idParams, type ZodApp } from '../../platform/routing';
import { approvalInbox, decideBooking } from './booking.approval';
import { checkIn, doorView } from './booking.checkin';
import { followMeeting } from './booking.follow';
import { bookSeries } from './booking.series';
import { cancelBooking, createBooking, getBooking, listBookings } from './booking.service';
import { listServices } from './service-request.service';

const listQuery = z.object({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
  venueId: z.string().max(64).optional(),
  meetingId: z.string().max(64).optional(),
  mine: z.enum(['true', 'false']).optional(),
  includeEnded: z.enum(['true', 'false']).optional(),
});
const reasonBody = z.object({ reason: z.string().trim().max(500).nullable().optional() });
const MAX_RANGE = 62 * 86_400_000;

/** Registers the booking routes. */
export function registerBookingRoutes(app: ZodApp): void {
  app.get('/api/bookings', {
    config: { access: 'venue.read' },
    schema: { tags: ['bookings'], summary: 'Bookings overlapping a range (at most 62 days): the rooms × time grid', querystring: listQuery, response: { 200: z.array(bookingSchema) } },
  }, (req) => {
    const { from, to } = req.query;
    if (to <= from) throw new AppError('validation', { fields: [{ field: 'to', reason: 'end_before_start' }] });
    // One meeting's bookings may be asked for over any range (a meeting may have moved far).
    if (to - from > MAX_RANGE && !req.query.meetingId) throw new AppError('validation', { fields: [{ field: 'to', reason: 'too_big', params: { max: '62 d' } }] });
    return listBookings(req.ctx(), { ...req.query, mine: req.query.mine === 'true', includeEnded: req.query.includeEnded === 'true' });
  });

  app.get('/api/bookings/approvals', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Pending bookings I may approve', response: { 200: z.array(bookingSchema) } },
  }, (req) => approvalInbox(req.ctx()));

  app.get('/api/bookings/:id', {
    config: { access: 'venue.read' },
    schema: { tags: ['bookings'], summary: 'One booking with its service requests', params: idParams, response: { 200: bookingSchema.extend({ services: z.array(serviceSchema) }) } },
  }, async (req) => ({ ...(await getBooking(req.ctx(), req.params.id)), services: await listServices(req.ctx(), req.params.id) }));

  app.post('/api/bookings', {
    config: { access: 'booking.create' },
    schema: {
      tags: ['bookings'],
      summary: 'Book a venue. 409 booking_conflict names the booking in the way and lists alternatives in error.details',
      body: createBookingSchema,
      response: { 201: bookingSchema },
    },
  }, async (req, reply) => reply.status(201).send(await createBooking(req.ctx(), req.body)));

  app.post('/api/bookings/series', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Book a venue for this occurrence and all later ones; conflicts listed with alternatives', body: bookSeriesSchema, response: { 200: seriesResultSchema } },
  }, (req) => bookSeries(req.ctx(), req.body));

  app.post('/api/meetings/:id/bookings/follow', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Move the meeting’s room bookings to its current time; those that cannot move are listed with alternatives', params: idParams, response: { 200: seriesResultSchema } },
  }, (req) => followMeeting(req.ctx(), req.params.id));

  app.post('/api/bookings/:id/cancel', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Cancel (booker, venue managers, staff); the waitlist is offered the slot', params: idParams, body: reasonBody, response: { 200: bookingSchema } },
  }, (req) => cancelBooking(req.ctx(), req.params.id, req.body.reason));

  for (const decision of ['approve', 'reject'] as const) {
    app.post(`/api/bookings/:id/${decision}`, {
      config: { access: 'booking.create' },
      schema: { tags: ['bookings'], summary: `${decision === 'approve' ? 'Approve' : 'Reject (reason required)'} a pending booking (venue managers, admins)`, params: idParams, body: reasonBody, response: { 200: bookingSchema } },
    }, (req) => decideBooking(req.ctx(), req.params.id, decision, req.body.reason));
  }

  app.post('/api/bookings/:id/checkin', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Confirm the room is in use (within the check-in window)', params: idParams, body: z.object({ doorToken: z.string().max(100).nullable().optional() }), response: { 200: bookingSchema } },
  }, (req) => checkIn(req.ctx(), req.params.id, req.body.doorToken));

  app.get('/api/venues/:id/door', {
    config: { access: 'venue.read' },
    schema: {
      tags: ['bookings'], summary: 'The door page: today’s bookings of a room', params: idParams, querystring: z.object({ t: z.string().max(100).optional() }),
      response: {
        200: z.object({
          venueId: z.string(), venueName: z.string(), tokenValid: z.boolean(), checkinRequired: z.boolean(), checkinBeforeMinutes: z.number(),
          checkinAfterMinutes: z.number(), timeZone: z.string(), bookings: z.array(bookingSchema),
        }),
      },
    },
  }, (req) => doorView(req.ctx(), req.params.id, req.query.t));
}
