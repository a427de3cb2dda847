/** In-app notifications: written in the same transaction as the change they report, read by their user. */
import { renderNotification, type NotificationKind, type NotificationParams } from '../../../shared/notifications';
import type { Db } from '../../db/database';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import * as q from './notification.queries';

/** Tells users something happened; duplicates in `userIds` get one notification. */
export async function notify(
  trx: Db,
  n: { orgId: string; userIds: readonly string[]; kind: NotificationKind; params: NotificationParams; link?: string; now: number },
): Promise<void> {
  const params = JSON.stringify(n.params);
  await q.insertNotifications(
    trx,
    [...new Set(n.userIds)].map((user_id) => ({
      id: newId(), org_id: n.orgId, user_id, kind: n.kind, params_json: params, link: n.link ?? null, read_at: null, created_at: n.now,
    })),
  );
}

/** The caller's notifications, rendered in their language. */
export async function myNotifications(ctx: Ctx, limit = 50) {
  const { rows, unread } = await q.listForUser(ctx.db, ctx.actor.userId, limit);
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id, kind: r.kind, text: renderNotification(r.kind, JSON.parse(r.params_json) as NotificationParams, ctx.lang), link: r.link, readAt: r.read_at, createdAt: r.created_at,
    })),
  };
}

/** Marks the caller's notifications read. */
export async function markMyNotificationsRead(ctx: Ctx, ids?: readonly string[]): Promise<void> {
  await q.markRead(ctx.db, ctx.actor.userId, ctx.now(), ids);
}

/** Active users holding a role, for when a venue names nobody. */
export const usersWithRole = q.usersWithRole;
