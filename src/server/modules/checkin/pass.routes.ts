/** HTTP routes of passes and photos: badges' tokens, a pass as QR image, revoking, the attendee's own pass by personal link, ID photos. */
import { z } from 'zod';
import { myPassSchema, participantPassSchema } from '../../../shared/checkin';
import type { Database } from '../../db/database';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { uploadedBytes } from '../../platform/table-import';
import { meetingPasses, passByLink, passImage, revokePass } from './checkin.pass';
import { participantPhoto, PHOTO_MAX_BYTES, savePersonPhoto } from './checkin.photos';

const participantParams = idParams.extend({ participantId: z.string().min(1).max(64) });
const tokenParams = z.object({ token: z.string().min(10).max(120) });

/** Registers `/api/meetings/:id/passes`, `…/participants/:participantId/pass…`, `/api/rsvp/:token/pass` and the photo routes. */
export function registerPassRoutes(app: ZodApp, database: Database): void {
  const tags = ['checkin'];
  for (const type of ['image/jpeg', 'image/png']) if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get('/api/meetings/:id/passes', {
    config: { access: 'checkin.scan' }, schema: { tags, summary: 'Every participant\'s pass token (the badge print pages draw the QR codes)', params: idParams, response: { 200: z.array(participantPassSchema) } },
  }, (req) => meetingPasses(req.ctx(), req.params.id));
  for (const format of ['png', 'svg'] as const) {
    app.get(`/api/meetings/:id/participants/:participantId/pass.${format}`, {
      config: { access: 'checkin.scan' }, schema: { tags, summary: `A participant's pass as a QR code (${format.toUpperCase()})`, params: participantParams },
    }, async (req, reply) => {
      const image = await passImage(req.ctx(), req.params.id, req.params.participantId, format);
      return reply.type(image.type).header('cache-control', 'private, no-store').send(image.body);
    });
  }
  app.post('/api/meetings/:id/participants/:participantId/pass/revoke', {
    config: { access: 'checkin.scan' }, schema: { tags, summary: 'Revoke a pass (lost badge): earlier passes scan as `revoked`; returns the new pass (audited)', params: participantParams, response: { 200: participantPassSchema } },
  }, (req) => revokePass(req.ctx(), req.params.id, req.params.participantId));
  app.get('/api/rsvp/:token/pass', {
    config: { access: 'public' }, schema: { tags, summary: 'The attendee\'s own pass on the personal page (public; the link is the credential)', params: tokenParams, response: { 200: myPassSchema } },
  }, async (req, reply) => reply.header('cache-control', 'private, no-store').send(await passByLink(database, req.params.token, Date.now(), req.lang)));

  app.put('/api/people/:id/photo', {
    config: { access: 'person.manage' }, bodyLimit: PHOTO_MAX_BYTES,
    schema: { tags: ['people'], summary: 'Set a person\'s ID photo: the JPEG or PNG bytes as the body, at most 2 MB (checked by content: 415)', params: idParams, response: { 200: okSchema } },
  }, (req) => savePersonPhoto(req.ctx(), req.params.id, uploadedBytes(req.body)));
  app.get('/api/meetings/:id/checkin/photos/:participantId', {
    config: { access: 'checkin.scan' }, schema: { tags, summary: 'A participant\'s photo for the identity check at the desk (404 when there is none)', params: participantParams },
  }, async (req, reply) => {
    const photo = await participantPhoto(req.ctx(), req.params.id, req.params.participantId);
    return reply.type(photo.mime).header('cache-control', 'private, max-age=300').header('x-content-type-options', 'nosniff').send(photo.content);
  });
}
