/** Demo materials: the all-hands agenda as Word for its participants and as the 议程PPT for its hosts and presenters, and a few openings. */
import type { Database } from '../db/database';
import type { Ctx } from '../platform/context';
import { exportAgenda } from '../modules/agenda/agenda.export';
import { uploadMaterial } from '../modules/materials';
import { downloadByToken } from '../modules/materials/material.public';
import { rsvpToken } from '../modules/rsvp';

/** Uploads the published agenda's Word and PowerPoint exports (before the notice, so its {{materials}} names them). */
export async function seedMaterials(ctx: Ctx, meetingId: string): Promise<void> {
  const docx = await exportAgenda(ctx, meetingId, 'docx');
  await uploadMaterial(ctx, meetingId, { fileName: docx.fileName, title: '会议议程', visibility: 'participants' }, docx.body as Buffer);
  const pptx = await exportAgenda(ctx, meetingId, 'pptx');
  await uploadMaterial(ctx, meetingId, { fileName: pptx.fileName, title: '会议议程（大屏PPT）', visibility: 'presenters' }, pptx.body as Buffer);
}

/** The first participants open the agenda by their personal links, so the "who opened" list has something to show. */
export async function seedMaterialOpens(database: Database, meetingId: string, at: number): Promise<void> {
  const [agenda] = await database.db.selectFrom('materials').select('id').where('meeting_id', '=', meetingId).orderBy('created_at').execute();
  const participants = await database.db.selectFrom('meeting_participants').select(['id', 'rsvp_epoch']).where('meeting_id', '=', meetingId).orderBy('created_at').orderBy('id').limit(3).execute();
  for (const [i, p] of participants.entries()) await downloadByToken(database, rsvpToken(p.id, Number(p.rsvp_epoch ?? 0)), agenda.id, at + i * 3_600_000);
}
