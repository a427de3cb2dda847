/** Materials through a participant's personal link (the reply-slip link is the credential), and the notice's `{{materials}}` text. */
import { materialsNoticeText, type PublicMaterial } from '../../../shared/materials';
import type { Database, Db } from '../../db/database';
import { notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { participantByToken } from '../rsvp';
import { maySee, participantViewer } from './material.policy';
import * as q from './material.queries';
import { toMaterial, type MaterialFile } from './material.service';

async function linkViewer(db: Db, token: string, now: number) {
  const p = await participantByToken(db, token, now);
  return { p, viewer: participantViewer(p, await q.agendaPresenterIds(db, p.meeting_id)) };
}

/** What the link's participant may see, oldest first. */
export async function materialsByToken(database: Database, token: string, now: number): Promise<PublicMaterial[]> {
  const { p, viewer } = await linkViewer(database.db, token, now);
  return (await q.listMaterials(database.db, p.meeting_id)).filter((r) => maySee(r.visibility, viewer)).map((r) => {
    const { id, title, fileName, format, sizeBytes, agendaItemId, agendaItemTitle, createdAt } = toMaterial(r, null);
    return { id, title, fileName, format, sizeBytes, agendaItemId, agendaItemTitle, createdAt };
  });
}

/** The file for the link's participant when they may see it (otherwise 404), recording the opening against the participant. */
export async function downloadByToken(database: Database, token: string, materialId: string, now: number, record = true): Promise<MaterialFile> {
  const { p, viewer } = await linkViewer(database.db, token, now);
  const row = await q.findMaterial(database.db, materialId);
  if (!row || row.meeting_id !== p.meeting_id || row.deleted_at !== null || !maySee(row.visibility, viewer)) throw notFound();
  const content = await q.readBlob(database.db, row.id);
  if (record) await q.insertOpen(database.db, { id: newId(), material_id: row.id, meeting_id: row.meeting_id, participant_id: p.id, user_id: null, opened_at: now });
  return { content, fileName: row.file_name, mime: row.mime, inline: row.format === 'pdf', sha256: row.sha256 };
}

/** The notice's `{{materials}}`: the titles every participant may see, and that the personal link serves them. */
export async function materialsForNotice(db: Db, meetingId: string, locale: 'zh-CN' | 'en'): Promise<string> {
  return materialsNoticeText(await q.titlesForParticipants(db, meetingId), locale);
}
