/** HTTP routes of meeting materials: upload (the file's bytes as the body), list, download, edit, delete, who opened; and by personal link. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { MATERIAL_FORMATS, MATERIAL_HARD_CAP_MB, materialOpensSchema, materialSchema, publicMaterialSchema, updateMaterialSchema, uploadQuerySchema } from '../../../shared/materials';
import type { Database } from '../../db/database';
import { idParams, type ZodApp } from '../../platform/routing';
import { uploadedBytes } from '../../platform/table-import';
import { materialOpens } from './material.opens';
import { downloadByToken, materialsByToken } from './material.public';
import { deleteMaterial, downloadMaterial, listMaterials, updateMaterial, type MaterialFile } from './material.service';
import { uploadMaterial } from './material.upload';

const tokenParams = z.object({ token: z.string().min(10).max(120) });
const tokenMaterialParams = tokenParams.extend({ materialId: z.string().min(1).max(64) });
const list = z.array(materialSchema);

/** RFC 5987 value: what encodeURIComponent leaves that a header parameter may not hold. */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Sends a material: PDFs inline (they open in the browser), the rest as attachments, under their UTF-8 file name. */
export function sendFile(reply: FastifyReply, file: MaterialFile) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .type(file.mime)
    .header('content-disposition', `${file.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${rfc5987(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache')
    .header('x-content-sha256', file.sha256)
    .send(file.content);
}

/** Registers `/api/meetings/:id/materials`, `/api/materials/:id…` and the personal link's `/api/rsvp/:token/materials…`. */
export function registerMaterialRoutes(app: ZodApp, database: Database): void {
  const tags = ['materials'];
  // The web sends application/octet-stream; scripts may send the document's own type.
  const types = Object.values(MATERIAL_FORMATS).map((f) => f.mime).filter((m) => !app.hasContentTypeParser(m));
  if (types.length) app.addContentTypeParser([...new Set(types)], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get('/api/meetings/:id/materials', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Materials of a meeting the caller may see (managers: all, with open counts)', params: idParams, response: { 200: list } },
  }, (req) => listMaterials(req.ctx(), req.params.id));

  app.post('/api/meetings/:id/materials', {
    config: { access: 'material.manage' },
    bodyLimit: MATERIAL_HARD_CAP_MB * 1024 * 1024,
    schema: {
      tags, params: idParams, querystring: uploadQuerySchema, response: { 200: list },
      summary: 'Upload a material: the file\'s bytes as the body, its name in `fileName`. PDF, Word, PowerPoint or Excel, checked by content (415); at most the organisation\'s `materialMaxMb` (413)',
    },
  }, (req) => uploadMaterial(req.ctx(), req.params.id, req.query, uploadedBytes(req.body)));

  app.patch('/api/materials/:id', {
    config: { access: 'material.manage' }, schema: { tags, summary: 'Rename, change who sees it, or bind to an agenda item', params: idParams, body: updateMaterialSchema, response: { 200: list } },
  }, (req) => updateMaterial(req.ctx(), req.params.id, req.body));

  app.delete('/api/materials/:id', {
    config: { access: 'material.manage' }, schema: { tags, summary: 'Delete a material (no longer listed or served; kept for the record)', params: idParams, response: { 200: list } },
  }, (req) => deleteMaterial(req.ctx(), req.params.id));

  app.get('/api/materials/:id/download', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'The file (PDF inline, others as attachment); the opening is recorded', params: idParams },
  }, async (req, reply) => sendFile(reply, await downloadMaterial(req.ctx(), req.params.id, req.method !== 'HEAD')));

  app.get('/api/materials/:id/opens', {
    config: { access: 'material.manage' }, schema: { tags, summary: 'Who opened a material, and which participants meant to see it have not', params: idParams, response: { 200: materialOpensSchema } },
  }, (req) => materialOpens(req.ctx(), req.params.id));

  app.get('/api/rsvp/:token/materials', {
    config: { access: 'public' }, schema: { tags, summary: 'Materials the personal link\'s participant may see (public; the link is the credential)', params: tokenParams, response: { 200: z.array(publicMaterialSchema) } },
  }, (req) => materialsByToken(database, req.params.token, Date.now()));

  app.get('/api/rsvp/:token/materials/:materialId', {
    config: { access: 'public' }, schema: { tags, summary: 'A material by personal link (public); the opening is recorded against the participant', params: tokenMaterialParams },
  }, async (req, reply) => sendFile(reply, await downloadByToken(database, req.params.token, req.params.materialId, Date.now(), req.method !== 'HEAD')));
}
