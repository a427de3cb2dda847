/** SQL for meeting participants and the lookups other modules make about a meeting. */
import type { Db } from '../../db/database';
import type { MeetingParticipantRow } from '../../db/tables';

/** Participants of a meeting with the person's name, unit and department. */
export async function listParticipants(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_participants as mp')
    .innerJoin('people as p', 'p.id', 'mp.person_id')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .selectAll('mp')
    .select(['p.name as person_name', 'p.unit as person_unit', 'p.title as person_title', 'p.phone as person_phone', 'p.email as person_email', 'd.name as department_name'])
    .where('mp.meeting_id', '=', meetingId)
    .orderBy('mp.created_at')
    .orderBy('mp.id')
    .execute();
}

/** One participant. */
export async function findParticipant(db: Db, id: string): Promise<MeetingParticipantRow | undefined> {
  return db.selectFrom('meeting_participants').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Adds a participant; false when the person already takes part. */
export async function insertParticipant(db: Db, row: MeetingParticipantRow): Promise<boolean> {
  const r = await db.insertInto('meeting_participants').values(row).onConflict((oc) => oc.columns(['meeting_id', 'person_id']).doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 1n) === 1;
}

/** Changes a participant's role, group or required flag. */
export async function updateParticipant(db: Db, id: string, patch: Partial<MeetingParticipantRow>): Promise<void> {
  await db.updateTable('meeting_participants').set(patch).where('id', '=', id).execute();
}

/** Removes a participant. */
export async function deleteParticipant(db: Db, id: string): Promise<void> {
  await db.deleteFrom('meeting_participants').where('id', '=', id).execute();
}

/** Title, time and status of a meeting of the organisation. */
export async function meetingBrief(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('meetings')
    .select(['id', 'title', 'start_at', 'end_at', 'status', 'series_id', 'occurrence_index', 'host_person_id', 'expected_size', 'time_zone', 'detached'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Occurrences of a series from an index on, in order. */
export async function occurrencesFrom(db: Db, seriesId: string, fromIndex: number) {
  return db
    .selectFrom('meetings')
    .select(['id', 'title', 'start_at', 'end_at', 'status', 'expected_size'])
    .where('series_id', '=', seriesId)
    .where('occurrence_index', '>=', fromIndex)
    .orderBy('occurrence_index')
    .execute();
}

/** Accounts of the people in a meeting (its host and participants). */
export async function userIdsOfMeetingPeople(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.person_id', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('u.person_id', 'in', eb.selectFrom('meeting_participants').select('person_id').where('meeting_id', '=', meetingId)),
        eb('u.person_id', 'in', eb.selectFrom('meetings').select('host_person_id').where('id', '=', meetingId).where('host_person_id', 'is not', null)),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Busy intervals of people from their meetings (as host or participant), not cancelled, overlapping a range. */
export async function busyOfPeople(db: Db, orgId: string, personIds: readonly string[], from: number, to: number, exceptMeetingId?: string) {
  if (personIds.length === 0) return [];
  // Driven from the participants' person index (CROSS JOIN fixes that order on SQLite; PostgreSQL plans it freely):
  // the other order probes every meeting in range once per person asked about.
  const asParticipant = await db
    .selectFrom('meeting_participants as mp')
    .crossJoin('meetings as m')
    .whereRef('m.id', '=', 'mp.meeting_id')
    .select(['mp.person_id as person_id', 'm.start_at', 'm.end_at'])
    .where('mp.person_id', 'in', personIds)
    .where('mp.org_id', '=', orgId)
    .where('m.status', '!=', 'cancelled')
    .where('m.start_at', '<', to)
    .where('m.end_at', '>', from)
    .$if(!!exceptMeetingId, (q) => q.where('m.id', '!=', exceptMeetingId!))
    .execute();
  const asHost = await db
    .selectFrom('meetings as m')
    .select(['m.host_person_id as person_id', 'm.start_at', 'm.end_at'])
    .where('m.org_id', '=', orgId)
    .where('m.host_person_id', 'in', personIds)
    .where('m.status', '!=', 'cancelled')
    .where('m.start_at', '<', to)
    .where('m.end_at', '>', from)
    .$if(!!exceptMeetingId, (q) => q.where('m.id', '!=', exceptMeetingId!))
    .execute();
  return [...asParticipant, ...asHost] as { person_id: string; start_at: number; end_at: number }[];
}
