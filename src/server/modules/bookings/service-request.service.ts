/** Services asked for with a booking (tea/water, AV, banner, seating layout); the venue's service staff are told. */
import type { z } from 'zod';
import type { serviceInputSchema, serviceSchema } from '../../../shared/bookings';
import type { BookingServiceRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { notify, usersWithRole } from '../notifications';
import { orgSettings } from '../org';
import { venueMembers } from '../venues';
import * as q from './booking.queries';
import { managesBooking } from './booking.service';
import * as sq from './service-request.queries';

type Service = z.infer<typeof serviceSchema>;

const toService = (r: BookingServiceRow): Service => ({
  id: r.id, bookingId: r.booking_id, kind: r.kind as Service['kind'], details: r.details, status: r.status as Service['status'], createdAt: r.created_at,
});

/** Services requested for a booking. */
export async function listServices(ctx: Ctx, bookingId: string): Promise<Service[]> {
  authorize(ctx, 'venue.read');
  ownRow(ctx, await q.findBooking(ctx.db, bookingId));
  return (await sq.servicesOf(ctx.db, bookingId)).map(toService);
}

/** Asks for a service; the venue's service staff (else its managers, else the organisation's staff) are notified. */
export async function requestService(ctx: Ctx, bookingId: string, input: z.infer<typeof serviceInputSchema>): Promise<Service> {
  authorize(ctx, 'booking.create');
  return ctx.db.transaction().execute(async (trx) => {
    const booking = ownRow(ctx, await q.findBooking(trx, bookingId));
    if (booking.booked_by !== ctx.actor.userId && !(await managesBooking(trx, ctx, booking.venue_id))) throw new AppError('forbidden');
    const now = ctx.now();
    const row: BookingServiceRow = { id: newId(), org_id: ctx.actor.orgId, booking_id: bookingId, kind: input.kind, details: input.details ?? null, status: 'requested', created_by: ctx.actor.userId, created_at: now, updated_at: now };
    await sq.insertService(trx, row);
    const members = await venueMembers(trx, [booking.venue_id]);
    const service = members.filter((m) => m.role === 'service').map((m) => m.user_id);
    const managers = members.filter((m) => m.role === 'manager').map((m) => m.user_id);
    const recipients = service.length ? service : managers.length ? managers : await usersWithRole(trx, ctx.actor.orgId, 'staff');
    const { timeZone } = await orgSettings(trx, ctx.actor.orgId);
    await notify(trx, {
      orgId: ctx.actor.orgId, userIds: recipients, kind: 'service_requested', link: `/rooms/bookings/${bookingId}`, now,
      params: { venue: booking.venue_name, title: booking.title, service: input.kind, details: input.details ?? '', startAt: booking.start_at, endAt: booking.end_at, timeZone },
    });
    await recordAudit(trx, ctx, { action: 'booking.service_request', entityType: 'booking', entityId: bookingId, after: toService(row) });
    return toService(row);
  });
}

/** Moves a service request on (acknowledged, done, cancelled): staff, venue members, or the booker cancelling. */
export async function updateServiceStatus(ctx: Ctx, bookingId: string, serviceId: string, status: Service['status']): Promise<Service> {
  authorize(ctx, 'booking.create');
  return ctx.db.transaction().execute(async (trx) => {
    const booking = ownRow(ctx, await q.findBooking(trx, bookingId));
    const row = await sq.findService(trx, serviceId);
    if (!row || row.booking_id !== bookingId) throw notFound();
    const members = (await venueMembers(trx, [booking.venue_id])).map((m) => m.user_id);
    const staff = members.includes(ctx.actor.userId) || (await managesBooking(trx, ctx, booking.venue_id));
    const bookerCancels = booking.booked_by === ctx.actor.userId && status === 'cancelled';
    if (!staff && !bookerCancels) throw new AppError('forbidden');
    await sq.setServiceStatus(trx, serviceId, status, ctx.now());
    await recordAudit(trx, ctx, { action: 'booking.service_status', entityType: 'booking', entityId: bookingId, before: { status: row.status }, after: { status } });
    return toService({ ...row, status });
  });
}
