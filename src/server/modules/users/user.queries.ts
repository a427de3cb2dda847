/** SQL for user accounts and their roles. */
import type { Db } from '../../db/database';
import type { UserRow } from '../../db/tables';

/** Users of an organisation with their roles. */
export async function listUsers(db: Db, orgId: string) {
  const users = await db.selectFrom('users').selectAll().where('org_id', '=', orgId).orderBy('display_name').orderBy('id').execute();
  const roles = await db.selectFrom('user_roles').select(['user_id', 'role']).where('org_id', '=', orgId).execute();
  return users.map((u) => ({ ...u, roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role) }));
}

/** One user with roles. */
export async function findUser(db: Db, id: string) {
  const u = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!u) return undefined;
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', id).execute();
  return { ...u, roles: roles.map((r) => r.role) };
}

/** A user by login name (stored lower-case). */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

/** Stores a new account. */
export async function insertUser(db: Db, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Writes changed columns. */
export async function updateUser(db: Db, id: string, patch: Partial<UserRow>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/** Replaces a user's roles. */
export async function setRoles(db: Db, userId: string, orgId: string, roles: readonly string[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length) await db.insertInto('user_roles').values(roles.map((role) => ({ user_id: userId, org_id: orgId, role }))).execute();
}

/** Active admins of an organisation other than one user. */
export async function countOtherActiveAdmins(db: Db, orgId: string, exceptUserId: string): Promise<number> {
  const { n } = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.org_id', '=', orgId)
    .where('r.role', '=', 'admin')
    .where('u.is_active', '=', 1)
    .where('u.id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(n);
}
