/** SQL of check-in lists, and the reads of participants, attendance, photos and the meeting that the desk, the dashboard and the 签到表 need. */
import type { Db } from '../../db/database';
import type { CheckinListRow, PersonPhotoRow } from '../../db/tables';

/** How many values one `in (...)` or one multi-row insert carries (both dialects' parameter limits stay far away). */
export const CHUNK = 1000;

/** Splits values into chunks of `CHUNK`. */
export function chunks<T>(values: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** The meeting row the check-in pages name and time. */
export async function findMeeting(db: Db, id: string) {
  return db.selectFrom('meetings').select(['id', 'org_id', 'title', 'start_at', 'end_at', 'time_zone', 'place', 'status']).where('id', '=', id).executeTakeFirst();
}

/** The organisation's name (the 签到表's 制表单位). */
export async function orgName(db: Db, orgId: string): Promise<string> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirstOrThrow()).name;
}

/** The lists of a meeting in their order. */
export async function listLists(db: Db, meetingId: string): Promise<CheckinListRow[]> {
  return db.selectFrom('checkin_lists').selectAll().where('meeting_id', '=', meetingId).orderBy('sort_order').orderBy('created_at').orderBy('id').execute();
}

/** One list. */
export async function findList(db: Db, id: string): Promise<CheckinListRow | undefined> {
  return db.selectFrom('checkin_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Lists by id (those of a scan batch). */
export async function listsByIds(db: Db, ids: readonly string[]): Promise<CheckinListRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('checkin_lists').selectAll().where('id', 'in', ids).execute();
}

/** Stores a list; a second insert of the same id (the lazily made default list, raced by two readers) does nothing. */
export async function insertList(db: Db, row: CheckinListRow): Promise<void> {
  await db.insertInto('checkin_lists').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/** Changes a list if it is still at `version`; false when someone changed it first. */
export async function updateList(db: Db, id: string, version: number, patch: Partial<CheckinListRow>): Promise<boolean> {
  const r = await db.updateTable('checkin_lists').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Removes a list (its scans and attendance go with it). */
export async function deleteList(db: Db, id: string): Promise<void> {
  await db.deleteFrom('checkin_lists').where('id', '=', id).execute();
}

/** The highest sort order of a meeting's lists. */
export async function maxSortOrder(db: Db, meetingId: string): Promise<number> {
  const r = await db.selectFrom('checkin_lists').select((eb) => eb.fn.max<number>('sort_order').as('n')).where('meeting_id', '=', meetingId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** How many people are checked in on a list. */
export async function attendanceCount(db: Db, listId: string): Promise<number> {
  const r = await db.selectFrom('checkin_attendance').select((eb) => eb.fn.countAll<number>().as('n')).where('list_id', '=', listId).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** True when the agenda item belongs to the meeting. */
export async function agendaItemExists(db: Db, meetingId: string, itemId: string): Promise<boolean> {
  return !!(await db.selectFrom('agenda_items').select('id').where('id', '=', itemId).where('meeting_id', '=', meetingId).executeTakeFirst());
}

/** Everyone on a meeting's list with what the desk shows (no photo bytes: only whether there is one), in the order they were added. */
export async function participantsOfMeeting(db: Db, meetingId: string) {
  return db.selectFrom('meeting_participants as mp').innerJoin('people as p', 'p.id', 'mp.person_id').leftJoin('person_photos as ph', 'ph.person_id', 'mp.person_id')
    .select(['mp.id', 'mp.role', 'mp.group_name', 'mp.attendance', 'mp.pass_epoch', 'mp.created_at', 'mp.updated_at', 'p.name', 'p.unit', 'p.title', 'p.phone', 'ph.person_id as photo_of'])
    .where('mp.meeting_id', '=', meetingId).orderBy('mp.created_at').orderBy('mp.id').execute();
}

/** One row of `participantsOfMeeting`. */
export type MeetingPerson = Awaited<ReturnType<typeof participantsOfMeeting>>[number];

/** Participants by id, whatever their meeting (a scan batch names them; the caller checks meeting and organisation). */
export async function participantsByIds(db: Db, ids: readonly string[]) {
  const out = [];
  for (const part of chunks(ids)) {
    out.push(...(await db.selectFrom('meeting_participants as mp').innerJoin('people as p', 'p.id', 'mp.person_id').leftJoin('person_photos as ph', 'ph.person_id', 'mp.person_id')
      .select(['mp.id', 'mp.org_id', 'mp.meeting_id', 'mp.person_id', 'mp.role', 'mp.group_name', 'mp.attendance', 'mp.pass_epoch', 'p.name', 'p.unit', 'ph.person_id as photo_of'])
      .where('mp.id', 'in', part).execute()));
  }
  return out;
}

/** One row of `participantsByIds`. */
export type ScanPerson = Awaited<ReturnType<typeof participantsByIds>>[number];

/** Raises a participant's pass epoch: every pass issued before stops working. */
export async function bumpPassEpoch(db: Db, participantId: string, now: number): Promise<void> {
  await db.updateTable('meeting_participants').set((eb) => ({ pass_epoch: eb('pass_epoch', '+', 1), updated_at: now })).where('id', '=', participantId).execute();
}

/** Who is in on each list of a meeting, and since when. */
export async function attendanceOfMeeting(db: Db, meetingId: string) {
  return db.selectFrom('checkin_attendance').select(['list_id', 'participant_id', 'first_at', 'inside', 'last_at', 'first_scan_id']).where('meeting_id', '=', meetingId).execute();
}

/** A list's attendance with how each first check-in was made (扫码/人工/补签) and the 补签 reason, for the 签到表. */
export async function attendanceWithFirstScan(db: Db, listId: string) {
  return db.selectFrom('checkin_attendance as a').innerJoin('checkin_scans as s', 's.id', 'a.first_scan_id')
    .select(['a.participant_id', 'a.first_at', 's.method', 's.reason']).where('a.list_id', '=', listId).execute();
}

/** Flagged duplicates not yet reviewed. */
export async function openFlaggedCount(db: Db, meetingId: string): Promise<number> {
  const r = await db.selectFrom('checkin_scans').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).where('flagged', '=', 1).where('reviewed_at', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** What changes the live figures, in one cheap row: the stream compares it every poll and recomputes only when it moved. */
export async function statsFingerprint(db: Db, meetingId: string) {
  return db.selectNoFrom((eb) => [
    eb.selectFrom('checkin_scans').select((e) => e.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).as('scans'),
    eb.selectFrom('checkin_scans').select((e) => e.fn.max<number>('reviewed_at').as('n')).where('meeting_id', '=', meetingId).as('reviewed'),
    eb.selectFrom('checkin_attendance').select((e) => e.fn.sum<number>('inside').as('n')).where('meeting_id', '=', meetingId).as('inside'),
    eb.selectFrom('checkin_attendance').select((e) => e.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).as('attended'),
    eb.selectFrom('checkin_lists').select((e) => e.fn.sum<number>('version').as('n')).where('meeting_id', '=', meetingId).as('lists'),
    eb.selectFrom('checkin_lists').select((e) => e.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).as('list_count'),
    eb.selectFrom('meeting_participants').select((e) => e.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).as('people'),
    eb.selectFrom('meeting_participants').select((e) => e.fn.max<number>('updated_at').as('n')).where('meeting_id', '=', meetingId).as('people_changed'),
  ]).executeTakeFirstOrThrow();
}

/** Flagged scans of a meeting with the list, the person and the attendance's first scan. */
export async function flaggedScans(db: Db, meetingId: string) {
  return db.selectFrom('checkin_scans as s').innerJoin('checkin_lists as l', 'l.id', 's.list_id')
    .leftJoin('meeting_participants as mp', 'mp.id', 's.participant_id').leftJoin('people as p', 'p.id', 'mp.person_id')
    .leftJoin('checkin_scans as f', 'f.id', 's.duplicate_of').leftJoin('users as u', 'u.id', 's.reviewed_by')
    .select(['s.id', 's.org_id', 's.list_id', 'l.name as list_name', 's.participant_id', 'p.name', 'p.unit', 'mp.group_name', 's.scanned_at', 's.device_id', 's.method',
      's.duplicate_of', 'f.scanned_at as first_at', 'f.device_id as first_device', 's.reviewed_at', 'u.display_name as reviewed_by', 's.review_note', 's.flagged'])
    .where('s.meeting_id', '=', meetingId).where('s.flagged', '=', 1).orderBy('s.scanned_at').orderBy('s.id').execute();
}

/** One scan (for a review). */
export async function findScan(db: Db, id: string) {
  return db.selectFrom('checkin_scans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records a staff review of a flagged scan. */
export async function reviewScan(db: Db, id: string, by: string, note: string, now: number): Promise<void> {
  await db.updateTable('checkin_scans').set({ reviewed_at: now, reviewed_by: by, review_note: note }).where('id', '=', id).execute();
}

/** A person of the organisation (the photo's owner). */
export async function findPerson(db: Db, id: string) {
  return db.selectFrom('people').select(['id', 'org_id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Stores or replaces a person's photo. */
export async function savePhoto(db: Db, row: PersonPhotoRow): Promise<void> {
  await db.insertInto('person_photos').values(row).onConflict((oc) => oc.column('person_id').doUpdateSet({ mime: row.mime, content: row.content, updated_at: row.updated_at })).execute();
}

/** The photo of a meeting participant's person. */
export async function photoOfParticipant(db: Db, participantId: string) {
  return db.selectFrom('meeting_participants as mp').innerJoin('person_photos as ph', 'ph.person_id', 'mp.person_id')
    .select(['mp.meeting_id', 'ph.org_id', 'ph.mime', 'ph.content', 'ph.updated_at']).where('mp.id', '=', participantId).executeTakeFirst();
}

/** A participant with the columns a pass needs. */
export async function participantForPass(db: Db, participantId: string) {
  return db.selectFrom('meeting_participants as mp').innerJoin('people as p', 'p.id', 'mp.person_id')
    .select(['mp.id', 'mp.org_id', 'mp.meeting_id', 'mp.role', 'mp.group_name', 'mp.pass_epoch', 'p.name', 'p.unit']).where('mp.id', '=', participantId).executeTakeFirst();
}
