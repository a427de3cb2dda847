/** Reading the audit log (admins only). */
import { authorize } from '../../platform/access';
import { listAudit, type AuditFilter } from '../../platform/audit.queries';
import type { Ctx } from '../../platform/context';

function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

/** A page of the organisation's audit entries, newest first. */
export async function readAuditLog(ctx: Ctx, f: AuditFilter) {
  authorize(ctx, 'audit.read');
  const { rows, total } = await listAudit(ctx.db, ctx.actor.orgId, f);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id, at: r.at, actorUserId: r.actor_user_id, actorName: r.actor_name, action: r.action, entityType: r.entity_type,
      entityId: r.entity_id, before: parse(r.before_json), after: parse(r.after_json), requestId: r.request_id, ip: r.ip,
    })),
  };
}
