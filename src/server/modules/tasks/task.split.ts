/** Splitting a task into sub-tasks (e.g. 设备准备 → 音响, 投影, 话筒) and closing the parent once every part is done. */
import type { z } from 'zod';
import type { splitTaskSchema, Task } from '../../../shared/tasks';
import type { Db } from '../../db/database';
import type { TaskRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { toTask } from './task.dto';
import * as q from './task.queries';
import { systemNote } from '../../../shared/task-notes';

// The note a parent closed by its parts carries (also how it is recognised to reopen).
const PARTS_DONE_NOTE = systemNote('parts_done');

/**
 * Adds sub-tasks under a task. A part without its own due date keeps the parent's and follows the meeting as the parent does;
 * parts inherit the parent's group, phase and dependencies. Sub-tasks are not split further (one level keeps the 分工表 readable).
 */
export async function splitTask(ctx: Ctx, taskId: string, input: z.infer<typeof splitTaskSchema>): Promise<Task[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const parent = ownRow(ctx, await q.findTask(trx, taskId));
    if (parent.version !== input.version) throw new AppError('conflict');
    if (parent.parent_task_id) throw invalid('parts', 'split_nested');
    if (parent.status !== 'open') throw invalid('parts', 'split_closed');
    for (const [i, part] of input.parts.entries()) {
      if (part.ownerUserId && !(await q.isUserOfOrg(trx, ctx.actor.orgId, part.ownerUserId))) throw invalid(`parts.${i}.ownerUserId`, 'unknown_reference');
    }
    const now = ctx.now();
    const siblings = (await q.childrenOf(trx, taskId)).length;
    const rows: TaskRow[] = input.parts.map((part, i) => ({
      ...parent, id: newId(), parent_task_id: parent.id, sort_order: parent.sort_order * 100 + siblings + i + 1,
      title: part.title, description: '', owner_user_id: part.ownerUserId === undefined ? parent.owner_user_id : part.ownerUserId,
      // Evidence stays with the parent: the system closes the whole task when it sees it done.
      evidence: null, step_key: part.dueAt === undefined ? parent.step_key : null, due_at: part.dueAt ?? Number(parent.due_at),
      duration_days: Math.min(parent.duration_days, part.durationDays ?? parent.duration_days),
      status: 'open', done_at: null, done_by: null, done_note: null, reminded_soon_at: null, reminded_overdue_at: null, version: 1, created_at: now, updated_at: now,
    }));
    await q.insertTasks(trx, rows);
    await q.updateTaskAt(trx, parent.id, parent.version, { updated_at: now });
    await recordAudit(trx, ctx, { action: 'task.split', entityType: 'meeting', entityId: parent.meeting_id, after: { taskId, parts: input.parts.map((p) => p.title) } });
    return (await q.tasksOfMeeting(trx, parent.meeting_id)).map((r) => toTask(r, now, ctx.lang));
  });
}

/** After a part changes: the parent closes when every live part is done, and reopens if it had closed that way and a part reopens. */
export async function syncParent(trx: Db, parentId: string, now: number): Promise<void> {
  const parent = await q.findTask(trx, parentId);
  if (!parent) return;
  const live = (await q.childrenOf(trx, parentId)).filter((c) => c.status !== 'cancelled');
  const allDone = live.length > 0 && live.every((c) => c.status === 'done');
  if (allDone && parent.status === 'open') {
    await q.updateTaskAt(trx, parent.id, parent.version, { status: 'done', done_at: now, done_by: 'system', done_note: PARTS_DONE_NOTE, updated_at: now });
  } else if (!allDone && parent.status === 'done' && parent.done_by === 'system' && parent.done_note === PARTS_DONE_NOTE) {
    await q.updateTaskAt(trx, parent.id, parent.version, { status: 'open', done_at: null, done_by: null, done_note: null, updated_at: now });
  }
}
