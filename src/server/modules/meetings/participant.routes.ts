/** HTTP routes of meeting participants. */
import { z } from 'zod';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { addParticipantSchema, participantSchema, updateParticipantSchema } from '../../../shared/participants';
import { addParticipant, listParticipants, removeParticipant, updateParticipant } from './participant.service';

/** Registers `/api/meetings/:id/participants`. */
export function registerParticipantRoutes(app: ZodApp): void {
  app.get('/api/meetings/:id/participants', {
    config: { access: 'meeting.read' },
    schema: { tags: ['meetings'], summary: 'Who takes part, in what role', params: idParams, response: { 200: z.array(participantSchema) } },
  }, (req) => listParticipants(req.ctx(), req.params.id));

  app.post('/api/meetings/:id/participants', {
    config: { access: 'meeting.write' },
    schema: { tags: ['meetings'], summary: 'Add a person to the meeting', params: idParams, body: addParticipantSchema, response: { 200: z.array(participantSchema) } },
  }, (req) => addParticipant(req.ctx(), req.params.id, req.body));

  app.patch('/api/meetings/:id/participants/:participantId', {
    config: { access: 'meeting.write' },
    schema: { tags: ['meetings'], summary: 'Change a participant\'s role, group or required flag', params: idParams.extend({ participantId: z.string().min(1).max(64) }), body: updateParticipantSchema, response: { 200: z.array(participantSchema) } },
  }, (req) => updateParticipant(req.ctx(), req.params.id, req.params.participantId, req.body));

  app.delete('/api/meetings/:id/participants/:participantId', {
    config: { access: 'meeting.write' },
    schema: { tags: ['meetings'], summary: 'Remove a participant', params: idParams.extend({ participantId: z.string().min(1).max(64) }), response: { 200: okSchema } },
  }, async (req) => {
    await removeParticipant(req.ctx(), req.params.id, req.params.participantId);
    return { ok: true as const };
  });
}
