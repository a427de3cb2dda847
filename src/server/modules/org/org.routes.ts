/** HTTP routes of the organisation and its departments. */
import { z } from 'zod';
import { departmentInputSchema, departmentSchema, orgSchema, updateOrgSchema } from '../../../shared/directory';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { uploadedBytes } from '../../platform/table-import';
import { deleteOrgLogo, LOGO_MAX_BYTES, orgLogo, setOrgLogo } from './org.logo';
import { createDepartment, listDepartments, updateDepartment } from './department.service';
import { getOrg, updateOrg } from './org.service';

/** Logos arrive as raw bytes under any of these types (the type itself is read from the bytes). */
const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

/** Registers `/api/org`, `/api/org/logo` and `/api/departments`. */
export function registerOrgRoutes(app: ZodApp): void {
  for (const type of LOGO_CONTENT_TYPES) if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.get('/api/org', {
    config: { access: 'org.read' },
    schema: { tags: ['org'], summary: 'The organisation, its time zone and meeting policy', response: { 200: orgSchema } },
  }, (req) => getOrg(req.ctx()));

  app.patch('/api/org', {
    config: { access: 'org.manage' },
    schema: { tags: ['org'], summary: 'Change name, time zone or policy', body: updateOrgSchema, response: { 200: orgSchema } },
  }, (req) => updateOrg(req.ctx(), req.body));

  app.put('/api/org/logo', {
    // Above the 1 MB limit so an oversized logo gets the error naming the field, not the bare body-size one.
    config: { access: 'org.manage' }, bodyLimit: 4 * LOGO_MAX_BYTES,
    schema: { tags: ['org'], summary: 'Set the logo on print pages: PNG, JPEG or SVG bytes as the body, at most 1 MB (checked by content: 415)', response: { 200: z.object({ logoUpdatedAt: z.number() }) } },
  }, (req) => setOrgLogo(req.ctx(), uploadedBytes(req.body)));

  app.get('/api/org/logo', {
    config: { access: 'org.read' }, schema: { tags: ['org'], summary: 'The logo (404 when there is none)' },
  }, async (req, reply) => {
    const logo = await orgLogo(req.ctx());
    // An SVG opened on its own must not run scripts on our origin.
    return reply.type(logo.mime).header('cache-control', 'private, max-age=300').header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox").send(logo.content);
  });

  app.delete('/api/org/logo', {
    config: { access: 'org.manage' }, schema: { tags: ['org'], summary: 'Remove the logo (prints show the name alone)', response: { 200: okSchema } },
  }, (req) => deleteOrgLogo(req.ctx()));

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
