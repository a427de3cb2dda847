/** A meeting's materials for signed-in users: the list each may see, downloads (recorded as opens), edits and deletion by managers. */
import type { Material, MaterialFormat, MaterialVisibility, UpdateMaterial } from '../../../shared/materials';
import type { Db } from '../../db/database';
import type { MaterialRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { openTally } from './material.opens';
import { maySee, userViewer } from './material.policy';
import * as q from './material.queries';

type ListedRow = Awaited<ReturnType<typeof q.listMaterials>>[number];

/** A listed row as the API returns it; `opens` only for managers. */
export function toMaterial(r: ListedRow, opens: Material['opens']): Material {
  return {
    id: r.id, meetingId: r.meeting_id, title: r.title, fileName: r.file_name, format: r.format as MaterialFormat, mime: r.mime, sizeBytes: Number(r.size_bytes), sha256: r.sha256,
    visibility: r.visibility as MaterialVisibility, agendaItemId: r.agenda_item_id, agendaItemTitle: r.agenda_item_title ?? null,
    uploadedBy: r.uploaded_by, uploaderName: r.uploader_name ?? null, createdAt: Number(r.created_at), opens,
  };
}

/** The meeting's materials the caller may see; managers see all, with how many people opened each and how often. */
export async function listMaterials(ctx: Ctx, meetingId: string, db: Db = ctx.db): Promise<Material[]> {
  authorize(ctx, 'meeting.read');
  const meeting = ownRow(ctx, await q.findMeeting(db, meetingId));
  const viewer = await userViewer(ctx, db, meeting);
  const rows = (await q.listMaterials(db, meetingId)).filter((r) => maySee(r.visibility, viewer));
  const tally = viewer.manager ? await openTally(db, meetingId) : null;
  return rows.map((r) => toMaterial(r, tally ? tally.get(r.id) ?? { people: 0, times: 0 } : null));
}

/** A live material of the caller's organisation, with its meeting; deleted ones are gone. */
async function liveMaterial(ctx: Ctx, db: Db, id: string): Promise<{ row: MaterialRow; meeting: NonNullable<Awaited<ReturnType<typeof q.findMeeting>>> }> {
  const row = ownRow(ctx, await q.findMaterial(db, id));
  if (row.deleted_at !== null) throw notFound();
  return { row, meeting: (await q.findMeeting(db, row.meeting_id))! };
}

/** A file as it is sent: its bytes, name and type; PDFs open in the browser, the rest download. */
export type MaterialFile = { content: Buffer; fileName: string; mime: string; inline: boolean; sha256: string };

/** The file for the caller when they may see it (otherwise 404); the opening is recorded against their account unless `record` is false (HEAD). */
export async function downloadMaterial(ctx: Ctx, id: string, record = true): Promise<MaterialFile> {
  authorize(ctx, 'meeting.read');
  const { row, meeting } = await liveMaterial(ctx, ctx.db, id);
  if (!maySee(row.visibility, await userViewer(ctx, ctx.db, meeting))) throw notFound();
  const content = await q.readBlob(ctx.db, row.id);
  if (record) await q.insertOpen(ctx.db, { id: newId(), material_id: row.id, meeting_id: row.meeting_id, participant_id: null, user_id: ctx.actor.userId, opened_at: ctx.now() });
  return { content, fileName: row.file_name, mime: row.mime, inline: row.format === 'pdf', sha256: row.sha256 };
}

/** Renames a material, changes who sees it or the agenda item it belongs to; audited. Returns the meeting's list. */
export async function updateMaterial(ctx: Ctx, id: string, input: UpdateMaterial): Promise<Material[]> {
  authorize(ctx, 'material.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const { row } = await liveMaterial(ctx, trx, id);
    if (input.agendaItemId && !(await q.agendaItemOf(trx, row.meeting_id, input.agendaItemId))) throw invalid('agendaItemId', 'unknown_reference');
    const patch = {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.visibility !== undefined && { visibility: input.visibility }),
      ...(input.agendaItemId !== undefined && { agenda_item_id: input.agendaItemId }),
    };
    if (Object.keys(patch).length) {
      await q.updateMaterial(trx, id, patch);
      await recordAudit(trx, ctx, {
        action: 'material.update', entityType: 'meeting', entityId: row.meeting_id,
        before: { materialId: id, title: row.title, visibility: row.visibility, agendaItemId: row.agenda_item_id }, after: { materialId: id, ...input },
      });
    }
    return listMaterials(ctx, row.meeting_id, trx);
  });
}

/** Deletes a material (kept in the database, no longer listed or served); audited. Returns the meeting's list. */
export async function deleteMaterial(ctx: Ctx, id: string): Promise<Material[]> {
  authorize(ctx, 'material.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const { row } = await liveMaterial(ctx, trx, id);
    await q.updateMaterial(trx, id, { deleted_at: ctx.now() });
    await recordAudit(trx, ctx, { action: 'material.delete', entityType: 'meeting', entityId: row.meeting_id, before: { materialId: id, title: row.title, fileName: row.file_name, sha256: row.sha256 } });
    return listMaterials(ctx, row.meeting_id, trx);
  });
}
