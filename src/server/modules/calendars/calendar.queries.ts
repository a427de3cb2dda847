/** SQL for calendar feeds and what they show. */
import type { Db } from '../../db/database';
import type { CalendarFeedRow } from '../../db/tables';

/** Stores a feed. */
export async function insertFeed(db: Db, row: CalendarFeedRow): Promise<void> {
  await db.insertInto('calendar_feeds').values(row).execute();
}

/** A live feed by its secret token. */
export async function findLiveFeed(db: Db, token: string): Promise<CalendarFeedRow | undefined> {
  return db.selectFrom('calendar_feeds').selectAll().where('token', '=', token).where('revoked_at', 'is', null).executeTakeFirst();
}

/** One feed by id. */
export async function findFeed(db: Db, id: string): Promise<CalendarFeedRow | undefined> {
  return db.selectFrom('calendar_feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Live feeds a user made. */
export async function feedsOf(db: Db, userId: string): Promise<CalendarFeedRow[]> {
  return db.selectFrom('calendar_feeds').selectAll().where('created_by', '=', userId).where('revoked_at', 'is', null).orderBy('created_at').execute();
}

/** Revokes a feed. */
export async function revokeFeed(db: Db, id: string, now: number): Promise<void> {
  await db.updateTable('calendar_feeds').set({ revoked_at: now }).where('id', '=', id).execute();
}

const meetingColumns = ['m.id', 'm.title', 'm.start_at', 'm.end_at', 'm.place', 'm.purpose', 'm.status', 'm.series_id', 'm.occurrence_index'] as const;

/** Meetings (not cancelled) a person hosts or takes part in, overlapping a range. */
export async function meetingsOfPerson(db: Db, orgId: string, personId: string, from: number, to: number) {
  return db
    .selectFrom('meetings as m')
    .select([...meetingColumns])
    .where('m.org_id', '=', orgId)
    .where('m.status', '!=', 'cancelled')
    .where('m.start_at', '<', to)
    .where('m.end_at', '>', from)
    .where((eb) =>
      eb.or([
        eb('m.host_person_id', '=', personId),
        eb.exists(eb.selectFrom('meeting_participants as mp').select('mp.id').whereRef('mp.meeting_id', '=', 'm.id').where('mp.person_id', '=', personId)),
      ]),
    )
    .orderBy('m.start_at')
    .execute();
}

/** Live bookings of a venue overlapping a range, with the booked meeting's series position. */
export async function bookingsOfVenue(db: Db, venueId: string, from: number, to: number) {
  return db
    .selectFrom('bookings as b')
    .leftJoin('meetings as m', 'm.id', 'b.meeting_id')
    .select(['b.id', 'b.title', 'b.start_at', 'b.end_at', 'b.status', 'm.series_id', 'm.occurrence_index', 'm.purpose'])
    .where('b.venue_id', '=', venueId)
    .where('b.status', 'in', ['pending', 'tentative', 'confirmed', 'held'])
    .where('b.start_at', '<', to)
    .where('b.end_at', '>', from)
    .orderBy('b.start_at')
    .execute();
}

/** Series rows by id. */
export async function seriesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('meeting_series').selectAll().where('id', 'in', ids).execute();
}
