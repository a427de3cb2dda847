/** Uploading a material: the organisation's size limit, the type checked by the bytes against the name, the file kept in the database. */
import { createHash } from 'node:crypto';
import { MATERIAL_FORMATS, extensionOf, formatOfName, type Material, type UploadQuery } from '../../../shared/materials';
import { systemNote } from '../../../shared/task-notes';
import type { MaterialRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parsePolicy } from '../org';
import { closeByEvidence } from '../tasks';
import { listMaterials } from './material.service';
import { contentFits, sniff } from './material.sniff';
import * as q from './material.queries';

const FAMILY_NAMES = { pdf: 'PDF', word: 'Word', powerpoint: 'PowerPoint', excel: 'Excel' } as const;

/** The last part of a path a browser or a script may send, without control characters. */
function cleanFileName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/** The verified format of the bytes under this name, or the 415 saying why not. */
export function checkFile(bytes: Buffer, fileName: string) {
  const format = formatOfName(fileName);
  const found = sniff(bytes, format);
  const refuse = (reason: string, params?: Record<string, unknown>) => new AppError('unsupported_media_type', { fields: [{ field: 'file', reason, params }] });
  if (found.family === 'encrypted') throw refuse('file_encrypted');
  if (!format) throw refuse('file_type');
  if (!found.family) throw refuse('file_content_invalid', { format: FAMILY_NAMES[MATERIAL_FORMATS[format].family] });
  if (!contentFits(bytes, format, found.family)) throw refuse('file_type_mismatch', { actual: FAMILY_NAMES[found.family], ext: extensionOf(fileName) });
  return format;
}

/** Uploads a file to a meeting, optionally bound to one of its agenda items; closes the 会议材料上传 task. Returns the meeting's list. */
export async function uploadMaterial(ctx: Ctx, meetingId: string, input: UploadQuery, bytes: Buffer): Promise<Material[]> {
  authorize(ctx, 'material.manage');
  const meeting = ownRow(ctx, await q.findMeeting(ctx.db, meetingId));
  const fileName = cleanFileName(input.fileName ?? '');
  if (!fileName) throw invalid('fileName', 'required');
  if (bytes.length === 0) throw invalid('file', 'file_empty');
  const maxMb = parsePolicy(await q.orgPolicyJson(ctx.db, meeting.org_id)).materialMaxMb;
  if (bytes.length > maxMb * 1024 * 1024) throw new AppError('payload_too_large', { fields: [{ field: 'file', reason: 'file_too_large', params: { max: maxMb } }] });
  const format = checkFile(bytes, fileName);
  if (input.agendaItemId && !(await q.agendaItemOf(ctx.db, meetingId, input.agendaItemId))) throw invalid('agendaItemId', 'unknown_reference');
  const title = input.title ?? (fileName.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim() || fileName);
  const now = ctx.now();
  const row: MaterialRow = {
    id: newId(), org_id: meeting.org_id, meeting_id: meetingId, agenda_item_id: input.agendaItemId ?? null, title: title.slice(0, 200), file_name: fileName.slice(0, 255),
    mime: MATERIAL_FORMATS[format].mime, format, size_bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
    visibility: input.visibility, uploaded_by: ctx.actor.userId, created_at: now, deleted_at: null,
  };
  return ctx.db.transaction().execute(async (trx) => {
    await q.insertMaterial(trx, row, { material_id: row.id, content: bytes });
    await closeByEvidence(trx, meetingId, 'materials_uploaded', systemNote('materials_uploaded', { title: row.title }), now);
    await recordAudit(trx, ctx, {
      action: 'material.upload', entityType: 'meeting', entityId: meetingId,
      after: { materialId: row.id, title: row.title, fileName: row.file_name, format, sizeBytes: row.size_bytes, sha256: row.sha256, visibility: row.visibility, agendaItemId: row.agenda_item_id },
    });
    return listMaterials(ctx, meetingId, trx);
  });
}
