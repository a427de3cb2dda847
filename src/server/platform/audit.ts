/** Writes the audit log: who changed what, when, and the row before and after, in the same transaction. */
import type { Db } from '../db/database';
import { insertAudit } from './audit.queries';
import type { Ctx } from './context';
import { newId } from './ids';

/** One audited change. `before`/`after` are plain objects (DTOs or rows) or null for create/delete. */
export type AuditEntry = { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown };

const secretKeys = new Set(['password_hash', 'passwordHash', 'password', 'token_hash', 'csrf_token', 'csrfToken', 'url']);

function toJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v) => (secretKeys.has(k) ? '[redacted]' : v));
}

/** Records a mutation; call it with the transaction that made the change. */
export async function recordAudit(trx: Db, ctx: Pick<Ctx, 'actor' | 'now' | 'request'>, e: AuditEntry): Promise<void> {
  await insertAudit(trx, {
    id: newId(),
    org_id: ctx.actor.orgId,
    actor_user_id: ctx.actor.userId,
    actor_name: ctx.actor.name,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    before_json: toJson(e.before),
    after_json: toJson(e.after),
    request_id: ctx.request?.requestId ?? null,
    ip: ctx.request?.ip ?? null,
    at: ctx.now(),
  });
}
