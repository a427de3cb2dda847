/** SQL for the booking waitlist. */
import type { Db } from '../../db/database';
import type { WaitlistRow } from '../../db/tables';

/** Stores an entry. */
export async function insertEntry(db: Db, row: WaitlistRow): Promise<void> {
  await db.insertInto('booking_waitlist').values(row).execute();
}

/** One entry. */
export async function findEntry(db: Db, id: string): Promise<WaitlistRow | undefined> {
  return db.selectFrom('booking_waitlist').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The entry a held booking was offered through. */
export async function entryOfOffer(db: Db, bookingId: string): Promise<WaitlistRow | undefined> {
  return db.selectFrom('booking_waitlist').selectAll().where('offered_booking_id', '=', bookingId).executeTakeFirst();
}

/** Waiting entries of a venue overlapping a range, first come first served. */
export async function waitingFor(db: Db, venueId: string, from: number, to: number): Promise<WaitlistRow[]> {
  return db
    .selectFrom('booking_waitlist')
    .selectAll()
    .where('venue_id', '=', venueId)
    .where('status', '=', 'waiting')
    .where('start_at', '<', to)
    .where('end_at', '>', from)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A user's entries still waiting or offered. */
export async function entriesOf(db: Db, userId: string): Promise<WaitlistRow[]> {
  return db.selectFrom('booking_waitlist').selectAll().where('user_id', '=', userId).where('status', 'in', ['waiting', 'offered']).orderBy('start_at').execute();
}

/** How many waiting entries for the venue were made before this one (its place in the queue is that + 1). */
export async function countAhead(db: Db, e: WaitlistRow): Promise<number> {
  const { n } = await db
    .selectFrom('booking_waitlist')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('venue_id', '=', e.venue_id)
    .where('status', '=', 'waiting')
    .where('start_at', '<', e.end_at)
    .where('end_at', '>', e.start_at)
    .where((eb) => eb.or([eb('created_at', '<', e.created_at), eb.and([eb('created_at', '=', e.created_at), eb('id', '<', e.id)])]))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Moves an entry on. */
export async function setEntry(db: Db, id: string, patch: Partial<WaitlistRow>): Promise<void> {
  await db.updateTable('booking_waitlist').set(patch).where('id', '=', id).execute();
}
