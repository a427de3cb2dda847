/** SQL of task reminders. */
import type { Db } from '../../db/database';

function open(db: Db) {
  return db.selectFrom('tasks as t').innerJoin('meetings as m', 'm.id', 't.meeting_id')
    .select(['t.id', 't.org_id', 't.meeting_id', 't.title', 't.due_at', 't.owner_user_id', 't.step_key', 'm.title as meeting_title', 'm.time_zone'])
    .where('t.status', '=', 'open').where('t.owner_user_id', 'is not', null).where('m.status', 'not in', ['cancelled', 'closed']);
}

/** Open, owned tasks past due whose owner has not been told. */
export async function overdueUnreminded(db: Db, now: number) {
  return open(db).where('t.due_at', '<', now).where('t.reminded_overdue_at', 'is', null).limit(500).execute();
}

/** Open, owned tasks due before `until` whose owner has not been told. */
export async function dueSoonUnreminded(db: Db, now: number, until: number) {
  return open(db).where('t.due_at', '>=', now).where('t.due_at', '<', until).where('t.reminded_soon_at', 'is', null).limit(500).execute();
}

/** Marks a reminder sent; false when another process marked it first. */
export async function markReminded(db: Db, id: string, column: 'reminded_soon_at' | 'reminded_overdue_at', now: number): Promise<boolean> {
  const r = await db.updateTable('tasks').set({ [column]: now }).where('id', '=', id).where(column, 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
