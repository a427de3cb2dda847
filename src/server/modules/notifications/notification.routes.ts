/** HTTP routes of the caller's in-app notifications. */
import { z } from 'zod';
import { okSchema, type ZodApp } from '../../platform/routing';
import { markMyNotificationsRead, myNotifications } from './notification.service';

const itemSchema = z.object({ id: z.string(), kind: z.string(), text: z.string(), link: z.string().nullable(), readAt: z.number().nullable(), createdAt: z.number() });

/** Registers `/api/notifications`. */
export function registerNotificationRoutes(app: ZodApp): void {
  app.get('/api/notifications', {
    config: { access: 'signed_in' },
    schema: { tags: ['notifications'], summary: 'My notifications, newest first', response: { 200: z.object({ unread: z.number(), items: z.array(itemSchema) }) } },
  }, (req) => myNotifications(req.ctx()));

  app.post('/api/notifications/read', {
    config: { access: 'signed_in' },
    schema: { tags: ['notifications'], summary: 'Mark mine read (all, or `ids`)', body: z.object({ ids: z.array(z.string().min(1).max(64)).max(500).optional() }), response: { 200: okSchema } },
  }, async (req) => {
    await markMyNotificationsRead(req.ctx(), req.body.ids);
    return { ok: true as const };
  });
}
