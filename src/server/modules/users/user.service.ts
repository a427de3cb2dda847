/** User accounts: admins list them, change their roles, deactivate them. */
import type { User } from '../../../shared/directory';
import { ROLES, type Role } from '../../../shared/roles';
import type { Db } from '../../db/database';
import type { UserRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { endUserSessions } from '../../platform/sessions';
import { assertPersonExists } from '../people';
import { hashPassword } from './password';
import * as q from './user.queries';

/** Only known roles, in the canonical order. */
export function cleanRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

/** The DTO of a user row with roles. */
export function toUser(u: UserRow & { roles: string[] }): User {
  return {
    id: u.id, username: u.username, displayName: u.display_name, email: u.email, personId: u.person_id,
    roles: cleanRoles(u.roles), isActive: u.is_active === 1, lastLoginAt: u.last_login_at, createdAt: u.created_at,
  };
}

/** The organisation's accounts. */
export async function listUsers(ctx: Ctx): Promise<User[]> {
  authorize(ctx, 'user.manage');
  return (await q.listUsers(ctx.db, ctx.actor.orgId)).map(toUser);
}

/** Active accounts with names and roles, for pickers of people who need no user administration. */
export async function userOptions(ctx: Ctx): Promise<{ id: string; displayName: string; roles: Role[] }[]> {
  authorize(ctx, 'venue.manage');
  return (await q.listUsers(ctx.db, ctx.actor.orgId)).filter((u) => u.is_active === 1).map((u) => ({ id: u.id, displayName: u.display_name, roles: cleanRoles(u.roles) }));
}

/** Input of `updateUser`. */
export type UpdateUserInput = { displayName?: string; email?: string | null; roles?: Role[]; isActive?: boolean; personId?: string | null };

/** Changes an account; the organisation always keeps one active admin; deactivation ends their sessions. */
export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput): Promise<User> {
  authorize(ctx, 'user.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const row = ownRow(ctx, await q.findUser(trx, id));
    const losesAdmin = row.roles.includes('admin') && ((input.roles && !input.roles.includes('admin')) || input.isActive === false);
    if (losesAdmin && (await q.countOtherActiveAdmins(trx, ctx.actor.orgId, id)) === 0) {
      throw invalid(input.roles && !input.roles.includes('admin') ? 'roles' : 'isActive', 'last_admin');
    }
    if (input.personId) await assertPersonExists(trx, ctx.actor.orgId, input.personId, 'personId');
    await q.updateUser(trx, id, {
      ...(input.displayName !== undefined && { display_name: input.displayName }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.isActive !== undefined && { is_active: input.isActive ? 1 : 0 }),
      ...(input.personId !== undefined && { person_id: input.personId }),
      updated_at: ctx.now(),
    });
    if (input.roles) await q.setRoles(trx, id, ctx.actor.orgId, cleanRoles(input.roles));
    if (input.isActive === false) await endUserSessions(trx, id);
    const after = toUser((await q.findUser(trx, id))!);
    await recordAudit(trx, ctx, { action: 'user.update', entityType: 'user', entityId: id, before: toUser(row), after });
    return after;
  });
}

/** Fields of a new account. */
export type NewAccount = { orgId: string; username: string; displayName: string; email?: string | null; password: string; roles: readonly string[]; personId?: string | null };

/** Creates an account with roles (invitation acceptance, CLI, demo data); the username must be free. */
export async function insertAccount(db: Db, a: NewAccount, now: number): Promise<UserRow> {
  const username = a.username.toLowerCase();
  if (await q.findUserByUsername(db, username)) throw invalid('username', 'duplicate');
  if (a.password.length < 10 || a.password.toLowerCase() === username) throw invalid('password', 'password_weak', { min: 10 });
  const row: UserRow = {
    id: newId(), org_id: a.orgId, person_id: a.personId ?? null, username, display_name: a.displayName, email: a.email ?? null,
    password_hash: await hashPassword(a.password), locale: null, is_active: 1, last_login_at: null, created_at: now, updated_at: now,
  };
  await q.insertUser(db, row);
  await q.setRoles(db, row.id, a.orgId, cleanRoles(a.roles));
  return row;
}

/** Thrown when a username collides under concurrency; the unique index is the final word. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e.message ?? '');
}

/** Re-throws a unique violation on `users.username` as a field error. */
export function usernameTaken(err: unknown): never {
  if (isUniqueViolation(err)) throw new AppError('validation', { fields: [{ field: 'username', reason: 'duplicate' }] });
  throw err;
}
