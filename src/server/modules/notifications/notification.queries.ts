/** SQL for in-app notifications. */
import type { Db } from '../../db/database';
import type { NotificationRow } from '../../db/tables';

/** Stores notifications. */
export async function insertNotifications(db: Db, rows: readonly NotificationRow[]): Promise<void> {
  if (rows.length) await db.insertInto('notifications').values([...rows]).execute();
}

/** A user's newest notifications and how many are unread. */
export async function listForUser(db: Db, userId: string, limit: number) {
  const rows = await db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const { n } = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return { rows, unread: Number(n) };
}

/** Marks a user's notifications read (all, or the given ids). */
export async function markRead(db: Db, userId: string, now: number, ids?: readonly string[]): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .$if(!!ids, (qb) => qb.where('id', 'in', ids!))
    .execute();
}

/** Users of an organisation holding a role (fallback recipients). */
export async function usersWithRole(db: Db, orgId: string, role: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('u.id')
    .where('r.org_id', '=', orgId)
    .where('r.role', '=', role)
    .where('u.is_active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}
