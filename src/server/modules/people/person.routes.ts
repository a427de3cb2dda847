/** HTTP routes of the people directory. */
import { z } from 'zod';
import { listPeopleQuery, personInputSchema, personSchema } from '../../../shared/directory';
import { idParams, pageOf, type ZodApp } from '../../platform/routing';
import { CSV_CONTENT_TYPES, importErrorSchema, uploadedBytes } from '../../platform/table-import';
import { exportPeople, importPeople } from './person.import';
import { createPerson, getPerson, listPeople, updatePerson } from './person.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Registers `/api/people`. */
export function registerPeopleRoutes(app: ZodApp): void {
  // CSV uploads arrive as raw bytes too (app.ts reads .xlsx that way); the 名单 routes may have registered this already.
  for (const type of CSV_CONTENT_TYPES) if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get('/api/people', {
    config: { access: 'person.read' },
    schema: { tags: ['people'], summary: 'Search the directory', querystring: listPeopleQuery, response: { 200: pageOf(personSchema) } },
  }, (req) => listPeople(req.ctx(), req.query));

  app.get('/api/people/export.xlsx', {
    config: { access: 'person.read' },
    schema: { tags: ['people'], summary: '人员通讯录 as Excel (ID numbers masked)' },
  }, async (req, reply) =>
    reply
      .type(XLSX)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('人员通讯录.xlsx')}`)
      .send(await exportPeople(req.ctx())));

  app.post('/api/people/import', {
    config: { access: 'person.manage' },
    bodyLimit: 10 * 1024 * 1024,
    schema: {
      tags: ['people'],
      summary: 'Import the directory sheet (.xlsx or CSV bytes as the body). People match by phone. A dry run lists problems and counts; a real run with any problem is a 400 listing them all in error.details.errors and writes nothing',
      querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      response: { 200: z.object({ dryRun: z.boolean(), total: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), errors: z.array(importErrorSchema) }) },
    },
  }, (req) => importPeople(req.ctx(), uploadedBytes(req.body), req.query.dryRun === 'true'));

  app.get('/api/people/:id', {
    config: { access: 'person.read' },
    schema: { tags: ['people'], summary: 'One person', params: idParams, response: { 200: personSchema } },
  }, (req) => getPerson(req.ctx(), req.params.id));

  app.post('/api/people', {
    config: { access: 'person.manage' },
    schema: { tags: ['people'], summary: 'Add a person', body: personInputSchema, response: { 201: personSchema } },
  }, async (req, reply) => reply.status(201).send(await createPerson(req.ctx(), req.body)));

  app.put('/api/people/:id', {
    config: { access: 'person.manage' },
    schema: { tags: ['people'], summary: 'Change a person', params: idParams, body: personInputSchema, response: { 200: personSchema } },
  }, (req) => updatePerson(req.ctx(), req.params.id, req.body));
}
