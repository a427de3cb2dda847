/** SQL of incidents and of who is on duty for a meeting. */
import type { Db } from '../../db/database';
import type { IncidentRow } from '../../db/tables';

/** Incidents of a meeting with reporter and handler names, open ones first, then latest. */
export async function incidentsOfMeeting(db: Db, meetingId: string) {
  return db.selectFrom('incidents as i').leftJoin('users as r', 'r.id', 'i.reported_by').leftJoin('users as h', 'h.id', 'i.handler_user_id')
    .selectAll('i').select(['r.display_name as reported_by_name', 'h.display_name as handler_name'])
    .where('i.meeting_id', '=', meetingId).orderBy('i.created_at', 'desc').execute();
}

/** One incident. */
export async function findIncident(db: Db, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores an incident. */
export async function insertIncident(db: Db, row: IncidentRow): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

/** Writes a change at a version; false when someone changed it first. */
export async function updateIncidentAt(db: Db, id: string, version: number, patch: Partial<IncidentRow>): Promise<boolean> {
  const r = await db.updateTable('incidents').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Who is on duty for a meeting: accounts of its 会务人员 (participants with the staff role whose person has an account),
 * the organisation's active staff accounts, and the meeting's organiser.
 */
export async function onDutyUserIds(db: Db, orgId: string, meetingId: string, organiserId: string | null): Promise<string[]> {
  const meetingStaff = await db.selectFrom('meeting_participants as mp').innerJoin('users as u', 'u.person_id', 'mp.person_id')
    .select('u.id').where('mp.meeting_id', '=', meetingId).where('mp.role', '=', 'staff').where('u.is_active', '=', 1).execute();
  const orgStaff = await db.selectFrom('users as u').innerJoin('user_roles as r', 'r.user_id', 'u.id').select('u.id')
    .where('u.org_id', '=', orgId).where('u.is_active', '=', 1).where('r.role', '=', 'staff').execute();
  return [...new Set([...meetingStaff.map((x) => x.id), ...orgStaff.map((x) => x.id), ...(organiserId ? [organiserId] : [])])];
}

/** The organisation's active group robots (alerts go to every one). */
export async function activeBotIds(db: Db, orgId: string): Promise<string[]> {
  return (await db.selectFrom('channel_bots').select('id').where('org_id', '=', orgId).where('is_active', '=', 1).execute()).map((b) => b.id);
}

/** A robot with its sealed address. */
export async function findBot(db: Db, id: string) {
  return db.selectFrom('channel_bots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An incident with its meeting's title and zone (for the robot message). */
export async function incidentWithMeeting(db: Db, id: string) {
  return db.selectFrom('incidents as i').innerJoin('meetings as m', 'm.id', 'i.meeting_id').selectAll('i').select(['m.title as meeting_title', 'm.time_zone'])
    .where('i.id', '=', id).executeTakeFirst();
}

/** Whether the user is an active account of the organisation (a handler must be). */
export async function isActiveUser(db: Db, orgId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('id', '=', userId).where('org_id', '=', orgId).where('is_active', '=', 1).executeTakeFirst());
}
