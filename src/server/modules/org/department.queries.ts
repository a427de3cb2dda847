/** SQL for departments. */
import type { Db } from '../../db/database';
import type { DepartmentRow } from '../../db/tables';

/** All departments of an organisation in display order. */
export async function listDepartments(db: Db, orgId: string): Promise<DepartmentRow[]> {
  return db.selectFrom('departments').selectAll().where('org_id', '=', orgId).orderBy('sort_order').orderBy('name').execute();
}

/** One department by id (any organisation; the caller checks ownership). */
export async function findDepartment(db: Db, id: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A department of the organisation with this name, if any. */
export async function findDepartmentByName(db: Db, orgId: string, name: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('org_id', '=', orgId).where('name', '=', name).executeTakeFirst();
}

/** How many of these ids are departments of the organisation. */
export async function countDepartmentsIn(db: Db, orgId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { n } = await db
    .selectFrom('departments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Stores a new department. */
export async function insertDepartment(db: Db, row: DepartmentRow): Promise<void> {
  await db.insertInto('departments').values(row).execute();
}

/** Writes changed columns. */
export async function updateDepartment(db: Db, id: string, patch: Partial<DepartmentRow>): Promise<void> {
  await db.updateTable('departments').set(patch).where('id', '=', id).execute();
}

/** True when the person belongs to the organisation (a department's contact must). */
export async function isPersonOfOrg(db: Db, orgId: string, personId: string): Promise<boolean> {
  return !!(await db.selectFrom('people').select('id').where('org_id', '=', orgId).where('id', '=', personId).executeTakeFirst());
}
