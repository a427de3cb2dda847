/** SQL for the audit log. */
import type { Db } from '../db/database';
import type { AuditRow } from '../db/tables';

/** Appends one entry. */
export async function insertAudit(db: Db, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** Filters of the audit page. */
export type AuditFilter = { entityType?: string; entityId?: string; actorUserId?: string; action?: string; from?: number; to?: number; limit: number; offset: number };

/** A page of an organisation's entries, newest first, with the total. */
export async function listAudit(db: Db, orgId: string, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const base = db
    .selectFrom('audit_log')
    .where('org_id', '=', orgId)
    .$if(!!f.entityType, (qb) => qb.where('entity_type', '=', f.entityType!))
    .$if(!!f.entityId, (qb) => qb.where('entity_id', '=', f.entityId!))
    .$if(!!f.actorUserId, (qb) => qb.where('actor_user_id', '=', f.actorUserId!))
    .$if(!!f.action, (qb) => qb.where('action', '=', f.action!))
    .$if(f.from !== undefined, (qb) => qb.where('at', '>=', f.from!))
    .$if(f.to !== undefined, (qb) => qb.where('at', '<', f.to!));
  const rows = await base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute();
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}
