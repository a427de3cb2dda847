/** HTTP routes of on-site incidents. */
import { z } from 'zod';
import { incidentInputSchema, incidentSchema, incidentUpdateSchema } from '../../../shared/incidents';
import { idParams, type ZodApp } from '../../platform/routing';
import { listIncidents, reportIncident, updateIncident } from './incident.service';

/** Registers `/api/meetings/:id/incidents` and `/api/incidents/:id`. */
export function registerIncidentRoutes(app: ZodApp): void {
  const tags = ['incidents'];
  const list = { 200: z.array(incidentSchema) };
  app.get('/api/meetings/:id/incidents', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Incidents of a meeting (紧急情况)', params: idParams, response: list },
  }, (req) => listIncidents(req.ctx(), req.params.id));
  app.post('/api/meetings/:id/incidents', {
    config: { access: 'meeting.read' },
    schema: { tags, summary: 'Report an incident; a high-severity one alerts the on-duty staff in the app and the group robots at once', params: idParams, body: incidentInputSchema, response: list },
  }, (req) => reportIncident(req.ctx(), req.params.id, req.body));
  app.patch('/api/incidents/:id', {
    config: { access: 'incident.manage' }, schema: { tags, summary: 'Assign, move along or resolve an incident', params: idParams, body: incidentUpdateSchema, response: list },
  }, (req) => updateIncident(req.ctx(), req.params.id, req.body));
}
