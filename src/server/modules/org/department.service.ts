/** Departments (部门): who organises a meeting and which departments take part. */
import type { Department } from '../../../shared/directory';
import type { DepartmentRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { Db } from '../../db/database';
import * as q from './department.queries';

/** Input of create and update. */
export type DepartmentInput = { name: string; code?: string | null; parentId?: string | null; sortOrder?: number; isActive?: boolean; contactPersonId?: string | null };

/** The DTO of a department row. */
export function toDepartment(r: DepartmentRow): Department {
  return { id: r.id, name: r.name, code: r.code, parentId: r.parent_id, sortOrder: r.sort_order, isActive: r.is_active === 1, contactPersonId: r.contact_person_id };
}

/** The organisation's departments. */
export async function listDepartments(ctx: Ctx): Promise<Department[]> {
  authorize(ctx, 'department.read');
  return (await q.listDepartments(ctx.db, ctx.actor.orgId)).map(toDepartment);
}

async function checkNameAndParent(trx: Db, ctx: Ctx, input: DepartmentInput, selfId?: string): Promise<void> {
  const same = await q.findDepartmentByName(trx, ctx.actor.orgId, input.name);
  if (same && same.id !== selfId) throw invalid('name', 'duplicate');
  if (input.parentId) {
    const parent = await q.findDepartment(trx, input.parentId);
    if (!parent || parent.org_id !== ctx.actor.orgId || parent.id === selfId) throw invalid('parentId', 'unknown_reference');
  }
  if (input.contactPersonId && !(await q.isPersonOfOrg(trx, ctx.actor.orgId, input.contactPersonId))) throw invalid('contactPersonId', 'unknown_reference');
}

/** Adds a department; the name is unique within the organisation. */
export async function createDepartment(ctx: Ctx, input: DepartmentInput): Promise<Department> {
  authorize(ctx, 'department.manage');
  return ctx.db.transaction().execute(async (trx) => {
    await checkNameAndParent(trx, ctx, input);
    const now = ctx.now();
    const row: DepartmentRow = {
      id: newId(), org_id: ctx.actor.orgId, name: input.name, code: input.code ?? null, parent_id: input.parentId ?? null,
      sort_order: input.sortOrder ?? 0, is_active: input.isActive === false ? 0 : 1, contact_person_id: input.contactPersonId ?? null, created_at: now, updated_at: now,
    };
    await q.insertDepartment(trx, row);
    const after = toDepartment(row);
    await recordAudit(trx, ctx, { action: 'department.create', entityType: 'department', entityId: row.id, after });
    return after;
  });
}

/** Renames, re-parents, reorders or deactivates a department. */
export async function updateDepartment(ctx: Ctx, id: string, input: DepartmentInput): Promise<Department> {
  authorize(ctx, 'department.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const row = ownRow(ctx, await q.findDepartment(trx, id));
    await checkNameAndParent(trx, ctx, input, id);
    await q.updateDepartment(trx, id, {
      name: input.name,
      ...(input.code !== undefined && { code: input.code }),
      ...(input.parentId !== undefined && { parent_id: input.parentId }),
      ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
      ...(input.isActive !== undefined && { is_active: input.isActive ? 1 : 0 }),
      ...(input.contactPersonId !== undefined && { contact_person_id: input.contactPersonId }),
      updated_at: ctx.now(),
    });
    const after = toDepartment((await q.findDepartment(trx, id))!);
    await recordAudit(trx, ctx, { action: 'department.update', entityType: 'department', entityId: id, before: toDepartment(row), after });
    return after;
  });
}

/** Throws a field error unless every id is a department of the actor's organisation. */
export async function assertDepartmentsExist(db: Db, orgId: string, ids: readonly string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  if ((await q.countDepartmentsIn(db, orgId, unique)) !== unique.length) throw invalid(field, 'unknown_reference');
}
