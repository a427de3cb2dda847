/** HTTP route of the audit log. */
import { z } from 'zod';
import { pageOf, type ZodApp } from '../../platform/routing';
import { readAuditLog } from './audit.service';

const entrySchema = z.object({
  id: z.string(), at: z.number(), actorUserId: z.string().nullable(), actorName: z.string().nullable(), action: z.string(),
  entityType: z.string(), entityId: z.string(), before: z.unknown(), after: z.unknown(), requestId: z.string().nullable(), ip: z.string().nullable(),
});

const query = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(64).optional(),
  actorUserId: z.string().max(64).optional(),
  action: z.string().max(80).optional(),
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Registers `/api/audit`. */
export function registerAuditRoutes(app: ZodApp): void {
  app.get('/api/audit', {
    config: { access: 'audit.read' },
    schema: { tags: ['audit'], summary: 'Who changed what and when, newest first', querystring: query, response: { 200: pageOf(entrySchema) } },
  }, (req) => readAuditLog(req.ctx(), req.query));
}
