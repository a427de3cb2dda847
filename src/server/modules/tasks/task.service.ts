/** Tasks of meetings: the list, "my tasks", changes (status, owner, due date), tasks added by hand, and the 会务分工明细表. */
import type { z } from 'zod';
import type { createTaskSchema, Task, updateTaskSchema } from '../../../shared/tasks';
import type { Db } from '../../db/database';
import type { TaskRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { findMeetingRow } from '../notices/notice.queries';
import { orgById } from '../org';
import { toTask } from './task.dto';
import * as q from './task.queries';
import { renderTaskNote } from '../../../shared/task-notes';
import { builtInGroup, builtInText } from '../../../shared/playbook-defaults-en';
import { syncParent } from './task.split';
import { DIVISION_WORDS, divisionSheet } from './task.xlsx';

/** The tasks of a meeting. */
export async function meetingTasks(ctx: Ctx, meetingId: string): Promise<Task[]> {
  authorize(ctx, 'meeting.read');
  ownRow(ctx, await findMeetingRow(ctx.db, meetingId));
  return (await q.tasksOfMeeting(ctx.db, meetingId)).map((r) => toTask(r, ctx.now(), ctx.lang));
}

/** The caller's open tasks across meetings. */
export async function myTasks(ctx: Ctx): Promise<Task[]> {
  authorize(ctx, 'meeting.read');
  return (await q.tasksOfUser(ctx.db, ctx.actor.userId)).map((r) => toTask(r, ctx.now(), ctx.lang));
}

/** Adds a task by hand. */
export async function createTask(ctx: Ctx, meetingId: string, input: z.infer<typeof createTaskSchema>): Promise<Task[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    ownRow(ctx, await findMeetingRow(trx, meetingId));
    const id = await insertHandTask(trx, ctx.actor.orgId, meetingId, input, ctx.now());
    await recordAudit(trx, ctx, { action: 'task.create', entityType: 'meeting', entityId: meetingId, after: { taskId: id, ...input } });
    return (await q.tasksOfMeeting(trx, meetingId)).map((r) => toTask(r, ctx.now(), ctx.lang));
  });
}

/** Stores a task added by hand (here or from a 协调会 decision) in the caller's transaction, after checking its owner; returns its id. */
export async function insertHandTask(trx: Db, orgId: string, meetingId: string, input: z.infer<typeof createTaskSchema>, now: number, field = 'ownerUserId'): Promise<string> {
  if (input.ownerUserId && !(await q.isUserOfOrg(trx, orgId, input.ownerUserId))) throw invalid(field, 'unknown_reference');
  const row: TaskRow = {
    id: newId(), org_id: orgId, meeting_id: meetingId, playbook_id: null, step_key: null, parent_task_id: null, sort_order: 1000, phase: input.phase, group_name: input.group,
    title: input.title, description: input.description, owner_role: 'organiser', owner_user_id: input.ownerUserId ?? null, anchor: 'start', offset_days: 0, due_time: '17:00',
    due_at: input.dueAt, status: 'open', evidence: null, done_at: null, done_by: null, done_note: null, depends_on_json: '[]', reminded_soon_at: null, reminded_overdue_at: null,
    version: 1, created_at: now, updated_at: now, duration_days: input.durationDays,
  };
  await q.insertTasks(trx, [row]);
  return row.id;
}

/** Changes a task: done or reopened, reassigned, re-dated, renamed; `version` must be the one read. */
export async function updateTask(ctx: Ctx, taskId: string, input: z.infer<typeof updateTaskSchema>): Promise<Task> {
  authorize(ctx, 'meeting.read');
  return ctx.db.transaction().execute(async (trx) => {
    const t = ownRow(ctx, await q.findTask(trx, taskId));
    // The owner may tick off their own task; anything else is the organisers' to change.
    const ownOnly = t.owner_user_id === ctx.actor.userId && input.ownerUserId === undefined && input.dueAt === undefined && input.title === undefined && input.durationDays === undefined;
    if (!ownOnly) authorize(ctx, 'meeting.write');
    if (input.ownerUserId && !(await q.isUserOfOrg(trx, ctx.actor.orgId, input.ownerUserId))) throw invalid('ownerUserId', 'unknown_reference');
    const now = ctx.now();
    const done = input.status === 'done' && t.status !== 'done';
    const ok = await q.updateTaskAt(trx, taskId, input.version, {
      ...(input.status !== undefined && { status: input.status, done_at: input.status === 'done' ? now : null, done_by: input.status === 'done' ? ctx.actor.userId : null }),
      ...(done || input.note !== undefined ? { done_note: input.note ?? null } : {}),
      ...(input.ownerUserId !== undefined && { owner_user_id: input.ownerUserId }),
      // A date set by hand no longer follows the meeting.
      ...(input.dueAt !== undefined && { due_at: input.dueAt, step_key: null }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.durationDays !== undefined && { duration_days: input.durationDays }),
      updated_at: now,
    });
    if (!ok) throw new AppError('conflict');
    if (t.parent_task_id && input.status !== undefined) await syncParent(trx, t.parent_task_id, now);
    await recordAudit(trx, ctx, { action: 'task.update', entityType: 'meeting', entityId: t.meeting_id, before: { taskId, status: t.status, owner: t.owner_user_id, dueAt: t.due_at }, after: { taskId, ...input } });
    const row = (await q.tasksOfMeeting(trx, t.meeting_id)).find((r) => r.id === taskId)!;
    return toTask(row, now, ctx.lang);
  });
}

/** The 会务分工明细表 of a meeting as XLSX. */
export async function divisionXlsx(ctx: Ctx, meetingId: string): Promise<{ fileName: string; buffer: Buffer }> {
  authorize(ctx, 'meeting.read');
  const meeting = ownRow(ctx, await findMeetingRow(ctx.db, meetingId));
  const org = await orgById(ctx.db, ctx.actor.orgId);
  const rows = await q.tasksOfMeetingWithPhones(ctx.db, meetingId);
  const buffer = await divisionSheet(
    { title: meeting.title, startAt: meeting.start_at, endAt: meeting.end_at, timeZone: meeting.time_zone, orgName: org.name },
    rows.map((r) => ({
      group: builtInGroup(r.group_name, ctx.lang), task: builtInText(r.step_key, r.title, ctx.lang), owner: r.owner_name, phone: r.owner_phone, dueAt: Number(r.due_at),
      status: r.status as 'open', phase: r.phase as 'before', evidence: r.done_note === null ? null : renderTaskNote(r.done_note, ctx.lang),
    })),
    { lang: ctx.lang },
  );
  return { fileName: `${DIVISION_WORDS[ctx.lang].title(meeting.title)}.xlsx`, buffer };
}
