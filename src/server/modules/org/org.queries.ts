/** SQL for the organisation row and its logo. */
import type { Db } from '../../db/database';
import type { OrganisationRow, OrgLogoRow } from '../../db/tables';

/** One organisation by id, with when its logo was last set (null: no logo). */
export async function findOrg(db: Db, id: string): Promise<(OrganisationRow & { logo_updated_at: number | null }) | undefined> {
  return db.selectFrom('organisations as o').leftJoin('org_logos as l', 'l.org_id', 'o.id')
    .selectAll('o').select('l.updated_at as logo_updated_at').where('o.id', '=', id).executeTakeFirst();
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

/** The organisation's logo with its bytes. */
export async function findLogo(db: Db, orgId: string): Promise<OrgLogoRow | undefined> {
  return db.selectFrom('org_logos').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** Stores or replaces the organisation's logo. */
export async function saveLogo(db: Db, row: OrgLogoRow): Promise<void> {
  await db.insertInto('org_logos').values(row).onConflict((oc) => oc.column('org_id').doUpdateSet({ mime: row.mime, content: row.content, updated_at: row.updated_at })).execute();
}

/** Removes the organisation's logo; false when there was none. */
export async function deleteLogo(db: Db, orgId: string): Promise<boolean> {
  const res = await db.deleteFrom('org_logos').where('org_id', '=', orgId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
