/** HTTP routes of the venue registry and closures. */
import QRCode from 'qrcode';
import { z } from 'zod';
import { closureInputSchema, closureSchema, venueInputSchema, venueSchema } from '../../../shared/venues';
import type { Config } from '../../config';
import { ownRow } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { addClosure, listClosures, removeClosure } from './closure.service';
import { findVenue } from './venue.queries';
import { exportVenues, importVenues } from './venue.import';
import { createVenue, getVenue, listVenues, updateVenue } from './venue.service';

const range = z.object({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0), venueId: z.string().max(64).optional() });

/** Registers `/api/venues` and `/api/venue-closures`. */
export function registerVenueRoutes(app: ZodApp, config: Pick<Config, 'publicUrl'>): void {
  app.get('/api/venues', {
    config: { access: 'venue.read' },
    schema: { tags: ['venues'], summary: 'The venue registry', querystring: z.object({ active: z.enum(['true', 'false']).optional() }), response: { 200: z.array(venueSchema) } },
  }, (req) => listVenues(req.ctx(), { activeOnly: req.query.active === 'true' }));

  app.get('/api/venues/export.xlsx', {
    config: { access: 'venue.read' },
    schema: { tags: ['venues'], summary: '主要会议场所明细表 as Excel' },
  }, async (req, reply) =>
    reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('主要会议场所明细表.xlsx')}`)
      .send(await exportVenues(req.ctx())));

  app.post('/api/venues/import', {
    config: { access: 'venue.manage' },
    bodyLimit: 5 * 1024 * 1024,
    schema: {
      tags: ['venues'],
      summary: 'Import the sheet (the .xlsx bytes as the body). Every cell is checked first; any problem lists them all in error.details.rows and imports nothing',
      querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      response: { 200: z.object({ rows: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), dryRun: z.boolean() }) },
    },
  }, (req) => importVenues(req.ctx(), req.body as Buffer, req.query.dryRun === 'true'));

  app.get('/api/venues/:id', {
    config: { access: 'venue.read' },
    schema: { tags: ['venues'], summary: 'One venue with its rules in force', params: idParams, response: { 200: venueSchema } },
  }, (req) => getVenue(req.ctx(), req.params.id));

  app.post('/api/venues', {
    config: { access: 'venue.manage' },
    schema: { tags: ['venues'], summary: 'Add a venue (money in fen)', body: venueInputSchema, response: { 201: venueSchema } },
  }, async (req, reply) => reply.status(201).send(await createVenue(req.ctx(), req.body)));

  app.put('/api/venues/:id', {
    config: { access: 'venue.manage' },
    schema: { tags: ['venues'], summary: 'Change a venue (`version` as read)', params: idParams, body: venueInputSchema.extend({ version: z.number().int().min(1) }), response: { 200: venueSchema } },
  }, (req) => updateVenue(req.ctx(), req.params.id, req.body));

  app.get('/api/venues/:id/door-qr', {
    config: { access: 'venue.manage' },
    schema: { tags: ['venues'], summary: 'The QR code (SVG) to post at the door: opens the room check-in page', params: idParams },
  }, async (req, reply) => {
    const ctx = req.ctx();
    const venue = ownRow(ctx, await findVenue(ctx.db, req.params.id));
    const url = `${config.publicUrl}/rooms/door/${venue.id}?t=${venue.door_token}`;
    return reply.type('image/svg+xml').header('x-door-url', url).send(await QRCode.toString(url, { type: 'svg', margin: 2, width: 320 }));
  });

  app.get('/api/venue-closures', {
    config: { access: 'venue.read' },
    schema: { tags: ['venues'], summary: 'Closures in a range', querystring: range, response: { 200: z.array(closureSchema) } },
  }, (req) => {
    if (req.query.to <= req.query.from) throw new AppError('validation', { fields: [{ field: 'to', reason: 'end_before_start' }] });
    return listClosures(req.ctx(), req.query.from, req.query.to, req.query.venueId);
  });

  app.post('/api/venues/:id/closures', {
    config: { access: 'venue.manage' },
    schema: { tags: ['venues'], summary: 'Close a venue for a period', params: idParams, body: closureInputSchema, response: { 201: closureSchema } },
  }, async (req, reply) => reply.status(201).send(await addClosure(req.ctx(), req.params.id, req.body)));

  app.delete('/api/venue-closures/:id', {
    config: { access: 'venue.manage' },
    schema: { tags: ['venues'], summary: 'Remove a closure', params: idParams, response: { 200: okSchema } },
  }, async (req) => {
    await removeClosure(req.ctx(), req.params.id);
    return { ok: true as const };
  });
}
