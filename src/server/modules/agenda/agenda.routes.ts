/** HTTP routes of the agenda: the draft and its checks, publishing, exports, and the run of show. */
import { z } from 'zod';
import { agendaItemInputSchema, agendaItemSchema, agendaSchema } from '../../../shared/agenda';
import { idParams, type ZodApp } from '../../platform/routing';
import { exportAgenda } from './agenda.export';
import { finishItem, liveAgenda, startItem } from './agenda.live';
import { publishAgenda } from './agenda.publish';
import { addItem, deleteItem, getAgenda, updateItem } from './agenda.service';

const itemParams = idParams.extend({ itemId: z.string().min(1).max(64) });
const warningSchema = z.object({ code: z.string(), itemIds: z.array(z.string()), params: z.record(z.string(), z.union([z.string(), z.number()])) });
const withWarnings = agendaSchema.extend({ warnings: z.array(warningSchema) });
const liveSchema = z.object({ now: z.number(), items: z.array(agendaItemSchema), currentId: z.string().nullable(), nextId: z.string().nullable(), remainingMs: z.number().nullable(), overrunMs: z.number() });

/** Registers `/api/meetings/:id/agenda…`. */
export function registerAgendaRoutes(app: ZodApp): void {
  const tags = ['agenda'];
  app.get('/api/meetings/:id/agenda', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'The agenda draft with its checks and published versions', params: idParams, response: { 200: withWarnings } },
  }, (req) => getAgenda(req.ctx(), req.params.id));
  app.post('/api/meetings/:id/agenda/items', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Add an item to the draft', params: idParams, body: agendaItemInputSchema, response: { 200: withWarnings } },
  }, (req) => addItem(req.ctx(), req.params.id, req.body));
  app.put('/api/meetings/:id/agenda/items/:itemId', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Change an item of the draft', params: itemParams, body: agendaItemInputSchema, response: { 200: withWarnings } },
  }, (req) => updateItem(req.ctx(), req.params.id, req.params.itemId, req.body));
  app.delete('/api/meetings/:id/agenda/items/:itemId', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Remove an item from the draft', params: itemParams, response: { 200: withWarnings } },
  }, (req) => deleteItem(req.ctx(), req.params.id, req.params.itemId));
  app.post('/api/meetings/:id/agenda/publish', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Publish the draft as the next version; presenters concerned are told and a change notice is drafted', params: idParams, response: { 200: withWarnings } },
  }, (req) => publishAgenda(req.ctx(), req.params.id));
  app.get('/api/meetings/:id/agenda/live', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Run of show: the current item, countdown and overrun', params: idParams, response: { 200: liveSchema } },
  }, (req) => liveAgenda(req.ctx(), req.params.id));
  app.post('/api/meetings/:id/agenda/items/:itemId/start', {
    config: { access: 'agenda.run' }, schema: { tags, summary: 'Record that an item started now', params: itemParams, response: { 200: liveSchema } },
  }, (req) => startItem(req.ctx(), req.params.id, req.params.itemId));
  app.post('/api/meetings/:id/agenda/items/:itemId/finish', {
    config: { access: 'agenda.run' }, schema: { tags, summary: 'Record that an item ended now (an overrun alerts the host and staff)', params: itemParams, response: { 200: liveSchema } },
  }, (req) => finishItem(req.ctx(), req.params.id, req.params.itemId));
  for (const format of ['pptx', 'docx', 'html'] as const) {
    app.get(`/api/meetings/:id/agenda.${format}`, {
      config: { access: 'meeting.read' }, schema: { tags, summary: `The agenda as ${format === 'pptx' ? 'a PowerPoint deck (议程PPT)' : format === 'docx' ? 'Word' : 'a printable page'}`, params: idParams },
    }, async (req, reply) => {
      const file = await exportAgenda(req.ctx(), req.params.id, format);
      if (format !== 'html') reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return reply.type(file.type).send(file.body);
    });
  }
}
