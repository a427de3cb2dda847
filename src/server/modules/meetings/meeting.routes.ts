/** HTTP routes of the meeting plan. */
import { z } from 'zod';
import {
  createMeetingSchema, listMeetingsQuery, meetingSchema, transitionSchema, TRANSITIONS, updateMeetingSchema, type TransitionAction,
} from '../../../shared/meetings';
import { idParams, pageOf, type ZodApp } from '../../platform/routing';
import { createMeeting, getMeeting, listMeetings, previewWarnings } from './meeting.service';
import { transitionMeeting } from './meeting.transition';
import { updateMeeting } from './meeting.update';

const warningSchema = z.object({ code: z.string(), field: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

/** A meeting with its state history. */
const meetingDetailSchema = meetingSchema.extend({
  history: z.array(z.object({
    id: z.string(), action: z.string(), fromStatus: z.string(), toStatus: z.string(), reason: z.string().nullable(), at: z.number(), actorName: z.string().nullable(),
  })),
});

/** Registers `/api/meetings` and one route per lifecycle action. */
export function registerMeetingRoutes(app: ZodApp): void {
  app.get('/api/meetings', {
    config: { access: 'meeting.read' },
    schema: { tags: ['meetings'], summary: 'List meetings (filters: status, kind, department, date range, title)', querystring: listMeetingsQuery, response: { 200: pageOf(meetingSchema) } },
  }, (req) => listMeetings(req.ctx(), req.query));

  app.post('/api/meetings', {
    config: { access: 'meeting.write' },
    schema: { tags: ['meetings'], summary: 'Create a draft meeting, or a series with `recurrence.rrule`', body: createMeetingSchema, response: { 201: meetingSchema } },
  }, async (req, reply) => reply.status(201).send(await createMeeting(req.ctx(), req.body)));

  app.post('/api/meetings/check', {
    config: { access: 'meeting.write' },
    schema: { tags: ['meetings'], summary: 'Policy warnings the meeting would get, without saving', body: createMeetingSchema, response: { 200: z.object({ warnings: z.array(warningSchema) }) } },
  }, async (req) => ({ warnings: await previewWarnings(req.ctx(), req.body) }));

  app.get('/api/meetings/:id', {
    config: { access: 'meeting.read' },
    schema: { tags: ['meetings'], summary: 'One meeting with its history', params: idParams, response: { 200: meetingDetailSchema } },
  }, (req) => getMeeting(req.ctx(), req.params.id));

  app.patch('/api/meetings/:id', {
    config: { access: 'meeting.write' },
    schema: { tags: ['meetings'], summary: 'Edit the plan (`version` required; `applyTo` for series)', params: idParams, body: updateMeetingSchema, response: { 200: meetingSchema } },
  }, (req) => updateMeeting(req.ctx(), req.params.id, req.body));

  for (const action of Object.keys(TRANSITIONS) as TransitionAction[]) {
    const t = TRANSITIONS[action];
    app.post(`/api/meetings/:id/${action}`, {
      config: { access: t.permission },
      schema: {
        tags: ['meetings'],
        summary: `Lifecycle: ${t.from.join('/')} → ${t.to}${t.reason ? ' (reason required)' : ''}`,
        params: idParams,
        body: transitionSchema,
        response: { 200: meetingSchema },
      },
    }, (req) => transitionMeeting(req.ctx(), req.params.id, action, req.body));
  }
}
