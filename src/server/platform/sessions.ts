/** Sessions stored in the database (so any app process can serve any request) and the login throttle. */
import { ROLES, type Role } from '../../shared/roles';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { Actor } from './context';
import { AppError } from './errors';
import { hashToken, newId, newToken } from './ids';
import * as q from './sessions.queries';

/** A session never outlives this, however active. */
const ABSOLUTE_MS = 30 * 24 * 3_600_000;
/** Activity is written back at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

/** The cookie carrying the session token. */
export const SESSION_COOKIE = 'huiwu_session';

/** A resolved session: who is acting and the token state-changing requests must echo. */
export type ResolvedSession = { sessionId: string; actor: Actor; csrfToken: string; locale: string | null };

/** Starts a session; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function createSession(
  db: Db,
  user: { id: string; org_id: string },
  info: { ip?: string; userAgent?: string },
  now: number,
  sessionMs: number,
): Promise<{ token: string; csrfToken: string; expiresAt: number }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = now + sessionMs;
  await q.insertSession(db, {
    id: hashToken(token),
    user_id: user.id,
    org_id: user.org_id,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
    ip: info.ip ?? null,
    user_agent: info.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** Looks a cookie token up; slides the expiry forward at most once a minute. */
export async function resolveSession(db: Db, token: string, now: number, sessionMs: number): Promise<ResolvedSession | undefined> {
  const id = hashToken(token);
  const s = await q.findLiveSession(db, id, now);
  if (!s || now - s.created_at > ABSOLUTE_MS) return undefined;
  if (now - s.last_seen_at > TOUCH_EVERY_MS) await q.touchSession(db, id, now, Math.min(now + sessionMs, s.created_at + ABSOLUTE_MS));
  const roles = (await q.findRoles(db, s.user_id, s.org_id)).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    sessionId: id,
    csrfToken: s.csrf_token,
    locale: s.locale,
    actor: { userId: s.user_id, orgId: s.org_id, name: s.display_name, roles, personId: s.person_id },
  };
}

/** Ends the session a cookie token names. */
export async function endSession(db: Db, token: string): Promise<void> {
  await q.deleteSession(db, hashToken(token));
}

/** Ends every session of a user. */
export const endUserSessions = q.deleteUserSessions;

/** Throws `rate_limited` when a login name or an address has failed too often within the window. */
export async function assertLoginAllowed(db: Db, config: Pick<Config, 'loginMaxFailures' | 'loginWindowMs'>, loginKey: string, ip: string, now: number): Promise<void> {
  const since = now - config.loginWindowMs;
  const { byKey, byIp } = await q.countLoginFailures(db, loginKey, ip, since);
  const limited = byKey.n >= config.loginMaxFailures ? byKey : byIp.n >= config.loginMaxFailures * 4 ? byIp : undefined;
  if (limited) {
    const seconds = Math.max(1, Math.ceil(((limited.first ?? now) + config.loginWindowMs - now) / 1000));
    throw new AppError('rate_limited', { params: { seconds } });
  }
}

/** Counts one failed login. */
export async function recordLoginFailure(db: Db, loginKey: string, ip: string, now: number): Promise<void> {
  await q.insertLoginFailure(db, { id: newId(), login_key: loginKey, ip, at: now });
}

/** After a successful login: clears the name's failures and prunes old failures and expired sessions. */
export async function clearLoginFailures(db: Db, loginKey: string, now: number, windowMs: number): Promise<void> {
  await q.clearLoginFailures(db, loginKey, now - windowMs);
  await q.deleteExpiredSessions(db, now);
}
