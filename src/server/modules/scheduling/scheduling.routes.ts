/** HTTP route of "find a time". */
import type { ZodApp } from '../../platform/routing';
import { findTime, findTimeResultSchema, findTimeSchema } from './find-time.service';

/** Registers `POST /api/find-time`. */
export function registerSchedulingRoutes(app: ZodApp): void {
  app.post('/api/find-time', {
    config: { access: 'meeting.read' },
    schema: {
      tags: ['scheduling'],
      summary: 'Ranked times (and rooms) where every required person is free, within working hours and the 09:10/14:10 policy',
      body: findTimeSchema,
      response: { 200: findTimeResultSchema },
    },
  }, (req) => findTime(req.ctx(), req.body));
}
