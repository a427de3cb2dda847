/** The organisation's logo for print pages: PNG, JPEG or SVG by its bytes, at most 1 MB, kept in the database so every app process serves it. */
import { authorize } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { isSvg, rasterImageType } from '../../platform/image-type';
import * as q from './org.queries';

/** The largest logo accepted (a print logo is a few tens of KB). */
export const LOGO_MAX_BYTES = 1024 * 1024;

/** PNG, JPEG or SVG by content, or null. */
export function logoType(bytes: Buffer): 'image/png' | 'image/jpeg' | 'image/svg+xml' | null {
  return rasterImageType(bytes) ?? (isSvg(bytes) ? 'image/svg+xml' : null);
}

/** Sets or replaces the logo; audited (type and size, not the bytes). */
export async function setOrgLogo(ctx: Ctx, bytes: Buffer): Promise<{ logoUpdatedAt: number }> {
  authorize(ctx, 'org.manage');
  if (bytes.length === 0) throw invalid('file', 'file_empty');
  if (bytes.length > LOGO_MAX_BYTES) throw new AppError('payload_too_large', { fields: [{ field: 'file', reason: 'file_too_large', params: { max: 1 } }] });
  const mime = logoType(bytes);
  if (!mime) throw new AppError('unsupported_media_type', { fields: [{ field: 'file', reason: 'logo_type' }] });
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await q.saveLogo(trx, { org_id: ctx.actor.orgId, mime, content: bytes, updated_at: now });
    await recordAudit(trx, ctx, { action: 'org.logo', entityType: 'organisation', entityId: ctx.actor.orgId, after: { mime, bytes: bytes.length } });
  });
  return { logoUpdatedAt: now };
}

/** Removes the logo (the print pages fall back to the name alone); audited; 404 when there is none. */
export async function deleteOrgLogo(ctx: Ctx): Promise<{ ok: true }> {
  authorize(ctx, 'org.manage');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await q.deleteLogo(trx, ctx.actor.orgId))) throw notFound();
    await recordAudit(trx, ctx, { action: 'org.logo.delete', entityType: 'organisation', entityId: ctx.actor.orgId });
  });
  return { ok: true };
}

/** The logo's type and bytes, for anyone signed in to the organisation; 404 when there is none. */
export async function orgLogo(ctx: Ctx): Promise<{ mime: string; content: Buffer; updatedAt: number }> {
  authorize(ctx, 'org.read');
  const row = await q.findLogo(ctx.db, ctx.actor.orgId);
  if (!row) throw notFound();
  return { mime: row.mime, content: row.content, updatedAt: Number(row.updated_at) };
}
