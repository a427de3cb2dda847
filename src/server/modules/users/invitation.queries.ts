/** SQL for invitations. */
import type { Db } from '../../db/database';
import type { InvitationRow } from '../../db/tables';

/** Stores a new invitation. */
export async function insertInvitation(db: Db, row: InvitationRow): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

/** Open invitations of an organisation (not accepted, revoked or expired). */
export async function listOpenInvitations(db: Db, orgId: string, now: number): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
}

/** One invitation by id. */
export async function findInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The open invitation a token hash names, with its organisation's name. */
export async function findOpenInvitationByTokenHash(db: Db, tokenHash: string, now: number) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.org_id')
    .selectAll('i')
    .select('o.name as org_name')
    .where('i.token_hash', '=', tokenHash)
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', now)
    .executeTakeFirst();
}

/** Marks an invitation used, only if it still is open (so two tabs cannot both accept it). */
export async function markAccepted(db: Db, id: string, userId: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_user_id: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Withdraws an invitation. */
export async function markRevoked(db: Db, id: string, now: number): Promise<void> {
  await db.updateTable('invitations').set({ revoked_at: now }).where('id', '=', id).execute();
}
