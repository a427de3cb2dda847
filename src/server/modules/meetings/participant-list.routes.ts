/** HTTP routes of a meeting's 参会人员名单: the .xlsx export and the .xlsx/CSV import. */
import { z } from 'zod';
import { idParams, type ZodApp } from '../../platform/routing';
import { CSV_CONTENT_TYPES, importErrorSchema, uploadedBytes } from '../../platform/table-import';
import { exportParticipantList, importParticipantList } from './participant.import';

/** Registers `/api/meetings/:id/participants/export.xlsx` and `/api/meetings/:id/participants/import`. */
export function registerParticipantListRoutes(app: ZodApp): void {
  // CSV uploads arrive as raw bytes too (app.ts reads .xlsx that way); the people routes may have registered this already.
  for (const type of CSV_CONTENT_TYPES) if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get('/api/meetings/:id/participants/export.xlsx', {
    config: { access: 'meeting.read' },
    schema: { tags: ['meetings'], summary: '参会人员名单 as Excel, with each reply\'s status', params: idParams },
  }, async (req, reply) => {
    const { file, title } = await exportParticipantList(req.ctx(), req.params.id);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${title}-参会人员名单.xlsx`)}`)
      .send(file);
  });

  app.post('/api/meetings/:id/participants/import', {
    config: { access: 'meeting.write' },
    bodyLimit: 10 * 1024 * 1024,
    schema: {
      tags: ['meetings'],
      summary: 'Import a 参会人员名单 (.xlsx or CSV bytes as the body): people by mobile, added as external contacts when new. A dry run lists problems and counts; a real run with any problem is a 400 listing them all in error.details.errors and writes nothing',
      params: idParams,
      querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      response: {
        200: z.object({
          dryRun: z.boolean(), total: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), peopleCreated: z.number(), errors: z.array(importErrorSchema),
        }),
      },
    },
  }, (req) => importParticipantList(req.ctx(), req.params.id, uploadedBytes(req.body), req.query.dryRun === 'true'));
}
