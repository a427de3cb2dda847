/** HTTP routes of the organisation and its departments. */
import { z } from 'zod';
import { departmentInputSchema, departmentSchema, orgSchema, updateOrgSchema } from '../../../shared/directory';
import { idParams, type ZodApp } from '../../platform/routing';
import { createDepartment, listDepartments, updateDepartment } from './department.service';
import { getOrg, updateOrg } from './org.service';

/** Registers `/api/org` and `/api/departments`. */
export function registerOrgRoutes(app: ZodApp): void {
  app.get('/api/org', {
    config: { access: 'org.read' },
    schema: { tags: ['org'], summary: 'The organisation, its time zone and meeting policy', response: { 200: orgSchema } },
  }, (req) => getOrg(req.ctx()));

  app.patch('/api/org', {
    config: { access: 'org.manage' },
    schema: { tags: ['org'], summary: 'Change name, time zone or policy', body: updateOrgSchema, response: { 200: orgSchema } },
  }, (req) => updateOrg(req.ctx(), req.body));

  app.get('/api/departments', {
    config: { access: 'department.read' },
    schema: { tags: ['org'], summary: 'Departments', response: { 200: z.array(departmentSchema) } },
  }, (req) => listDepartments(req.ctx()));

  app.post('/api/departments', {
    config: { access: 'department.manage' },
    schema: { tags: ['org'], summary: 'Add a department', body: departmentInputSchema, response: { 201: departmentSchema } },
  }, async (req, reply) => reply.status(201).send(await createDepartment(req.ctx(), req.body)));

  app.put('/api/departments/:id', {
    config: { access: 'department.manage' },
    schema: { tags: ['org'], summary: 'Change a department', params: idParams, body: departmentInputSchema, response: { 200: departmentSchema } },
  }, (req) => updateDepartment(req.ctx(), req.params.id, req.body));
}
