/** Room check-in: someone confirms the room is in use around the start; unclaimed rooms are released. */
import { DateTime } from 'luxon';
import type { Booking } from '../../../shared/bookings';
import { writeTransaction, type Database } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { userIdsOfMeetingPeople } from '../meetings';
import { notify } from '../notifications';
import { allOrgIds, orgSettings } from '../org';
import { findVenueRow } from '../venues';
import { toBooking } from './booking.dto';
import * as q from './booking.queries';
import { managesBooking } from './booking.service';
import { offerFreedSlot } from './booking.waitlist';
import { entryOfOffer, setEntry } from './waitlist.queries';

/** Confirms a booking is in use. Allowed: the booker, staff and venue managers, the meeting's people, or anyone with the door's QR token. */
export async function checkIn(ctx: Ctx, id: string, doorToken?: string | null): Promise<Booking> {
  authorize(ctx, 'booking.create');
  return writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    const row = ownRow(ctx, await q.findBooking(trx, id));
    if (row.status !== 'confirmed' && row.status !== 'tentative') throw invalid('status', 'booking_not_live', { status: row.status });
    const { policy } = await orgSettings(trx, ctx.actor.orgId);
    const now = ctx.now();
    const before = policy.checkinBeforeMinutes;
    const after = policy.checkinAfterMinutes;
    if (now < row.start_at - before * 60_000 || now > row.start_at + after * 60_000) throw invalid('startAt', 'not_checkin_window', { before, after });
    const venue = (await findVenueRow(trx, row.venue_id))!;
    const allowed =
      row.booked_by === ctx.actor.userId ||
      (!!doorToken && doorToken === venue.door_token) ||
      (await managesBooking(trx, ctx, row.venue_id)) ||
      (!!row.meeting_id && (await userIdsOfMeetingPeople(trx, row.meeting_id)).includes(ctx.actor.userId));
    if (!allowed) throw new AppError('forbidden', { params: { reason: 'not_allowed_checkin' } });
    if (row.checked_in_at === null && !(await q.updateBookingAtVersion(trx, id, row.version, { checked_in_at: now, checked_in_by: ctx.actor.userId, updated_at: now }))) {
      throw new AppError('conflict');
    }
    await recordAudit(trx, ctx, { action: 'booking.checkin', entityType: 'booking', entityId: id, after: { checkedInAt: now, viaDoor: !!doorToken } });
    return toBooking((await q.findBooking(trx, id))!);
  });
}

/** What the door page shows: the venue and today's live bookings, and whether the scanned token is this door's. */
export async function doorView(ctx: Ctx, venueId: string, token?: string) {
  authorize(ctx, 'venue.read');
  const venue = ownRow(ctx, await findVenueRow(ctx.db, venueId));
  const { timeZone, policy } = await orgSettings(ctx.db, ctx.actor.orgId);
  const day = DateTime.fromMillis(ctx.now(), { zone: timeZone }).startOf('day');
  const rows = await q.listBookings(ctx.db, ctx.actor.orgId, { from: day.toMillis(), to: day.plus({ days: 1 }).toMillis(), venueId, statuses: ['confirmed', 'tentative', 'pending', 'held', 'released'] });
  return {
    venueId: venue.id, venueName: venue.name, tokenValid: !!token && token === venue.door_token, checkinRequired: venue.checkin_required === 1,
    checkinBeforeMinutes: policy.checkinBeforeMinutes, checkinAfterMinutes: policy.checkinAfterMinutes, timeZone, bookings: rows.map(toBooking),
  };
}

/**
 * The periodic sweep (every app process runs it; each UPDATE is conditional, so concurrent sweeps
 * release a booking once): releases bookings not checked in within the window and expired holds,
 * and offers what they free to the waitlist.
 */
export async function sweepBookings(database: Database, now: number): Promise<{ released: number; expired: number }> {
  let released = 0;
  let expired = 0;
  for (const orgId of await allOrgIds(database.db)) {
    const { policy, timeZone } = await orgSettings(database.db, orgId);
    for (const b of await q.unclaimedBookings(database.db, orgId, now - policy.checkinAfterMinutes * 60_000, now)) {
      await writeTransaction(database.db, database.dialect, async (trx) => {
        if (!(await q.updateBookingAtVersion(trx, b.id, b.version, { status: 'released', updated_at: now }))) return;
        released++;
        await notify(trx, { orgId, userIds: [b.booked_by], kind: 'booking_released', now, params: { venue: b.venue_name, startAt: b.start_at, endAt: b.end_at, timeZone } });
        await offerFreedSlot(trx, orgId, b.venue_id, b.block_start, b.block_end, now);
      });
    }
  }
  for (const b of await q.expiredHolds(database.db, now)) {
    await writeTransaction(database.db, database.dialect, async (trx) => {
      if (!(await q.updateBookingAtVersion(trx, b.id, b.version, { status: 'released', updated_at: now }))) return;
      expired++;
      const entry = await entryOfOffer(trx, b.id);
      if (entry) await setEntry(trx, entry.id, { status: 'expired', updated_at: now });
      await offerFreedSlot(trx, b.org_id, b.venue_id, b.block_start, b.block_end, now);
    });
  }
  return { released, expired };
}
