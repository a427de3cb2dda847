/** Reminders to task owners: once when a task falls due within a day, once when it is overdue; safe with several processes sweeping. */
import type { Database } from '../../db/database';
import { notify } from '../notifications';
import * as q from './task.reminders.queries';

/** Tells owners about tasks due within a day and tasks overdue, each once; returns how many reminders went out. */
export async function remindTaskOwners(database: Database, now: number): Promise<number> {
  let sent = 0;
  for (const [kind, column, rows] of [
    ['task_overdue', 'reminded_overdue_at', await q.overdueUnreminded(database.db, now)],
    ['task_due_soon', 'reminded_soon_at', await q.dueSoonUnreminded(database.db, now, now + 86_400_000)],
  ] as const) {
    for (const t of rows) {
      await database.db.transaction().execute(async (trx) => {
        // Only the process whose update takes the row tells the owner.
        if (!(await q.markReminded(trx, t.id, column, now))) return;
        await notify(trx, { orgId: t.org_id, userIds: [t.owner_user_id!], kind, params: { title: t.title, stepKey: t.step_key, meeting: t.meeting_title, dueAt: Number(t.due_at), timeZone: t.time_zone }, link: `/meetings/${t.meeting_id}?tab=tasks`, now });
        sent++;
      });
    }
  }
  return sent;
}
