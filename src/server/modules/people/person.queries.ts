/** SQL for people. */
import type { Db } from '../../db/database';
import { containsText } from '../../db/sql';
import type { PersonRow } from '../../db/tables';

/** Filters of the people list. */
export type PeopleFilter = { q?: string; departmentId?: string; kind?: string; limit: number; offset: number };

/** A page of people with department names, and the total. */
export async function listPeople(db: Db, orgId: string, f: PeopleFilter) {
  const base = db
    .selectFrom('people as p')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .where('p.org_id', '=', orgId)
    .$if(!!f.q, (qb) =>
      qb.where((eb) =>
        eb.or([containsText('p.name', f.q!), containsText('p.phone', f.q!), containsText('p.unit', f.q!)]),
      ),
    )
    .$if(!!f.departmentId, (qb) => qb.where('p.department_id', '=', f.departmentId!))
    .$if(!!f.kind, (qb) => qb.where('p.kind', '=', f.kind!));
  const rows = await base.selectAll('p').select('d.name as department_name').orderBy('p.name').orderBy('p.id').limit(f.limit).offset(f.offset).execute();
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** One person with their department's name. */
export async function findPerson(db: Db, id: string) {
  return db
    .selectFrom('people as p')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .selectAll('p')
    .select('d.name as department_name')
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** Stores a new person. */
export async function insertPerson(db: Db, row: PersonRow): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

/** Writes changed columns. */
export async function updatePerson(db: Db, id: string, patch: Partial<PersonRow>): Promise<void> {
  await db.updateTable('people').set(patch).where('id', '=', id).execute();
}

/** Names of people of an organisation by id. */
export async function peopleNames(db: Db, orgId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'name']).where('org_id', '=', orgId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
