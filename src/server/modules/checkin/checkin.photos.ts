/** People's ID photos for the identity check at the desk: JPEG or PNG by their bytes, at most 2 MB, kept in the database. */
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { rasterImageType } from '../../platform/image-type';
import * as q from './checkin.queries';

/** The largest photo accepted (a phone photo resized by the web page is far smaller). */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/** Stores or replaces a person's photo; audited (without the bytes). */
export async function savePersonPhoto(ctx: Ctx, personId: string, bytes: Buffer): Promise<{ ok: true }> {
  authorize(ctx, 'person.manage');
  ownRow(ctx, await q.findPerson(ctx.db, personId));
  if (bytes.length === 0) throw invalid('file', 'file_empty');
  if (bytes.length > PHOTO_MAX_BYTES) throw new AppError('payload_too_large', { fields: [{ field: 'file', reason: 'file_too_large', params: { max: 2 } }] });
  const mime = rasterImageType(bytes);
  if (!mime) throw new AppError('unsupported_media_type', { fields: [{ field: 'file', reason: 'photo_type' }] });
  await ctx.db.transaction().execute(async (trx) => {
    await q.savePhoto(trx, { person_id: personId, org_id: ctx.actor.orgId, mime, content: bytes, updated_at: ctx.now() });
    await recordAudit(trx, ctx, { action: 'person.photo', entityType: 'person', entityId: personId, after: { mime, bytes: bytes.length } });
  });
  return { ok: true };
}

/** A participant's photo for the desk, or 404 when there is none. */
export async function participantPhoto(ctx: Ctx, meetingId: string, participantId: string) {
  authorize(ctx, 'checkin.scan');
  const photo = await q.photoOfParticipant(ctx.db, participantId);
  if (!photo || photo.meeting_id !== meetingId) throw notFound();
  return ownRow(ctx, photo);
}
