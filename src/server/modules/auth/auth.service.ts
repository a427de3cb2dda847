/** Signing in and out, the signed-in user's own profile, and changing one's password. */
import type { Me } from '../../../shared/directory';
import type { Lang } from '../../../shared/errors';
import { PERMISSIONS, hasPermission, type Permission } from '../../../shared/roles';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { recordAudit } from '../../platform/audit';
import type { Ctx, RequestInfo } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import {
  assertLoginAllowed, clearLoginFailures, createSession, endSession, endUserSessions, recordLoginFailure,
} from '../../platform/sessions';
import { orgById } from '../org';
import { findUser, findUserByUsername, hashPassword, toUser, updateUserRow, verifyPassword } from '../users';

type LoginConfig = Pick<Config, 'loginMaxFailures' | 'loginWindowMs' | 'sessionMs'>;

/** Checks the password (throttled per login name and address) and starts a new session, ending `previousToken`'s. */
export async function login(
  db: Db,
  config: LoginConfig,
  input: { username: string; password: string },
  info: RequestInfo & { userAgent?: string; previousToken?: string },
  now: number,
) {
  const loginKey = input.username.trim().toLowerCase();
  const ip = info.ip ?? 'unknown';
  await assertLoginAllowed(db, config, loginKey, ip, now);
  const user = await findUserByUsername(db, loginKey);
  const ok = await verifyPassword(user?.password_hash, input.password);
  if (!user || !ok || user.is_active !== 1) {
    await recordLoginFailure(db, loginKey, ip, now);
    throw new AppError('login_failed');
  }
  await clearLoginFailures(db, loginKey, now, config.loginWindowMs);
  if (info.previousToken) await endSession(db, info.previousToken);
  const session = await createSession(db, user, info, now, config.sessionMs);
  await db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, { last_login_at: now });
    const actor = { userId: user.id, orgId: user.org_id, name: user.display_name, roles: [], personId: user.person_id };
    await recordAudit(trx, { actor, now: () => now, request: info }, { action: 'user.login', entityType: 'user', entityId: user.id });
  });
  return { ...session, userId: user.id };
}

/** Ends the current session. */
export const logout = endSession;

/** Who the caller is, their organisation, roles and permissions, and the CSRF token to echo. */
export async function me(db: Db, userId: string, csrfToken: string): Promise<Me> {
  const user = await findUser(db, userId);
  if (!user) throw new AppError('unauthenticated');
  const org = await orgById(db, user.org_id);
  const u = toUser(user);
  const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => hasPermission(u.roles, p));
  return {
    user: { id: u.id, username: u.username, displayName: u.displayName, personId: u.personId, locale: user.locale },
    org,
    roles: u.roles,
    permissions,
    csrfToken,
  };
}

/** Saves the caller's language. */
export async function setLocale(ctx: Ctx, locale: Lang): Promise<void> {
  await updateUserRow(ctx.db, ctx.actor.userId, { locale, updated_at: ctx.now() });
}

/** Changes the caller's password after checking the current one; all their sessions end (the route starts a new one). */
export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const user = await findUser(ctx.db, ctx.actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) throw invalid('currentPassword', 'wrong_password');
  if (input.newPassword.toLowerCase() === user.username) throw invalid('newPassword', 'password_weak', { min: 10 });
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, { password_hash: hash, updated_at: ctx.now() });
    await endUserSessions(trx, user.id);
    await recordAudit(trx, ctx, { action: 'user.password', entityType: 'user', entityId: user.id });
  });
}
