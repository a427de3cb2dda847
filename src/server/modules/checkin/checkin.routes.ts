/** HTTP routes of check-in: lists, scans (online and offline queues), the scanner's bundle, live figures and their stream, duplicates, 签到表. */
import { z } from 'zod';
import {
  checkinBundleSchema, checkinDuplicateSchema, checkinListInputSchema, checkinListSchema, checkinStatsSchema, reviewDuplicateSchema, scanBatchResultSchema, scanBatchSchema,
} from '../../../shared/checkin';
import type { Database } from '../../db/database';
import { authorize } from '../../platform/access';
import { idParams, type ZodApp } from '../../platform/routing';
import { createCheckinList, deleteCheckinList, listCheckinLists, meetingOf, updateCheckinList } from './checkin.lists';
import { checkinBundle, checkinStats, listDuplicates, reviewDuplicate } from './checkin.live';
import { recordScans } from './checkin.scan';
import { sheetData, signInSheet } from './checkin.sheet';
import { renderSheetHtml } from './checkin.sheet-html';
import { statsStreams, type StreamOptions } from './checkin.stream';
import { registerPassRoutes } from './pass.routes';

const lists = z.array(checkinListSchema);
const sheetQuery = z.object({ listId: z.string().min(1).max(64).optional() });
/** An offline queue of 5,000 scans with their passes is about 2 MB of JSON. */
const SCAN_BODY_LIMIT = 8 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Registers `/api/meetings/:id/checkin/…`, `/api/checkin/lists/:id`, `/api/checkin/scans…`, and the passes and photos (pass.routes.ts). */
export function registerCheckinRoutes(app: ZodApp, database: Database, stream: Partial<StreamOptions> = {}): void {
  const tags = ['checkin'];
  app.get('/api/meetings/:id/checkin/lists', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Check-in lists of a meeting (a default 主会场签到 list is made on first read)', params: idParams, response: { 200: lists } },
  }, (req) => listCheckinLists(req.ctx(), req.params.id));
  app.post('/api/meetings/:id/checkin/lists', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Add a list (meal, session, shuttle, materials pickup…); returns the meeting\'s lists', params: idParams, body: checkinListInputSchema, response: { 200: lists } },
  }, (req) => createCheckinList(req.ctx(), req.params.id, req.body));
  app.put('/api/checkin/lists/:id', {
    config: { access: 'meeting.write' },
    schema: { tags, summary: 'Change a list at the version read (409 when changed since); returns the meeting\'s lists', params: idParams, body: checkinListInputSchema.extend({ version: z.number().int().min(1) }), response: { 200: lists } },
  }, (req) => updateCheckinList(req.ctx(), req.params.id, req.body));
  app.delete('/api/checkin/lists/:id', {
    config: { access: 'meeting.write' },
    schema: { tags, summary: 'Remove a list nobody is checked in on (`version` optional: 409 when changed since); returns the meeting\'s lists', params: idParams, querystring: z.object({ version: z.coerce.number().int().min(1).optional() }), response: { 200: lists } },
  }, (req) => deleteCheckinList(req.ctx(), req.params.id, req.query.version));

  app.get('/api/meetings/:id/checkin/bundle', {
    config: { access: 'checkin.scan' }, schema: { tags, summary: 'What a scanner keeps to work offline: public key, lists, participants with pass epochs, who is in', params: idParams, response: { 200: checkinBundleSchema } },
  }, (req) => checkinBundle(req.ctx(), req.params.id));

  app.post('/api/checkin/scans', {
    config: { access: 'checkin.scan' },
    bodyLimit: SCAN_BODY_LIMIT,
    schema: {
      tags, body: scanBatchSchema, response: { 200: scanBatchResultSchema },
      summary: 'Record scans (one online, or an offline queue of up to 5,000): outcomes in the order sent; a nonce received before adds nothing and returns its stored outcome (`replay`)',
    },
  }, (req) => recordScans(req.ctx(), req.body.scans));

  app.get('/api/meetings/:id/checkin/duplicates', {
    config: { access: 'checkin.scan' }, schema: { tags, summary: 'Flagged duplicates (two admissions of one pass), not yet reviewed first', params: idParams, response: { 200: z.array(checkinDuplicateSchema) } },
  }, (req) => listDuplicates(req.ctx(), req.params.id));
  app.post('/api/checkin/scans/:id/review', {
    config: { access: 'checkin.scan' }, schema: { tags, summary: 'Record the review of a flagged duplicate (audited)', params: idParams, body: reviewDuplicateSchema, response: { 200: checkinDuplicateSchema } },
  }, (req) => reviewDuplicate(req.ctx(), req.params.id, req.body.note));

  app.get('/api/meetings/:id/checkin/stats', {
    config: { access: 'checkin.view' }, schema: { tags, summary: 'Live figures: expected / arrived / inside by list and group, arrivals per minute, absent names', params: idParams, response: { 200: checkinStatsSchema } },
  }, (req) => checkinStats(req.ctx(), req.params.id));

  const streams = statsStreams(database.db, { pollMs: 2000, heartbeatMs: 15_000, log: (err) => app.log.error({ err }, 'check-in stream poll failed'), ...stream });
  app.addHook('preClose', async () => streams.closeAll());
  app.get('/api/meetings/:id/checkin/stream', {
    config: { access: 'checkin.view' },
    schema: { tags, summary: 'The live figures as Server-Sent Events (`event: stats`, sent at once and whenever they change; polled from the database, so scans on any app node show)', params: idParams },
  }, async (req, reply) => {
    const ctx = req.ctx();
    authorize(ctx, 'checkin.view');
    streams.open(reply, await meetingOf(ctx, ctx.db, req.params.id));
  });

  app.get('/api/meetings/:id/checkin/sheet.xlsx', {
    config: { access: 'meeting.read' }, schema: { tags, summary: '签到表 as Excel (one list; the main entry when `listId` is left out)', params: idParams, querystring: sheetQuery },
  }, async (req, reply) => {
    const { head, rows } = await sheetData(req.ctx(), req.params.id, req.query.listId);
    const name = `${head.title}签到表${head.isMain ? '' : `-${head.listName}`}.xlsx`;
    return reply.type(XLSX).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(await signInSheet(head, rows));
  });
  app.get('/api/meetings/:id/checkin/sheet.html', {
    config: { access: 'meeting.read' }, schema: { tags, summary: '签到表 as a printable A4 page (header repeated on every page, page numbers)', params: idParams, querystring: sheetQuery },
  }, async (req, reply) => {
    const { head, rows } = await sheetData(req.ctx(), req.params.id, req.query.listId);
    return reply.type('text/html; charset=utf-8').send(renderSheetHtml(head, rows));
  });
  registerPassRoutes(app, database);
}
