/** SQL of the 名单 import and export: a meeting's participants with their people, and bulk writes. */
import type { Db } from '../../db/database';
import type { MeetingParticipantRow } from '../../db/tables';
import { chunks } from '../../platform/table-import';

/** A meeting's participants with the person's details and department, in the order they were added (the list's order). */
export async function listRowsOf(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_participants as mp')
    .innerJoin('people as p', 'p.id', 'mp.person_id')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .select([
      'p.name as person_name', 'p.gender', 'p.kind', 'p.unit', 'd.name as department_name', 'p.title', 'p.phone', 'p.email',
      'mp.role', 'mp.group_name', 'mp.attendance', 'mp.reply_json', 'mp.answered_at', 'mp.answered_by_user_id',
    ])
    .where('mp.meeting_id', '=', meetingId)
    .orderBy('mp.created_at')
    .orderBy('mp.id')
    .execute();
}

/** The participant rows of a meeting, as an import compares them. */
export async function participantRowsOf(db: Db, meetingId: string): Promise<MeetingParticipantRow[]> {
  return db.selectFrom('meeting_participants').selectAll().where('meeting_id', '=', meetingId).execute();
}

/** Adds many participants, 200 rows per statement; a person already in the meeting is skipped. */
export async function insertParticipants(db: Db, rows: readonly MeetingParticipantRow[]): Promise<void> {
  for (const part of chunks(rows, 200)) {
    await db.insertInto('meeting_participants').values(part).onConflict((oc) => oc.columns(['meeting_id', 'person_id']).doNothing()).execute();
  }
}

/** Writes changed columns of one participant. */
export async function patchParticipant(db: Db, id: string, patch: Partial<MeetingParticipantRow>): Promise<void> {
  await db.updateTable('meeting_participants').set(patch).where('id', '=', id).execute();
}
