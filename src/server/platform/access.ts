/** The access check each use-case starts with. */
import { hasPermission, type Permission } from '../../shared/roles';
import type { Ctx } from './context';
import { AppError, notFound } from './errors';

/** Throws `forbidden` unless the actor holds the permission. */
export function authorize(ctx: Ctx, permission: Permission): void {
  if (!hasPermission(ctx.actor.roles, permission)) throw new AppError('forbidden', { params: { permission } });
}

/** Returns the row when it belongs to the actor's organisation; otherwise the same 404 as a missing row. */
export function ownRow<T extends { org_id: string }>(ctx: Ctx, row: T | undefined): T {
  if (!row || row.org_id !== ctx.actor.orgId) throw notFound();
  return row;
}
