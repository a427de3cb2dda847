/** SQL of the reply slip: a participant with their meeting and person, saving a reply, revoking a link, the dashboard's rows. */
import type { Db } from '../../db/database';

/** A participant with what the RSVP page shows. */
export async function participantForRsvp(db: Db, participantId: string) {
  return db
    .selectFrom('meeting_participants as mp')
    .innerJoin('meetings as m', 'm.id', 'mp.meeting_id')
    .innerJoin('people as p', 'p.id', 'mp.person_id')
    .innerJoin('organisations as o', 'o.id', 'mp.org_id')
    .select([
      'mp.id', 'mp.org_id', 'mp.meeting_id', 'mp.person_id', 'mp.role', 'mp.group_name', 'mp.attendance', 'mp.reply_json', 'mp.answered_at', 'mp.answered_by_user_id', 'mp.rsvp_epoch',
      'm.title', 'm.start_at', 'm.end_at', 'm.time_zone', 'm.place', 'm.purpose', 'm.status as meeting_status', 'm.scope',
      'p.name as person_name', 'p.unit', 'p.department_id', 'o.name as org_name', 'o.policy_json',
    ])
    .where('mp.id', '=', participantId)
    .executeTakeFirst();
}

/** Saves a reply. */
export async function saveReply(db: Db, participantId: string, r: { attendance: string; reply_json: string; answered_at: number; answered_by_user_id: string | null }): Promise<void> {
  await db.updateTable('meeting_participants').set({ ...r, updated_at: r.answered_at }).where('id', '=', participantId).execute();
}

/** Invalidates a participant's personal link. */
export async function bumpEpoch(db: Db, participantId: string, now: number): Promise<void> {
  await db.updateTable('meeting_participants').set((eb) => ({ rsvp_epoch: eb(eb.fn.coalesce('rsvp_epoch', eb.lit(0)), '+', 1), updated_at: now })).where('id', '=', participantId).execute();
}

/** The newest meeting notice sent for a meeting: its deadline and contact are the reply slip's. */
export async function latestMeetingNotice(db: Db, meetingId: string) {
  return db.selectFrom('notices').select(['rsvp_deadline', 'contact']).where('meeting_id', '=', meetingId).where('kind', '=', 'meeting').where('status', 'in', ['queued', 'sent'])
    .orderBy('queued_at', 'desc').executeTakeFirst();
}

/** Per participant: how many deliveries were sent, read or answered (for "who has not read"). */
export async function deliveryStateByParticipant(db: Db, meetingId: string) {
  return db.selectFrom('deliveries').select(['participant_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('meeting_id', '=', meetingId).where('participant_id', 'is not', null).groupBy(['participant_id', 'status']).execute();
}

/** The department contacts (person and account) of these departments. */
export async function departmentContacts(db: Db, departmentIds: readonly string[]) {
  if (departmentIds.length === 0) return [];
  return db.selectFrom('departments as d').innerJoin('users as u', 'u.person_id', 'd.contact_person_id')
    .select(['d.id as department_id', 'u.id as user_id']).where('d.id', 'in', departmentIds).where('u.is_active', '=', 1).execute();
}

/** Active accounts of a person (told when someone answered for them). */
export async function accountsOfPerson(db: Db, personId: string): Promise<string[]> {
  return (await db.selectFrom('users').select('id').where('person_id', '=', personId).where('is_active', '=', 1).execute()).map((r) => r.id);
}

/** The stored replies of a meeting's participants. */
export async function repliesOf(db: Db, meetingId: string) {
  return db.selectFrom('meeting_participants').select(['id', 'reply_json']).where('meeting_id', '=', meetingId).execute();
}
