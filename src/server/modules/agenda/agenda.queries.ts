/** SQL of the agenda: draft items, published versions, and the names items show. */
import type { Db } from '../../db/database';
import type { AgendaItemRow, AgendaVersionRow } from '../../db/tables';

/** The draft items of a meeting in time order. */
export async function listItems(db: Db, meetingId: string): Promise<AgendaItemRow[]> {
  return db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', meetingId).orderBy('start_at').orderBy('sort_order').orderBy('id').execute();
}

/** One item. */
export async function findItem(db: Db, id: string): Promise<AgendaItemRow | undefined> {
  return db.selectFrom('agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores items. */
export async function insertItems(db: Db, rows: readonly AgendaItemRow[]): Promise<void> {
  if (rows.length) await db.insertInto('agenda_items').values([...rows]).execute();
}

/** Changes an item. */
export async function updateItem(db: Db, id: string, patch: Partial<AgendaItemRow>): Promise<void> {
  await db.updateTable('agenda_items').set(patch).where('id', '=', id).execute();
}

/** Removes an item. */
export async function deleteItem(db: Db, id: string): Promise<void> {
  await db.deleteFrom('agenda_items').where('id', '=', id).execute();
}

/** The published versions of a meeting, newest first. */
export async function listVersions(db: Db, meetingId: string): Promise<(AgendaVersionRow & { published_by_name: string | null })[]> {
  return db.selectFrom('agenda_versions as v').leftJoin('users as u', 'u.id', 'v.published_by').selectAll('v').select('u.display_name as published_by_name')
    .where('v.meeting_id', '=', meetingId).orderBy('v.version', 'desc').execute();
}

/** Stores a published version; false when that version number was taken by a concurrent publish. */
export async function insertVersion(db: Db, row: AgendaVersionRow): Promise<boolean> {
  const r = await db.insertInto('agenda_versions').values(row).onConflict((oc) => oc.columns(['meeting_id', 'version']).doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 1n) === 1;
}

/** Names of venues by id (for the items' rooms). */
export async function venueNames(db: Db, orgId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('venues').select(['id', 'name']).where('org_id', '=', orgId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A meeting's participants with their person's name and account, for presenters and notifications. */
export async function participantsOf(db: Db, meetingId: string) {
  return db.selectFrom('meeting_participants as mp').innerJoin('people as p', 'p.id', 'mp.person_id')
    .leftJoin('users as u', (j) => j.onRef('u.person_id', '=', 'p.id').on('u.is_active', '=', 1))
    .select(['mp.id', 'mp.role', 'p.name', 'u.id as user_id']).where('mp.meeting_id', '=', meetingId).execute();
}

/** The meeting row of the organisation. */
export async function findMeeting(db: Db, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisation's name and policy (colours and the start-time rule). */
export async function orgRow(db: Db, orgId: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirstOrThrow();
}

/** Departments taking part in a meeting (for the multi-department rule). */
export async function meetingDepartmentIds(db: Db, meetingId: string): Promise<string[]> {
  return (await db.selectFrom('meeting_departments').select('department_id').where('meeting_id', '=', meetingId).execute()).map((r) => r.department_id);
}
