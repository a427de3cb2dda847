/** HTTP routes of notices: drafting, approval, sending, progress, the formal document, templates and group robots. */
import { z } from 'zod';
import type { Config } from '../../config';
import { createNoticeSchema, deliverySchema, DELIVERY_STATUSES, CHANNELS, NOTICE_KINDS, noticeSchema, templateInputSchema, templateSchema, updateNoticeSchema } from '../../../shared/notices';
import { idParams, okSchema, pageOf, type ZodApp } from '../../platform/routing';
import { botInputSchema, botSchema, createBot, deleteBot, listBots, testBot, updateBot } from './bot.service';
import { noticeDocument } from './notice.document';
import { approveNotice, cancelNotice, rejectNotice, retryFailed, sendNotice, submitNotice } from './notice.flow';
import { deliveriesOf } from './notice.progress';
import { createNotice, getNotice, listNotices, previewNotice, updateNotice } from './notice.service';
import { listTemplates, resetTemplate, saveTemplate } from './notice.templates';

const templateParams = z.object({ kind: z.enum(NOTICE_KINDS), locale: z.enum(['zh-CN', 'en']) });

/** Registers `/api/notices`, `/api/meetings/:id/notices`, `/api/notice-templates` and `/api/channel-bots`. */
export function registerNoticeRoutes(app: ZodApp, config: Pick<Config, 'publicUrl' | 'sms'>): void {
  const avail = { sms: !!config.sms, publicUrl: config.publicUrl };
  const tags = ['notices'];

  app.get('/api/meetings/:id/notices', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Notices of a meeting with completeness and delivery progress', params: idParams, response: { 200: z.array(noticeSchema) } },
  }, (req) => listNotices(req.ctx(), req.params.id));

  app.post('/api/meetings/:id/notices', {
    config: { access: 'notice.write' }, schema: { tags, summary: 'Draft a notice (subject and body default to the template of its kind)', params: idParams, body: createNoticeSchema, response: { 201: noticeSchema } },
  }, async (req, reply) => reply.status(201).send(await createNotice(req.ctx(), req.params.id, req.body)));

  app.get('/api/notices/:id', { config: { access: 'meeting.read' }, schema: { tags, summary: 'One notice', params: idParams, response: { 200: noticeSchema } } }, (req) => getNotice(req.ctx(), req.params.id));

  app.put('/api/notices/:id', {
    config: { access: 'notice.write' }, schema: { tags, summary: 'Edit a draft or rejected notice', params: idParams, body: updateNoticeSchema, response: { 200: noticeSchema } },
  }, (req) => updateNotice(req.ctx(), req.params.id, req.body));

  app.get('/api/notices/:id/preview', {
    config: { access: 'meeting.read' },
    schema: { tags, summary: 'What one participant would receive', params: idParams, querystring: z.object({ participantId: z.string().max(64).optional() }), response: { 200: z.object({ recipientName: z.string().nullable(), subject: z.string(), body: z.string() }) } },
  }, (req) => previewNotice(req.ctx(), req.params.id, config.publicUrl, req.query.participantId));

  app.post('/api/notices/:id/submit', { config: { access: 'notice.write' }, schema: { tags, summary: 'Check completeness and submit for approval', params: idParams, response: { 200: noticeSchema } } }, (req) => submitNotice(req.ctx(), req.params.id));
  app.post('/api/notices/:id/approve', { config: { access: 'notice.approve' }, schema: { tags, summary: 'Approve (leader)', params: idParams, response: { 200: noticeSchema } } }, (req) => approveNotice(req.ctx(), req.params.id));
  app.post('/api/notices/:id/reject', {
    config: { access: 'notice.approve' }, schema: { tags, summary: 'Send back with a reason (leader)', params: idParams, body: z.object({ reason: z.string().trim().min(1).max(500) }), response: { 200: noticeSchema } },
  }, (req) => rejectNotice(req.ctx(), req.params.id, req.body.reason));
  app.post('/api/notices/:id/send', { config: { access: 'notice.write' }, schema: { tags, summary: 'Queue an approved notice to every recipient on every chosen channel', params: idParams, response: { 200: noticeSchema } } }, (req) => sendNotice(req.ctx(), req.params.id, avail));
  app.post('/api/notices/:id/cancel', { config: { access: 'notice.write' }, schema: { tags, summary: 'Withdraw; deliveries not yet sent are stopped', params: idParams, response: { 200: noticeSchema } } }, (req) => cancelNotice(req.ctx(), req.params.id));
  app.post('/api/notices/:id/retry', { config: { access: 'notice.write' }, schema: { tags, summary: 'Queue the failed deliveries again', params: idParams, response: { 200: noticeSchema } } }, (req) => retryFailed(req.ctx(), req.params.id));

  app.get('/api/notices/:id/deliveries', {
    config: { access: 'notice.write' },
    schema: {
      tags, summary: 'Deliveries of a notice (recipient × channel) and their state', params: idParams,
      querystring: z.object({ status: z.enum(DELIVERY_STATUSES).optional(), channel: z.enum(CHANNELS).optional(), limit: z.coerce.number().int().min(1).max(500).default(100), offset: z.coerce.number().int().min(0).default(0) }),
      response: { 200: pageOf(deliverySchema) },
    },
  }, (req) => deliveriesOf(req.ctx(), req.params.id, req.query));

  app.get('/api/notices/:id/document.docx', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'The formal notice as Word (GB/T 9704 layout) with the reply slip', params: idParams },
  }, async (req, reply) => {
    const doc = await noticeDocument(req.ctx(), req.params.id);
    return reply.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`).send(doc.buffer);
  });

  app.get('/api/notice-templates', { config: { access: 'meeting.read' }, schema: { tags, summary: 'Templates of every kind in zh-CN and en', response: { 200: z.array(templateSchema) } } }, (req) => listTemplates(req.ctx()));
  app.put('/api/notice-templates/:kind/:locale', {
    config: { access: 'notice.write' }, schema: { tags, summary: 'Replace a template', params: templateParams, body: templateInputSchema, response: { 200: templateSchema } },
  }, (req) => saveTemplate(req.ctx(), req.params.kind, req.params.locale, req.body));
  app.delete('/api/notice-templates/:kind/:locale', {
    config: { access: 'notice.write' }, schema: { tags, summary: 'Back to the built-in template', params: templateParams, response: { 200: templateSchema } },
  }, (req) => resetTemplate(req.ctx(), req.params.kind, req.params.locale));

  app.get('/api/channel-bots', { config: { access: 'meeting.read' }, schema: { tags, summary: 'Group robots', response: { 200: z.array(botSchema) } } }, (req) => listBots(req.ctx()));
  app.post('/api/channel-bots', { config: { access: 'bot.manage' }, schema: { tags, summary: 'Add a group robot', body: botInputSchema, response: { 201: botSchema } } }, async (req, reply) => reply.status(201).send(await createBot(req.ctx(), req.body)));
  app.put('/api/channel-bots/:id', { config: { access: 'bot.manage' }, schema: { tags, summary: 'Change a group robot', params: idParams, body: botInputSchema, response: { 200: botSchema } } }, (req) => updateBot(req.ctx(), req.params.id, req.body));
  app.delete('/api/channel-bots/:id', { config: { access: 'bot.manage' }, schema: { tags, summary: 'Remove a group robot', params: idParams, response: { 200: okSchema } } }, async (req) => {
    await deleteBot(req.ctx(), req.params.id);
    return { ok: true as const };
  });
  app.post('/api/channel-bots/:id/test', {
    config: { access: 'bot.manage' }, schema: { tags, summary: 'Send a test message now', params: idParams, response: { 200: z.object({ ok: z.boolean(), error: z.string().nullable() }) } },
  }, (req) => testBot(req.ctx(), req.params.id));
}
