/** SQL of 座次: seating plans, the meeting's people with their protocol rank, and ranks themselves. */
import type { Db } from '../../db/database';
import type { SeatingPlanRow } from '../../db/tables';

/** The plans of a meeting by name, with their venue's name. */
export async function listPlans(db: Db, meetingId: string) {
  return db.selectFrom('seating_plans as s').leftJoin('venues as v', 'v.id', 's.venue_id').selectAll('s').select('v.name as venue_name')
    .where('s.meeting_id', '=', meetingId).orderBy('s.name').execute();
}

/** One plan with its venue's name. */
export async function findPlan(db: Db, id: string) {
  return db.selectFrom('seating_plans as s').leftJoin('venues as v', 'v.id', 's.venue_id').selectAll('s').select('v.name as venue_name')
    .where('s.id', '=', id).executeTakeFirst();
}

/** A plan of the meeting with this name (names are unique per meeting). */
export async function findPlanByName(db: Db, meetingId: string, name: string) {
  return db.selectFrom('seating_plans').select('id').where('meeting_id', '=', meetingId).where('name', '=', name).executeTakeFirst();
}

/** Stores a plan. */
export async function insertPlan(db: Db, row: SeatingPlanRow): Promise<void> {
  await db.insertInto('seating_plans').values(row).execute();
}

/** Writes a plan if it is still at `version`; false when someone changed it first. */
export async function updatePlanAt(db: Db, id: string, version: number, patch: Partial<SeatingPlanRow>): Promise<boolean> {
  const r = await db.updateTable('seating_plans').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Removes a plan. */
export async function deletePlan(db: Db, id: string): Promise<void> {
  await db.deleteFrom('seating_plans').where('id', '=', id).execute();
}

/** The meeting row. */
export async function findMeeting(db: Db, id: string) {
  return db.selectFrom('meetings').select(['id', 'org_id', 'status', 'title']).where('id', '=', id).executeTakeFirst();
}

/** A venue of the organisation with its capacities. */
export async function findVenue(db: Db, orgId: string, id: string) {
  return db.selectFrom('venues').select(['id', 'name', 'capacities_json']).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The meeting's participants with what seating needs: name, unit, department, title, role, group, attendance, rank. */
export async function seatPeople(db: Db, meetingId: string) {
  return db.selectFrom('meeting_participants as mp').innerJoin('people as p', 'p.id', 'mp.person_id').leftJoin('departments as d', 'd.id', 'p.department_id')
    .select(['mp.id', 'mp.role', 'mp.group_name', 'mp.attendance', 'mp.protocol_rank', 'p.name', 'p.unit', 'p.title', 'd.name as department_name'])
    .where('mp.meeting_id', '=', meetingId).orderBy('mp.created_at').orderBy('mp.id').execute();
}

/** Makes everyone of the meeting unranked. */
export async function clearRanks(db: Db, meetingId: string, now: number): Promise<void> {
  await db.updateTable('meeting_participants').set({ protocol_rank: null, updated_at: now }).where('meeting_id', '=', meetingId).where('protocol_rank', 'is not', null).execute();
}

/** Gives one participant a rank. */
export async function setRank(db: Db, participantId: string, rank: number, now: number): Promise<void> {
  await db.updateTable('meeting_participants').set({ protocol_rank: rank, updated_at: now }).where('id', '=', participantId).execute();
}
