/** SQL of group robots. */
import type { Db } from '../../db/database';
import type { ChannelBotRow } from '../../db/tables';

/** Active robots of the organisation among these ids. */
export async function activeBots(db: Db, orgId: string, ids: readonly string[]): Promise<ChannelBotRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('channel_bots').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).where('is_active', '=', 1).execute();
}

/** All robots of the organisation. */
export async function listBots(db: Db, orgId: string): Promise<ChannelBotRow[]> {
  return db.selectFrom('channel_bots').selectAll().where('org_id', '=', orgId).orderBy('created_at').execute();
}

/** One robot. */
export async function findBot(db: Db, id: string): Promise<ChannelBotRow | undefined> {
  return db.selectFrom('channel_bots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a robot. */
export async function insertBot(db: Db, row: ChannelBotRow): Promise<void> {
  await db.insertInto('channel_bots').values(row).execute();
}

/** Changes a robot. */
export async function updateBot(db: Db, id: string, patch: Partial<ChannelBotRow>): Promise<void> {
  await db.updateTable('channel_bots').set(patch).where('id', '=', id).execute();
}

/** Removes a robot. */
export async function deleteBot(db: Db, id: string): Promise<void> {
  await db.deleteFrom('channel_bots').where('id', '=', id).execute();
}
