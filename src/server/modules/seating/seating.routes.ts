/** HTTP routes of 座次: a meeting's plans, one plan (save with version, auto-assign, delete), protocol ranks, and a participant's own seat. */
import { z } from 'zod';
import {
  autoAssignSchema, createSeatingPlanSchema, protocolRanksSchema, publicSeatSchema, seatPersonSchema, seatingPlanSchema, seatingPlanSummarySchema, updateSeatingPlanSchema,
} from '../../../shared/seating';
import type { Database } from '../../db/database';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { seatsByToken } from './seating.public';
import { autoAssignPlan, createPlan, deletePlan, getPlan, listPlans, setProtocolRanks, updatePlan } from './seating.service';

const tokenParams = z.object({ token: z.string().min(10).max(120) });

/** Registers `/api/meetings/:id/seating-plans`, `/api/seating-plans/:id…`, `/api/meetings/:id/protocol-ranks` and the public `/api/rsvp/:token/seat`. */
export function registerSeatingRoutes(app: ZodApp, database: Database): void {
  const tags = ['seating'];
  app.get('/api/meetings/:id/seating-plans', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'The meeting\'s seating plans (座次)', params: idParams, response: { 200: z.array(seatingPlanSummarySchema) } },
  }, (req) => listPlans(req.ctx(), req.params.id));

  app.post('/api/meetings/:id/seating-plans', {
    config: { access: 'meeting.write' },
    schema: { tags, summary: 'A new seating plan; without a layout the venue\'s capacity suggests rows and seats', params: idParams, body: createSeatingPlanSchema, response: { 201: seatingPlanSchema } },
  }, async (req, reply) => reply.status(201).send(await createPlan(req.ctx(), req.params.id, req.body)));

  app.get('/api/seating-plans/:id', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'A seating plan with the meeting\'s people and ranks', params: idParams, response: { 200: seatingPlanSchema } },
  }, (req) => getPlan(req.ctx(), req.params.id));

  app.put('/api/seating-plans/:id', {
    config: { access: 'meeting.write' },
    schema: { tags, summary: 'Save the whole plan at the version read (409 when someone saved first)', params: idParams, body: updateSeatingPlanSchema, response: { 200: seatingPlanSchema } },
  }, (req) => updatePlan(req.ctx(), req.params.id, req.body));

  app.delete('/api/seating-plans/:id', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Delete a seating plan', params: idParams, response: { 200: okSchema } },
  }, async (req) => {
    await deletePlan(req.ctx(), req.params.id);
    return { ok: true as const };
  });

  app.post('/api/seating-plans/:id/auto-assign', {
    config: { access: 'meeting.write' },
    schema: {
      tags, summary: 'Seat everyone from protocol ranks (rostrum) and blocks by unit (hall) with the plan\'s settings; replaces the seats', params: idParams, body: autoAssignSchema,
      response: { 200: seatingPlanSchema.extend({ unassigned: z.array(z.string()) }) },
    },
  }, (req) => autoAssignPlan(req.ctx(), req.params.id, req.body.version));

  app.put('/api/meetings/:id/protocol-ranks', {
    config: { access: 'meeting.write' },
    schema: { tags, summary: 'Set the protocol ranks: the participants listed are ranks 1, 2, 3…; everyone else unranked', params: idParams, body: protocolRanksSchema, response: { 200: z.array(seatPersonSchema) } },
  }, (req) => setProtocolRanks(req.ctx(), req.params.id, req.body.participantIds));

  app.get('/api/rsvp/:token/seat', {
    config: { access: 'public' }, schema: { tags, summary: 'The personal link\'s participant\'s seats (public; the link is the credential)', params: tokenParams, response: { 200: publicSeatSchema } },
  }, (req) => seatsByToken(database, req.params.token, Date.now()));
}
