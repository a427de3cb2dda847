/** HTTP routes of calendar feeds, and the public .ics URL calendar apps fetch. */
import { z } from 'zod';
import type { Config } from '../../config';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { createFeed, createFeedSchema, feedSchema, myFeeds, renderFeed, revokeFeed } from './calendar.service';

/** Registers `/api/calendar-feeds` and `GET /cal/<token>.ics`. */
export function registerCalendarRoutes(app: ZodApp, config: Pick<Config, 'publicUrl'>, db: Parameters<typeof renderFeed>[0]): void {
  app.get('/api/calendar-feeds', {
    config: { access: 'venue.read' },
    schema: { tags: ['calendars'], summary: 'My calendar feeds', response: { 200: z.array(feedSchema) } },
  }, (req) => myFeeds(req.ctx(), config.publicUrl));

  app.post('/api/calendar-feeds', {
    config: { access: 'venue.read' },
    schema: { tags: ['calendars'], summary: 'A secret iCalendar URL for a venue or a person', body: createFeedSchema, response: { 201: feedSchema } },
  }, async (req, reply) => reply.status(201).send(await createFeed(req.ctx(), req.body, config.publicUrl)));

  app.delete('/api/calendar-feeds/:id', {
    config: { access: 'venue.read' },
    schema: { tags: ['calendars'], summary: 'Revoke a feed', params: idParams, response: { 200: okSchema } },
  }, async (req) => {
    await revokeFeed(req.ctx(), req.params.id);
    return { ok: true as const };
  });

  // Outside /api: calendar apps fetch it without a session; the token in the URL is the credential.
  app.get('/cal/:file', { schema: { hide: true, params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) }) } }, async (req, reply) => {
    const ics = await renderFeed(db, req.params.file.replace(/\.ics$/, ''), Date.now());
    if (!ics) return reply.status(404).type('text/plain').send('Not found');
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(ics);
  });
}
