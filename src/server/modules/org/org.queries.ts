/** SQL for the organisation row. */
import type { Db } from '../../db/database';
import type { OrganisationRow } from '../../db/tables';

/** One organisation by id. */
export async function findOrg(db: Db, id: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a new organisation. */
export async function insertOrg(db: Db, row: OrganisationRow): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

/** Writes changed columns. */
export async function updateOrg(db: Db, id: string, patch: Partial<OrganisationRow>): Promise<void> {
  await db.updateTable('organisations').set(patch).where('id', '=', id).execute();
}

/** True when no organisation exists yet (a fresh database). */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return !row;
}

/** Ids of every organisation (for sweeps that run per organisation). */
export async function allOrgIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('organisations').select('id').execute()).map((r) => r.id);
}
