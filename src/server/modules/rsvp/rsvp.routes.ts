/** HTTP routes of the reply slip: the public personal page by token, answers on someone's behalf, personal links, the dashboard. */
import { z } from 'zod';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { replySchema, rsvpSummarySchema, rsvpViewSchema } from '../../../shared/rsvp';
import { idParams, type ZodApp } from '../../platform/routing';
import { rsvpSummary } from './rsvp.dashboard';
import { answerByToken, answerOnBehalf, personalLink, revokeLink, rsvpByToken } from './rsvp.service';

const tokenParams = z.object({ token: z.string().min(10).max(120) });
const participantParams = idParams.extend({ participantId: z.string().min(1).max(64) });
const linkSchema = z.object({ url: z.string(), expiresAt: z.number() });

/** Registers `/api/rsvp/:token` (public) and the organiser's reply-slip routes under `/api/meetings/:id`. */
export function registerRsvpRoutes(app: ZodApp, database: Database, config: Pick<Config, 'publicUrl'>): void {
  const tags = ['rsvp'];
  app.get('/api/rsvp/:token', {
    config: { access: 'public' },
    schema: { tags, summary: 'The personal reply slip (public; the link is the credential)', params: tokenParams, querystring: z.object({ via: z.string().max(64).optional() }), response: { 200: rsvpViewSchema } },
  }, (req) => rsvpByToken(database, req.params.token, Date.now(), req.query.via));

  app.put('/api/rsvp/:token', {
    config: { access: 'public' },
    schema: { tags, summary: 'Answer the reply slip (public; the link is the credential)', params: tokenParams, body: replySchema, response: { 200: rsvpViewSchema } },
  }, (req) => answerByToken(database, req.params.token, req.body, Date.now(), { requestId: req.id, ip: req.ip }));

  app.put('/api/meetings/:id/participants/:participantId/reply', {
    config: { access: 'participant.answer' },
    schema: { tags, summary: 'Record the answer given on the phone (回访), audited', params: participantParams, body: replySchema, response: { 200: rsvpViewSchema } },
  }, (req) => answerOnBehalf(req.ctx(), req.params.id, req.params.participantId, req.body));

  app.get('/api/meetings/:id/participants/:participantId/link', {
    config: { access: 'participant.answer' }, schema: { tags, summary: 'The participant\'s personal link', params: participantParams, response: { 200: linkSchema } },
  }, (req) => personalLink(req.ctx(), req.params.id, req.params.participantId, config.publicUrl));

  app.post('/api/meetings/:id/participants/:participantId/link/revoke', {
    config: { access: 'participant.answer' }, schema: { tags, summary: 'Invalidate the personal link and return the new one', params: participantParams, response: { 200: linkSchema } },
  }, (req) => revokeLink(req.ctx(), req.params.id, req.params.participantId, config.publicUrl));

  app.get('/api/meetings/:id/rsvp', {
    config: { access: 'meeting.read' },
    schema: {
      tags, summary: 'RSVP dashboard: counts by state and group, not read, not answered, lodging and dietary totals', params: idParams,
      response: { 200: rsvpSummarySchema },
    },
  }, (req) => rsvpSummary(req.ctx(), req.params.id));
}
