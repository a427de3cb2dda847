/** HTTP routes of the waitlist and of service requests. */
import { z } from 'zod';
import { bookingSchema, serviceInputSchema, serviceSchema, SERVICE_STATUSES, waitlistInputSchema, waitlistSchema } from '../../../shared/bookings';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { getBooking } from './booking.service';
import { acceptHold, joinWaitlist, leaveWaitlist, myWaitlist } from './booking.waitlist';
import { requestService, updateServiceStatus } from './service-request.service';

/** Registers `/api/bookings/waitlist`, hold acceptance and `/api/bookings/:id/services`. */
export function registerWaitlistRoutes(app: ZodApp): void {
  app.get('/api/bookings/waitlist', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'My waitlist entries and their place in the queue', response: { 200: z.array(waitlistSchema) } },
  }, (req) => myWaitlist(req.ctx()));

  app.post('/api/bookings/waitlist', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Wait for a taken slot (first come, first served)', body: waitlistInputSchema, response: { 201: waitlistSchema } },
  }, async (req, reply) => reply.status(201).send(await joinWaitlist(req.ctx(), req.body)));

  app.delete('/api/bookings/waitlist/:id', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Leave the waitlist', params: idParams, response: { 200: okSchema } },
  }, async (req) => {
    await leaveWaitlist(req.ctx(), req.params.id);
    return { ok: true as const };
  });

  app.post('/api/bookings/:id/accept-hold', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Take a slot the waitlist offered me', params: idParams, response: { 200: bookingSchema } },
  }, async (req) => getBooking(req.ctx(), await acceptHold(req.ctx(), req.params.id)));

  app.post('/api/bookings/:id/services', {
    config: { access: 'booking.create' },
    schema: { tags: ['bookings'], summary: 'Ask for a service (tea/water, AV, banner, seating layout)', params: idParams, body: serviceInputSchema, response: { 201: serviceSchema } },
  }, async (req, reply) => reply.status(201).send(await requestService(req.ctx(), req.params.id, req.body)));

  app.patch('/api/bookings/:id/services/:serviceId', {
    config: { access: 'booking.create' },
    schema: {
      tags: ['bookings'], summary: 'Move a service request on', params: idParams.extend({ serviceId: z.string().min(1).max(64) }),
      body: z.object({ status: z.enum(SERVICE_STATUSES) }), response: { 200: serviceSchema },
    },
  }, (req) => updateServiceStatus(req.ctx(), req.params.id, req.params.serviceId, req.body.status));
}
