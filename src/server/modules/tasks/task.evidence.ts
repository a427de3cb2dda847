/** Tasks that follow the meeting: closed by the evidence the system sees, and re-dated when the meeting moves. */
import { dueAt } from '../../../shared/tasks';
import type { Db } from '../../db/database';
import * as q from './task.queries';

/** What closes a task by itself. */
export type Evidence = 'venue_booked' | 'notice_sent' | 'agenda_published' | 'materials_uploaded';

/** Closes the meeting's open tasks waiting for this evidence, saying what closed them; call it in the transaction that produced the evidence. */
export async function closeByEvidence(trx: Db, meetingId: string, evidence: Evidence, note: string, now: number): Promise<number> {
  let closed = 0;
  for (const t of await q.openWithEvidence(trx, meetingId, evidence)) {
    if (await q.updateTaskAt(trx, t.id, t.version, { status: 'done', done_at: now, done_by: 'system', done_note: note, updated_at: now })) closed++;
  }
  return closed;
}

/** Re-dates the meeting's open playbook tasks from its new start and end (done tasks keep their history). */
export async function followMeeting(trx: Db, meeting: { id: string; start_at: number; end_at: number; time_zone: string }, now: number): Promise<void> {
  for (const t of await q.openTasks(trx, meeting.id)) {
    if (!t.step_key) continue;
    const due = dueAt(t.anchor === 'end' ? meeting.end_at : meeting.start_at, t.offset_days, t.due_time, meeting.time_zone);
    if (due !== Number(t.due_at)) await q.updateTaskAt(trx, t.id, t.version, { due_at: due, updated_at: now });
  }
}
