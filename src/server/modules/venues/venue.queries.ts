/** SQL for venues, their members and closures. */
import type { Db } from '../../db/database';
import type { VenueClosureRow, VenueMemberRow, VenueRow } from '../../db/tables';

/** Venues of an organisation by name (active first when `activeOnly` is false). */
export async function listVenues(db: Db, orgId: string, activeOnly: boolean): Promise<VenueRow[]> {
  return db
    .selectFrom('venues')
    .selectAll()
    .where('org_id', '=', orgId)
    .$if(activeOnly, (qb) => qb.where('is_active', '=', 1))
    .orderBy('is_active', 'desc')
    .orderBy('name')
    .execute();
}

/** One venue. */
export async function findVenue(db: Db, id: string): Promise<VenueRow | undefined> {
  return db.selectFrom('venues').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A venue of the organisation with this name. */
export async function findVenueByName(db: Db, orgId: string, name: string): Promise<VenueRow | undefined> {
  return db.selectFrom('venues').selectAll().where('org_id', '=', orgId).where('name', '=', name).executeTakeFirst();
}

/** Stores a venue. */
export async function insertVenue(db: Db, row: VenueRow): Promise<void> {
  await db.insertInto('venues').values(row).execute();
}

/** Writes a change if the venue is still at `version`. */
export async function updateVenueAtVersion(db: Db, id: string, version: number, patch: Partial<VenueRow>): Promise<boolean> {
  const r = await db.updateTable('venues').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Members (managers and service staff) of the given venues. */
export async function membersOf(db: Db, venueIds: readonly string[]): Promise<VenueMemberRow[]> {
  if (venueIds.length === 0) return [];
  return db.selectFrom('venue_members').selectAll().where('venue_id', 'in', venueIds).execute();
}

/** Replaces a venue's members. */
export async function setMembers(db: Db, venueId: string, orgId: string, members: readonly { userId: string; role: string }[]): Promise<void> {
  await db.deleteFrom('venue_members').where('venue_id', '=', venueId).execute();
  if (members.length) {
    await db.insertInto('venue_members').values(members.map((m) => ({ venue_id: venueId, org_id: orgId, user_id: m.userId, role: m.role }))).execute();
  }
}

/** Ids of venues a user manages. */
export async function venuesManagedBy(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('venue_members').select('venue_id').where('user_id', '=', userId).where('role', '=', 'manager').execute();
  return rows.map((r) => r.venue_id);
}

/** How many of these ids are active users of the organisation. */
export async function countOrgUsers(db: Db, orgId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('org_id', '=', orgId).where('id', 'in', ids).executeTakeFirstOrThrow();
  return Number(n);
}

/** Closures of venues overlapping a range. */
export async function closuresIn(db: Db, orgId: string, from: number, to: number, venueId?: string): Promise<VenueClosureRow[]> {
  return db
    .selectFrom('venue_closures')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('start_at', '<', to)
    .where('end_at', '>', from)
    .$if(!!venueId, (qb) => qb.where('venue_id', '=', venueId!))
    .orderBy('start_at')
    .execute();
}

/** One closure. */
export async function findClosure(db: Db, id: string): Promise<VenueClosureRow | undefined> {
  return db.selectFrom('venue_closures').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a closure. */
export async function insertClosure(db: Db, row: VenueClosureRow): Promise<void> {
  await db.insertInto('venue_closures').values(row).execute();
}

/** Removes a closure. */
export async function deleteClosure(db: Db, id: string): Promise<void> {
  await db.deleteFrom('venue_closures').where('id', '=', id).execute();
}
