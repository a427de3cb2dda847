/** HTTP routes of the people directory. */
import { listPeopleQuery, personInputSchema, personSchema } from '../../../shared/directory';
import { idParams, pageOf, type ZodApp } from '../../platform/routing';
import { createPerson, getPerson, listPeople, updatePerson } from './person.service';

/** Registers `/api/people`. */
export function registerPeopleRoutes(app: ZodApp): void {
  app.get('/api/people', {
    config: { access: 'person.read' },
    schema: { tags: ['people'], summary: 'Search the directory', querystring: listPeopleQuery, response: { 200: pageOf(personSchema) } },
  }, (req) => listPeople(req.ctx(), req.query));

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
