/** SQL for bookings. */
import type { Db } from '../../db/database';
import type { BookingRow } from '../../db/tables';
import { LIVE_STATUSES } from '../../../shared/bookings';

/** A booking with its venue's and booker's names. */
export type BookingWithNames = BookingRow & { venue_name: string; booked_by_name: string | null };

function withNames(db: Db) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('venues as v', 'v.id', 'b.venue_id')
    .leftJoin('users as u', 'u.id', 'b.booked_by')
    .selectAll('b')
    .select(['v.name as venue_name', 'u.display_name as booked_by_name']);
}

/** One booking with names. */
export async function findBooking(db: Db, id: string): Promise<BookingWithNames | undefined> {
  return withNames(db).where('b.id', '=', id).executeTakeFirst();
}

/** Live bookings of a venue whose blocked time overlaps [from, to), except one. */
export async function liveOverlapping(db: Db, venueId: string, from: number, to: number, exceptId?: string): Promise<BookingWithNames[]> {
  return withNames(db)
    .where('b.venue_id', '=', venueId)
    .where('b.status', 'in', LIVE_STATUSES)
    .where('b.block_start', '<', to)
    .where('b.block_end', '>', from)
    .$if(!!exceptId, (qb) => qb.where('b.id', '!=', exceptId!))
    .orderBy('b.block_start')
    .execute();
}

/** Filters of the booking list. */
export type BookingFilter = { from: number; to: number; venueId?: string; statuses?: readonly string[]; meetingId?: string; bookedBy?: string; venueIds?: readonly string[] };

/** Bookings of an organisation overlapping a range, by start. */
export async function listBookings(db: Db, orgId: string, f: BookingFilter): Promise<BookingWithNames[]> {
  return withNames(db)
    .where('b.org_id', '=', orgId)
    .where('b.start_at', '<', f.to)
    .where('b.end_at', '>', f.from)
    .$if(!!f.venueId, (qb) => qb.where('b.venue_id', '=', f.venueId!))
    .$if(!!f.venueIds, (qb) => qb.where('b.venue_id', 'in', f.venueIds!.length ? f.venueIds! : ['']))
    .$if(!!f.statuses, (qb) => qb.where('b.status', 'in', f.statuses!))
    .$if(!!f.meetingId, (qb) => qb.where('b.meeting_id', '=', f.meetingId!))
    .$if(!!f.bookedBy, (qb) => qb.where('b.booked_by', '=', f.bookedBy!))
    .orderBy('b.start_at')
    .orderBy('b.id')
    .limit(5000)
    .execute();
}

/** Live blocked intervals of many venues in a range (for find-a-time and alternatives). */
export async function liveBlocks(db: Db, orgId: string, from: number, to: number, venueIds?: readonly string[]) {
  return db
    .selectFrom('bookings')
    .select(['venue_id', 'block_start', 'block_end'])
    .where('org_id', '=', orgId)
    .where('status', 'in', LIVE_STATUSES)
    .where('block_start', '<', to)
    .where('block_end', '>', from)
    .$if(!!venueIds, (qb) => qb.where('venue_id', 'in', venueIds!.length ? venueIds! : ['']))
    .execute();
}

/** True for the database's own refusal of two overlapping live bookings (trigger on SQLite, exclusion on PostgreSQL). */
export function isOverlapViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23P01' || /bookings_no_overlap/.test(e.message ?? '');
}

/** Stores a booking unless the database finds it overlapping a live one; false then. Never leaves the transaction aborted. */
export async function tryInsertBooking(db: Db, row: BookingRow): Promise<boolean> {
  try {
    // PostgreSQL: ON CONFLICT DO NOTHING also covers exclusion constraints, waiting for a concurrent insert to decide.
    const r = await db.insertInto('bookings').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 1n) === 1;
  } catch (err) {
    if (isOverlapViolation(err)) return false; // SQLite: the trigger aborts only this statement
    throw err;
  }
}

/** Writes a change if the booking is still at `version`. */
export async function updateBookingAtVersion(db: Db, id: string, version: number, patch: Partial<BookingRow>): Promise<boolean> {
  const r = await db.updateTable('bookings').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** An organisation's bookings not checked in once their check-in window closed (`start_at < startedBefore`), still running. */
export async function unclaimedBookings(db: Db, orgId: string, startedBefore: number, now: number) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('venues as v', 'v.id', 'b.venue_id')
    .selectAll('b')
    .select('v.name as venue_name')
    .where('b.org_id', '=', orgId)
    .where('v.checkin_required', '=', 1)
    .where('b.status', 'in', ['confirmed', 'tentative'])
    .where('b.checked_in_at', 'is', null)
    .where('b.start_at', '<', startedBefore)
    .where('b.end_at', '>', now)
    .execute();
}

/** Held slots whose hold has run out. */
export async function expiredHolds(db: Db, now: number) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('venues as v', 'v.id', 'b.venue_id')
    .selectAll('b')
    .select('v.name as venue_name')
    .where('b.status', '=', 'held')
    .where('b.hold_expires_at', '<', now)
    .execute();
}
