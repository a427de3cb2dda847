/** SQL of 协调会 notes and their decisions. */
import type { Db } from '../../db/database';
import type { CoordinationDecisionRow, CoordinationNoteRow } from '../../db/tables';

/** Notes of a meeting, latest first, with the author's name. */
export async function notesOfMeeting(db: Db, meetingId: string) {
  return db.selectFrom('coordination_notes as n').leftJoin('users as u', 'u.id', 'n.created_by').selectAll('n').select('u.display_name as created_by_name')
    .where('n.meeting_id', '=', meetingId).orderBy('n.held_at', 'desc').orderBy('n.created_at', 'desc').execute();
}

/** Decisions of a meeting's notes with the task each concerns. */
export async function decisionsOfMeeting(db: Db, meetingId: string) {
  return db.selectFrom('coordination_decisions as d').leftJoin('tasks as t', 't.id', 'd.task_id').leftJoin('users as u', 'u.id', 't.owner_user_id')
    .selectAll('d').select(['t.title as task_title', 't.status as task_status', 't.due_at as task_due_at', 'u.display_name as task_owner_name'])
    .where('d.meeting_id', '=', meetingId).orderBy('d.note_id').orderBy('d.sort_order').execute();
}

/** One note. */
export async function findNote(db: Db, id: string): Promise<CoordinationNoteRow | undefined> {
  return db.selectFrom('coordination_notes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a note. */
export async function insertNote(db: Db, row: CoordinationNoteRow): Promise<void> {
  await db.insertInto('coordination_notes').values(row).execute();
}

/** Changes a note's own fields. */
export async function updateNote(db: Db, id: string, patch: Partial<CoordinationNoteRow>): Promise<void> {
  await db.updateTable('coordination_notes').set(patch).where('id', '=', id).execute();
}

/** Deletes a note (its decisions go with it). */
export async function deleteNote(db: Db, id: string): Promise<void> {
  await db.deleteFrom('coordination_decisions').where('note_id', '=', id).execute();
  await db.deleteFrom('coordination_notes').where('id', '=', id).execute();
}

/** A note's decisions. */
export async function decisionsOfNote(db: Db, noteId: string): Promise<CoordinationDecisionRow[]> {
  return db.selectFrom('coordination_decisions').selectAll().where('note_id', '=', noteId).orderBy('sort_order').execute();
}

/** Replaces a note's decisions. */
export async function replaceDecisions(db: Db, noteId: string, rows: readonly CoordinationDecisionRow[]): Promise<void> {
  await db.deleteFrom('coordination_decisions').where('note_id', '=', noteId).execute();
  if (rows.length) await db.insertInto('coordination_decisions').values([...rows]).execute();
}

/** Tasks of a meeting among some ids, with their owners (decisions may only point at the meeting's own tasks). */
export async function tasksOfMeetingByIds(db: Db, meetingId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('tasks').select(['id', 'title', 'owner_user_id']).where('meeting_id', '=', meetingId).where('id', 'in', ids).execute();
}
