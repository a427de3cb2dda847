/** HTTP routes of delivery: the read-tracking pixel and the local mail outbox. */
import { z } from 'zod';
import type { Database } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { idParams, pageOf, type ZodApp } from '../../platform/routing';
import * as q from './delivery.queries';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Registers `/api/track/:token` (public) and `/api/outbox`. */
export function registerDeliveryRoutes(app: ZodApp, database: Database): void {
  app.get('/api/track/:token', {
    config: { access: 'public' },
    schema: { tags: ['notices'], summary: 'Read-tracking pixel of a mail (public)', params: z.object({ token: z.string().min(8).max(64) }) },
  }, async (req, reply) => {
    const d = await q.findByTrackToken(database.db, req.params.token);
    if (d) await q.markRead(database.db, d.id, Date.now());
    return reply.type('image/gif').header('cache-control', 'no-store').send(PIXEL);
  });

  app.get('/api/outbox', {
    config: { access: 'notice.write' },
    schema: {
      tags: ['notices'], summary: 'Mail kept locally because no SMTP server is configured',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) }),
      response: { 200: pageOf(z.object({ id: z.string(), deliveryId: z.string(), to: z.string(), subject: z.string(), createdAt: z.number() })) },
    },
  }, async (req) => {
    const ctx = req.ctx();
    authorize(ctx, 'notice.write');
    const { rows, total } = await q.listOutbox(ctx.db, ctx.actor.orgId, req.query.limit, req.query.offset);
    return { total, items: rows.map((r) => ({ id: r.id, deliveryId: r.delivery_id, to: r.to_address, subject: r.subject, createdAt: r.created_at })) };
  });

  app.get('/api/outbox/:id/message.eml', {
    config: { access: 'notice.write' }, schema: { tags: ['notices'], summary: 'One outbox mail as .eml (opens in Outlook or any mail client)', params: idParams },
  }, async (req, reply) => {
    const ctx = req.ctx();
    authorize(ctx, 'notice.write');
    const row = ownRow(ctx, await q.findOutbox(ctx.db, req.params.id));
    return reply.type('message/rfc822').header('content-disposition', `attachment; filename="${row.delivery_id}.eml"`).send(row.raw);
  });
}
