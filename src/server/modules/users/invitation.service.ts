/** Invitations: an admin invites someone with roles; they open the link and choose a login and password. */
import { z } from 'zod';
import type { invitationSchema } from '../../../shared/directory';
import { MIN_PASSWORD } from '../../../shared/directory';
import type { Role } from '../../../shared/roles';
import type { Db } from '../../db/database';
import type { InvitationRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { hashToken, newId, newToken } from '../../platform/ids';
import * as q from './invitation.queries';
import { cleanRoles, insertAccount, usernameTaken } from './user.service';

/** How long an invitation link stays valid. */
export const INVITATION_MS = 7 * 24 * 3_600_000;

type InvitationDto = z.infer<typeof invitationSchema>;

function toInvitation(r: InvitationRow, url?: string): InvitationDto {
  return {
    id: r.id, displayName: r.display_name, email: r.email, roles: cleanRoles(JSON.parse(r.roles_json) as string[]),
    expiresAt: r.expires_at, createdAt: r.created_at, ...(url ? { url } : {}),
  };
}

/** Creates an invitation; the link (with the only copy of the token) is returned once. */
export async function createInvitation(
  ctx: Ctx,
  input: { displayName: string; email?: string | null; roles: Role[] },
  publicUrl: string,
): Promise<InvitationDto> {
  authorize(ctx, 'user.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const token = newToken();
    const now = ctx.now();
    const row: InvitationRow = {
      id: newId(), org_id: ctx.actor.orgId, email: input.email ?? null, display_name: input.displayName,
      roles_json: JSON.stringify(cleanRoles(input.roles)), token_hash: hashToken(token), expires_at: now + INVITATION_MS,
      accepted_at: null, accepted_user_id: null, revoked_at: null, created_by: ctx.actor.userId, created_at: now,
    };
    await q.insertInvitation(trx, row);
    await recordAudit(trx, ctx, { action: 'invitation.create', entityType: 'invitation', entityId: row.id, after: toInvitation(row) });
    return toInvitation(row, `${publicUrl}/invite/${token}`);
  });
}

/** Invitations not yet accepted, revoked or expired. */
export async function listInvitations(ctx: Ctx): Promise<InvitationDto[]> {
  authorize(ctx, 'user.manage');
  return (await q.listOpenInvitations(ctx.db, ctx.actor.orgId, ctx.now())).map((r) => toInvitation(r));
}

/** Withdraws an invitation so its link stops working. */
export async function revokeInvitation(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'user.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = ownRow(ctx, await q.findInvitation(trx, id));
    await q.markRevoked(trx, id, ctx.now());
    await recordAudit(trx, ctx, { action: 'invitation.revoke', entityType: 'invitation', entityId: id, before: toInvitation(row) });
  });
}

/** What the invitee sees before accepting (public: the token is the credential). */
export async function lookupInvitation(db: Db, token: string, now: number) {
  const row = await q.findOpenInvitationByTokenHash(db, hashToken(token), now);
  if (!row) throw invalid('token', 'invitation_invalid');
  return { orgName: row.org_name, displayName: row.display_name, email: row.email, roles: cleanRoles(JSON.parse(row.roles_json) as string[]) };
}

/** Accepts an invitation: creates the account with the invited roles, exactly once; audited as the new user. */
export async function acceptInvitation(db: Db, input: { token: string; username: string; password: string }, now: number, request?: Ctx['request']) {
  if (input.password.length < MIN_PASSWORD) throw invalid('password', 'password_weak', { min: MIN_PASSWORD });
  return db.transaction().execute(async (trx) => {
    const inv = await q.findOpenInvitationByTokenHash(trx, hashToken(input.token), now);
    if (!inv) throw invalid('token', 'invitation_invalid');
    const user = await insertAccount(
      trx,
      { orgId: inv.org_id, username: input.username, displayName: inv.display_name, email: inv.email, password: input.password, roles: JSON.parse(inv.roles_json) as string[] },
      now,
    ).catch(usernameTaken);
    if (!(await q.markAccepted(trx, inv.id, user.id, now))) throw new AppError('conflict');
    const actor = { userId: user.id, orgId: inv.org_id, name: user.display_name, roles: [], personId: null };
    await recordAudit(trx, { actor, now: () => now, request }, { action: 'invitation.accept', entityType: 'user', entityId: user.id, after: { username: user.username, invitationId: inv.id } });
    return user;
  });
}
