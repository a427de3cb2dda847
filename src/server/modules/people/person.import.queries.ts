/** SQL of the directory's sheet import and export, and the bulk lookups other modules' imports (名单) make. */
import type { Db } from '../../db/database';
import type { PersonRow } from '../../db/tables';
import { chunks } from '../../platform/table-import';

/** Every person of an organisation with their department's name, by name (the export). */
export async function allPeopleWithDepartment(db: Db, orgId: string) {
  return db
    .selectFrom('people as p')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .selectAll('p')
    .select('d.name as department_name')
    .where('p.org_id', '=', orgId)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

/** Departments of an organisation (id and name), in display order: a sheet names them by name. */
export async function departmentNames(db: Db, orgId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('departments').select(['id', 'name']).where('org_id', '=', orgId).orderBy('sort_order').orderBy('name').execute();
}

/** People of an organisation with one of these phones, oldest first (so the first per phone is the one a sheet means). */
export async function peopleByPhones(db: Db, orgId: string, phones: readonly string[]): Promise<PersonRow[]> {
  const out: PersonRow[] = [];
  for (const part of chunks([...new Set(phones)], 500)) {
    out.push(...(await db.selectFrom('people').selectAll().where('org_id', '=', orgId).where('phone', 'in', part).orderBy('created_at').orderBy('id').execute()));
  }
  return out;
}

/** People of an organisation without a phone who bear one of these names (a sheet row without a phone is matched by name). */
export async function phonelessPeopleByNames(db: Db, orgId: string, names: readonly string[]): Promise<PersonRow[]> {
  const out: PersonRow[] = [];
  for (const part of chunks([...new Set(names)], 500)) {
    out.push(...(await db.selectFrom('people').selectAll().where('org_id', '=', orgId).where('phone', 'is', null).where('name', 'in', part).execute()));
  }
  return out;
}

/** Stores many people, 200 rows per statement. */
export async function insertPeople(db: Db, rows: readonly PersonRow[]): Promise<void> {
  for (const part of chunks(rows, 200)) await db.insertInto('people').values(part).execute();
}

/** Writes changed columns of one person. */
export async function patchPerson(db: Db, id: string, patch: Partial<PersonRow>): Promise<void> {
  await db.updateTable('people').set(patch).where('id', '=', id).execute();
}
