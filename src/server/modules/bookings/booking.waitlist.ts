/** The waitlist: when a taken slot frees up, the first in line is offered it with a hold that expires. */
import type { z } from 'zod';
import type { waitlistInputSchema, waitlistSchema } from '../../../shared/bookings';
import { effectiveRules } from '../../../shared/venues';
import { writeTransaction, type Db } from '../../db/database';
import type { WaitlistRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { notify } from '../notifications';
import { orgSettings } from '../org';
import { findVenueRow, rulesOf } from '../venues';
import { prepareBooking } from './booking.prepare';
import * as q from './booking.queries';
import * as wq from './waitlist.queries';

type Entry = z.infer<typeof waitlistSchema>;

async function toEntry(db: Db, e: WaitlistRow): Promise<Entry> {
  const position = e.status === 'waiting' ? (await wq.countAhead(db, e)) + 1 : null;
  const venue = await findVenueRow(db, e.venue_id);
  return {
    id: e.id, venueId: e.venue_id, venueName: venue?.name ?? '', title: e.title, startAt: e.start_at, endAt: e.end_at, status: e.status as Entry['status'],
    offeredBookingId: e.offered_booking_id, createdAt: e.created_at, position,
  };
}

/** Joins the queue for a taken slot (a free slot should simply be booked). */
export async function joinWaitlist(ctx: Ctx, input: z.infer<typeof waitlistInputSchema>): Promise<Entry> {
  authorize(ctx, 'booking.create');
  const prepared = await prepareBooking(ctx.db, ctx, { ...input, status: 'confirmed' });
  return writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    if ((await q.liveOverlapping(trx, input.venueId, prepared.row.block_start, prepared.row.block_end)).length === 0) throw invalid('startAt', 'slot_free');
    const now = ctx.now();
    const row: WaitlistRow = {
      id: newId(), org_id: ctx.actor.orgId, venue_id: input.venueId, meeting_id: input.meetingId ?? null, user_id: ctx.actor.userId, title: prepared.row.title,
      start_at: input.startAt, end_at: input.endAt, layout: input.layout ?? null, attendee_count: input.attendeeCount ?? null, status: 'waiting',
      offered_booking_id: null, created_at: now, updated_at: now,
    };
    await wq.insertEntry(trx, row);
    await recordAudit(trx, ctx, { action: 'waitlist.join', entityType: 'venue', entityId: input.venueId, after: { startAt: row.start_at, endAt: row.end_at, title: row.title } });
    return toEntry(trx, row);
  });
}

/** The caller's waiting and offered entries with their place in the queue. */
export async function myWaitlist(ctx: Ctx): Promise<Entry[]> {
  authorize(ctx, 'booking.create');
  const rows = await wq.entriesOf(ctx.db, ctx.actor.userId);
  return Promise.all(rows.map((r) => toEntry(ctx.db, r)));
}

/** Leaves the queue. */
export async function leaveWaitlist(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'booking.create');
  const row = ownRow(ctx, await wq.findEntry(ctx.db, id));
  if (row.user_id !== ctx.actor.userId) throw new AppError('forbidden');
  await wq.setEntry(ctx.db, id, { status: 'cancelled', updated_at: ctx.now() });
}

/**
 * Offers a freed range of a venue to the queue: each waiting entry (oldest first) whose own slot is
 * now entirely free gets a `held` booking until the hold expires. Runs in the caller's write transaction.
 */
export async function offerFreedSlot(trx: Db, orgId: string, venueId: string, from: number, to: number, now: number): Promise<number> {
  const venue = await findVenueRow(trx, venueId);
  if (!venue || venue.is_active !== 1) return 0;
  const { policy, timeZone } = await orgSettings(trx, orgId);
  const rules = effectiveRules(venue.kind, rulesOf(venue), policy);
  let offered = 0;
  for (const e of await wq.waitingFor(trx, venueId, from, to)) {
    if (e.start_at < now) {
      await wq.setEntry(trx, e.id, { status: 'expired', updated_at: now });
      continue;
    }
    const blockStart = e.start_at - rules.setupMinutes * 60_000;
    const blockEnd = e.end_at + rules.cleanupMinutes * 60_000;
    if ((await q.liveOverlapping(trx, venueId, blockStart, blockEnd)).length) continue;
    const holdUntil = Math.min(now + policy.waitlistHoldMinutes * 60_000, e.start_at);
    const bookingId = newId();
    const inserted = await q.tryInsertBooking(trx, {
      id: bookingId, org_id: orgId, venue_id: venueId, meeting_id: e.meeting_id, title: e.title, start_at: e.start_at, end_at: e.end_at,
      block_start: blockStart, block_end: blockEnd, status: 'held', layout: e.layout, attendee_count: e.attendee_count, booked_by: e.user_id,
      hold_expires_at: holdUntil, checked_in_at: null, checked_in_by: null, decided_by: null, decision_reason: null, cancel_reason: null,
      created_at: now, updated_at: now, version: 1,
    });
    if (!inserted) continue;
    await wq.setEntry(trx, e.id, { status: 'offered', offered_booking_id: bookingId, updated_at: now });
    await notify(trx, {
      orgId, userIds: [e.user_id], kind: 'waitlist_offered', link: `/rooms/bookings/${bookingId}`, now,
      params: { venue: venue.name, startAt: e.start_at, endAt: e.end_at, until: holdUntil, timeZone },
    });
    offered++;
  }
  return offered;
}

/** Takes a held slot: it becomes the caller's booking (pending where the venue needs approval). */
export async function acceptHold(ctx: Ctx, bookingId: string) {
  authorize(ctx, 'booking.create');
  return writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    const row = ownRow(ctx, await q.findBooking(trx, bookingId));
    if (row.status !== 'held' || row.booked_by !== ctx.actor.userId) throw invalid('status', 'not_on_hold');
    const venue = (await findVenueRow(trx, row.venue_id))!;
    const status = venue.requires_approval === 1 && !ctx.actor.roles.includes('admin') ? 'pending' : 'confirmed';
    const now = ctx.now();
    if (!(await q.updateBookingAtVersion(trx, bookingId, row.version, { status, hold_expires_at: null, updated_at: now }))) throw new AppError('conflict');
    const entry = await wq.entryOfOffer(trx, bookingId);
    if (entry) await wq.setEntry(trx, entry.id, { status: 'accepted', updated_at: now });
    await recordAudit(trx, ctx, { action: 'booking.accept_hold', entityType: 'booking', entityId: bookingId, before: { status: 'held' }, after: { status } });
    return bookingId;
  });
}
