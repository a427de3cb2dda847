/** The people directory: staff by department and external contacts. */
import type { Person } from '../../../shared/directory';
import type { PersonRow } from '../../db/tables';
import type { Db } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { assertDepartmentsExist } from '../org';
import { encryptText, maskIdNumber } from '../../platform/secrets';
import * as q from './person.queries';

/** Input of create and update. */
export type PersonInput = {
  kind: 'staff' | 'external';
  name: string;
  departmentId?: string | null;
  unit?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  gender?: 'male' | 'female' | null;
  category?: Person['category'];
  idNumber?: string | null;
  isActive?: boolean;
};

/** The DTO of a person row (with the department's name when joined). */
export function toPerson(r: PersonRow & { department_name?: string | null }): Person {
  return {
    id: r.id, kind: r.kind as Person['kind'], name: r.name, departmentId: r.department_id, departmentName: r.department_name ?? null,
    unit: r.unit, title: r.title, phone: r.phone, email: r.email, gender: r.gender as Person['gender'], category: r.category as Person['category'],
    idNumberMasked: r.id_number_masked, isActive: r.is_active === 1,
  };
}

/** The two stored columns of an ID number: sealed and masked (undefined keeps, null clears). */
export function idNumberColumns(idNumber: string | null): Pick<PersonRow, 'id_number_cipher' | 'id_number_masked'>;
export function idNumberColumns(idNumber: string | null | undefined): Partial<Pick<PersonRow, 'id_number_cipher' | 'id_number_masked'>>;
export function idNumberColumns(idNumber: string | null | undefined): Partial<Pick<PersonRow, 'id_number_cipher' | 'id_number_masked'>> {
  if (idNumber === undefined) return {};
  if (idNumber === null) return { id_number_cipher: null, id_number_masked: null };
  return { id_number_cipher: encryptText(idNumber), id_number_masked: maskIdNumber(idNumber) };
}

/** Searches the directory. */
export async function listPeople(ctx: Ctx, f: q.PeopleFilter): Promise<{ items: Person[]; total: number }> {
  authorize(ctx, 'person.read');
  const { rows, total } = await q.listPeople(ctx.db, ctx.actor.orgId, f);
  return { items: rows.map(toPerson), total };
}

/** One person. */
export async function getPerson(ctx: Ctx, id: string): Promise<Person> {
  authorize(ctx, 'person.read');
  return toPerson(ownRow(ctx, await q.findPerson(ctx.db, id)));
}

/** Adds a person to the directory. */
export async function createPerson(ctx: Ctx, input: PersonInput): Promise<Person> {
  authorize(ctx, 'person.manage');
  return ctx.db.transaction().execute(async (trx) => {
    if (input.departmentId) await assertDepartmentsExist(trx, ctx.actor.orgId, [input.departmentId], 'departmentId');
    const now = ctx.now();
    const row: PersonRow = {
      id: newId(), org_id: ctx.actor.orgId, kind: input.kind, name: input.name, department_id: input.departmentId ?? null,
      unit: input.unit ?? null, title: input.title ?? null, phone: input.phone ?? null, email: input.email ?? null,
      gender: input.gender ?? null, category: input.category ?? null, ...idNumberColumns(input.idNumber ?? null),
      is_active: input.isActive === false ? 0 : 1, created_at: now, updated_at: now,
    };
    await q.insertPerson(trx, row);
    const after = toPerson((await q.findPerson(trx, row.id))!);
    await recordAudit(trx, ctx, { action: 'person.create', entityType: 'person', entityId: row.id, after });
    return after;
  });
}

/** Changes a person's details. */
export async function updatePerson(ctx: Ctx, id: string, input: PersonInput): Promise<Person> {
  authorize(ctx, 'person.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const before = toPerson(ownRow(ctx, await q.findPerson(trx, id)));
    if (input.departmentId) await assertDepartmentsExist(trx, ctx.actor.orgId, [input.departmentId], 'departmentId');
    await q.updatePerson(trx, id, {
      kind: input.kind, name: input.name,
      ...(input.departmentId !== undefined && { department_id: input.departmentId }),
      ...(input.unit !== undefined && { unit: input.unit }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.gender !== undefined && { gender: input.gender }),
      ...(input.category !== undefined && { category: input.category }),
      ...idNumberColumns(input.idNumber),
      ...(input.isActive !== undefined && { is_active: input.isActive ? 1 : 0 }),
      updated_at: ctx.now(),
    });
    const after = toPerson((await q.findPerson(trx, id))!);
    await recordAudit(trx, ctx, { action: 'person.update', entityType: 'person', entityId: id, before, after });
    return after;
  });
}

/** Throws a field error unless the id is a person of the organisation. */
export async function assertPersonExists(db: Db, orgId: string, id: string, field: string): Promise<void> {
  const row = await q.findPerson(db, id);
  if (!row || row.org_id !== orgId) throw invalid(field, 'unknown_reference');
}

/** Creates a person without an actor (demo data, CLI). */
export async function insertPersonRow(db: Db, row: PersonRow): Promise<void> {
  await q.insertPerson(db, row);
}
