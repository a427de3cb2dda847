/** SQL for sessions and login failures. */
import type { Db } from '../db/database';
import type { SessionRow } from '../db/tables';

/** Stores a new session. */
export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** A live session joined with its user, or undefined when missing, expired or the user is inactive. */
export async function findLiveSession(db: Db, id: string, now: number) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id', 's.user_id', 's.org_id', 's.csrf_token', 's.last_seen_at', 's.expires_at', 's.created_at',
      'u.display_name', 'u.person_id', 'u.locale',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('u.is_active', '=', 1)
    .executeTakeFirst();
}

/** The roles a user holds in an organisation. */
export async function findRoles(db: Db, userId: string, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).where('org_id', '=', orgId).execute();
  return rows.map((r) => r.role);
}

/** Slides a session's expiry forward. */
export async function touchSession(db: Db, id: string, now: number, expiresAt: number): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
}

/** Ends one session. */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user (deactivation, password change). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Removes expired sessions. */
export async function deleteExpiredSessions(db: Db, now: number): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** Failed logins for a login name and for an address since a time. */
export async function countLoginFailures(db: Db, loginKey: string, ip: string, since: number) {
  const byKey = await db
    .selectFrom('login_failures')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min<number>('at').as('first')])
    .where('login_key', '=', loginKey)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  const byIp = await db
    .selectFrom('login_failures')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min<number>('at').as('first')])
    .where('ip', '=', ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { byKey: { n: Number(byKey.n), first: byKey.first }, byIp: { n: Number(byIp.n), first: byIp.first } };
}

/** Records a failed login. */
export async function insertLoginFailure(db: Db, row: { id: string; login_key: string; ip: string; at: number }): Promise<void> {
  await db.insertInto('login_failures').values(row).execute();
}

/** Forgets failures of a login name after a successful login, and everything older than the window. */
export async function clearLoginFailures(db: Db, loginKey: string, olderThan: number): Promise<void> {
  await db.deleteFrom('login_failures').where((eb) => eb.or([eb('login_key', '=', loginKey), eb('at', '<', olderThan)])).execute();
}
