/** Booking a venue: one request, all or nothing; the database has the last word on overlaps. */
import type { Booking, CreateBookingInput } from '../../../shared/bookings';
import { LIVE_STATUSES } from '../../../shared/bookings';
import { writeTransaction, type Db } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { closeByEvidence } from '../tasks/task.evidence';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { notify, usersWithRole } from '../notifications';
import { orgSettings } from '../org';
import { venuesManagedBy } from '../venues';
import { bookingConflict } from './booking.conflict';
import { toBooking } from './booking.dto';
import { prepareBooking, type Prepared } from './booking.prepare';
import * as q from './booking.queries';
import { offerFreedSlot } from './booking.waitlist';
import { systemNote } from '../../../shared/task-notes';

/** One booking. */
export async function getBooking(ctx: Ctx, id: string, db: Db = ctx.db): Promise<Booking> {
  authorize(ctx, 'venue.read');
  return toBooking(ownRow(ctx, await q.findBooking(db, id)));
}

/** Bookings overlapping a range (the rooms × time grid), optionally of one venue or only mine. */
export async function listBookings(ctx: Ctx, f: { from: number; to: number; venueId?: string; mine?: boolean; meetingId?: string; includeEnded?: boolean }): Promise<Booking[]> {
  authorize(ctx, 'venue.read');
  const rows = await q.listBookings(ctx.db, ctx.actor.orgId, {
    from: f.from, to: f.to, venueId: f.venueId, meetingId: f.meetingId, bookedBy: f.mine ? ctx.actor.userId : undefined,
    statuses: f.includeEnded ? undefined : LIVE_STATUSES,
  });
  return rows.map(toBooking);
}

/** Inserts a prepared booking inside a write transaction; the booking, or undefined if a live booking is in the way. */
export async function insertPrepared(trx: Db, ctx: Ctx, p: Prepared): Promise<Booking | undefined> {
  if ((await q.liveOverlapping(trx, p.row.venue_id, p.row.block_start, p.row.block_end)).length) return undefined;
  if (!(await q.tryInsertBooking(trx, p.row))) return undefined;
  const after = toBooking((await q.findBooking(trx, p.row.id))!);
  await recordAudit(trx, ctx, { action: 'booking.create', entityType: 'booking', entityId: p.row.id, after });
  if (p.row.status === 'confirmed' && p.row.meeting_id) await closeByEvidence(trx, p.row.meeting_id, 'venue_booked', systemNote('venue_booked', { venue: after.venueName }), ctx.now());
  if (p.row.status === 'pending') {
    const approvers = p.managerIds.length ? p.managerIds : await usersWithRole(trx, ctx.actor.orgId, 'admin');
    await notify(trx, {
      orgId: ctx.actor.orgId, userIds: approvers, kind: 'booking_pending', link: '/rooms/approvals', now: ctx.now(),
      params: { by: ctx.actor.name, venue: p.venue.name, title: p.row.title, startAt: p.row.start_at, endAt: p.row.end_at, timeZone: p.timeZone },
    });
  }
  return after;
}

/** Books a venue; a taken slot is a 409 naming the booking in the way, with alternatives. */
export async function createBooking(ctx: Ctx, input: CreateBookingInput): Promise<Booking> {
  authorize(ctx, 'booking.create');
  const prepared = await prepareBooking(ctx.db, ctx, input);
  const booked = await writeTransaction(ctx.db, ctx.dialect, (trx) => insertPrepared(trx, ctx, prepared));
  if (!booked) throw await bookingConflict(ctx.db, ctx, { ...input, blockStart: prepared.row.block_start, blockEnd: prepared.row.block_end });
  return booked;
}

/** True when the actor may act on someone else's booking of this venue. */
export async function managesBooking(db: Db, ctx: Ctx, venueId: string): Promise<boolean> {
  if (ctx.actor.roles.some((r) => r === 'admin' || r === 'organiser' || r === 'staff')) return true;
  return (await venuesManagedBy(db, ctx.actor.userId)).includes(venueId);
}

/** Cancels a live booking (the booker, venue managers, staff); the slot goes to the waitlist. */
export async function cancelBooking(ctx: Ctx, id: string, reason?: string | null): Promise<Booking> {
  authorize(ctx, 'booking.create');
  return writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    const row = ownRow(ctx, await q.findBooking(trx, id));
    const own = row.booked_by === ctx.actor.userId;
    if (!own && !(await managesBooking(trx, ctx, row.venue_id))) throw new AppError('forbidden');
    if (!LIVE_STATUSES.includes(row.status as never)) throw invalid('status', 'booking_not_live', { status: row.status });
    const now = ctx.now();
    if (!(await q.updateBookingAtVersion(trx, id, row.version, { status: 'cancelled', cancel_reason: reason ?? null, updated_at: now }))) throw new AppError('conflict');
    const after = toBooking((await q.findBooking(trx, id))!);
    await recordAudit(trx, ctx, { action: 'booking.cancel', entityType: 'booking', entityId: id, before: toBooking(row), after });
    const { timeZone } = await orgSettings(trx, ctx.actor.orgId);
    if (!own) {
      await notify(trx, {
        orgId: ctx.actor.orgId, userIds: [row.booked_by], kind: 'booking_cancelled', link: `/rooms/bookings/${id}`, now,
        params: { venue: row.venue_name, by: ctx.actor.name, reason: reason ?? '', startAt: row.start_at, endAt: row.end_at, timeZone },
      });
    }
    await offerFreedSlot(trx, ctx.actor.orgId, row.venue_id, row.block_start, row.block_end, now);
    return after;
  });
}
