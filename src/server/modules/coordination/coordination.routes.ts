/** HTTP routes of 协调会 notes. */
import { z } from 'zod';
import { coordinationNoteInputSchema, coordinationNoteSchema } from '../../../shared/coordination';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { createNote, deleteNote, listNotes, updateNote } from './coordination.service';

/** Registers `/api/meetings/:id/coordination-notes` and `/api/coordination-notes/:id`. */
export function registerCoordinationRoutes(app: ZodApp): void {
  const tags = ['tasks'];
  const list = { 200: z.array(coordinationNoteSchema) };
  app.get('/api/meetings/:id/coordination-notes', {
    config: { access: 'meeting.read' }, schema: { tags, summary: '协调会 notes of a meeting with their decisions', params: idParams, response: list },
  }, (req) => listNotes(req.ctx(), req.params.id));
  app.post('/api/meetings/:id/coordination-notes', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Record a 协调会: attendees, notes, decisions against tasks (a decision may create a task)', params: idParams, body: coordinationNoteInputSchema, response: list },
  }, (req) => createNote(req.ctx(), req.params.id, req.body));
  app.put('/api/coordination-notes/:id', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Rewrite a 协调会 note and its decisions', params: idParams, body: coordinationNoteInputSchema, response: list },
  }, (req) => updateNote(req.ctx(), req.params.id, req.body));
  app.delete('/api/coordination-notes/:id', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Delete a 协调会 note (tasks made from it stay)', params: idParams, response: { 200: okSchema } },
  }, async (req) => {
    await deleteNote(req.ctx(), req.params.id);
    return { ok: true as const };
  });
}
