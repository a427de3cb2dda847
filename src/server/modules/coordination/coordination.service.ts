/** 协调会 notes of a meeting: who met, what was said, and decisions recorded against the meeting's tasks (owners are told). */
import type { z } from 'zod';
import type { CoordinationNote, coordinationNoteInputSchema } from '../../../shared/coordination';
import type { Db } from '../../db/database';
import type { CoordinationDecisionRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { findMeetingRow } from '../notices/notice.queries';
import { notify } from '../notifications';
import { insertHandTask } from '../tasks';
import * as q from './coordination.queries';

type Input = z.infer<typeof coordinationNoteInputSchema>;

/** The meeting's notes, latest first, each with its decisions and where their tasks stand now. */
export async function listNotes(ctx: Ctx, meetingId: string): Promise<CoordinationNote[]> {
  authorize(ctx, 'meeting.read');
  ownRow(ctx, await findMeetingRow(ctx.db, meetingId));
  return readNotes(ctx.db, meetingId);
}

/** Records a 协调会. */
export async function createNote(ctx: Ctx, meetingId: string, input: Input): Promise<CoordinationNote[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = ownRow(ctx, await findMeetingRow(trx, meetingId));
    const now = ctx.now();
    const id = newId();
    await q.insertNote(trx, { id, org_id: ctx.actor.orgId, meeting_id: meetingId, held_at: input.heldAt, title: input.title, attendees: input.attendees, body: input.body, created_by: ctx.actor.userId, created_at: now, updated_at: now });
    await writeDecisions(trx, ctx, { id: meetingId, title: meeting.title }, id, input, []);
    await recordAudit(trx, ctx, { action: 'coordination.create', entityType: 'meeting', entityId: meetingId, after: { noteId: id, title: input.title, decisions: input.decisions.length } });
    return readNotes(trx, meetingId);
  });
}

/** Rewrites a note and its decisions; only owners of decisions that are new are told. */
export async function updateNote(ctx: Ctx, noteId: string, input: Input): Promise<CoordinationNote[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const note = ownRow(ctx, await q.findNote(trx, noteId));
    const meeting = (await findMeetingRow(trx, note.meeting_id))!;
    const before = await q.decisionsOfNote(trx, noteId);
    await q.updateNote(trx, noteId, { held_at: input.heldAt, title: input.title, attendees: input.attendees, body: input.body, updated_at: ctx.now() });
    await writeDecisions(trx, ctx, { id: meeting.id, title: meeting.title }, noteId, input, before);
    await recordAudit(trx, ctx, { action: 'coordination.update', entityType: 'meeting', entityId: meeting.id, before: { noteId, decisions: before.map((d) => d.text) }, after: { noteId, decisions: input.decisions.map((d) => d.text) } });
    return readNotes(trx, meeting.id);
  });
}

/** Deletes a note; tasks created from its decisions stay. */
export async function deleteNote(ctx: Ctx, noteId: string): Promise<void> {
  authorize(ctx, 'meeting.write');
  await ctx.db.transaction().execute(async (trx) => {
    const note = ownRow(ctx, await q.findNote(trx, noteId));
    await q.deleteNote(trx, noteId);
    await recordAudit(trx, ctx, { action: 'coordination.delete', entityType: 'meeting', entityId: note.meeting_id, before: { noteId, title: note.title } });
  });
}

async function writeDecisions(trx: Db, ctx: Ctx, meeting: { id: string; title: string }, noteId: string, input: Input, before: readonly CoordinationDecisionRow[]): Promise<void> {
  const now = ctx.now();
  const named = input.decisions.map((d) => d.taskId).filter((x): x is string => !!x);
  const known = new Map((await q.tasksOfMeetingByIds(trx, meeting.id, named)).map((t) => [t.id, t]));
  const rows: CoordinationDecisionRow[] = [];
  const told: { userId: string; task: string; text: string }[] = [];
  for (const [i, d] of input.decisions.entries()) {
    if (d.taskId && d.newTask) throw invalid(`decisions.${i}.newTask`, 'one_of');
    let taskId = d.taskId ?? null;
    let task = taskId ? known.get(taskId) : undefined;
    if (taskId && !task) throw invalid(`decisions.${i}.taskId`, 'unknown_reference');
    if (d.newTask) {
      taskId = await insertHandTask(trx, ctx.actor.orgId, meeting.id, d.newTask, now, `decisions.${i}.newTask.ownerUserId`);
      task = { id: taskId, title: d.newTask.title, owner_user_id: d.newTask.ownerUserId ?? null };
    }
    rows.push({ id: newId(), org_id: ctx.actor.orgId, note_id: noteId, meeting_id: meeting.id, task_id: taskId, sort_order: i, text: d.text, created_at: now });
    const isNew = !before.some((b) => b.task_id === taskId && b.text === d.text);
    if (task?.owner_user_id && task.owner_user_id !== ctx.actor.userId && isNew) told.push({ userId: task.owner_user_id, task: task.title, text: d.text });
  }
  await q.replaceDecisions(trx, noteId, rows);
  for (const x of told) {
    await notify(trx, { orgId: ctx.actor.orgId, userIds: [x.userId], kind: 'coordination_decision', params: { meeting: meeting.title, task: x.task, text: x.text }, link: `/meetings/${meeting.id}?tab=tasks`, now });
  }
}

async function readNotes(db: Db, meetingId: string): Promise<CoordinationNote[]> {
  const [notes, decisions] = await Promise.all([q.notesOfMeeting(db, meetingId), q.decisionsOfMeeting(db, meetingId)]);
  return notes.map((n) => ({
    id: n.id, meetingId: n.meeting_id, heldAt: Number(n.held_at), title: n.title, attendees: n.attendees, body: n.body, createdByName: n.created_by_name,
    createdAt: Number(n.created_at), updatedAt: Number(n.updated_at),
    decisions: decisions.filter((d) => d.note_id === n.id).map((d) => ({
      id: d.id, text: d.text, taskId: d.task_id, taskTitle: d.task_title, taskStatus: d.task_status, taskOwnerName: d.task_owner_name, taskDueAt: d.task_due_at === null ? null : Number(d.task_due_at),
    })),
  }));
}
