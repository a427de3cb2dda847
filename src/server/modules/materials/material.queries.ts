/** SQL of meeting materials: the rows, their bytes, who opened them, and the meeting's people they are shown to. */
import type { Db } from '../../db/database';
import type { MaterialBlobRow, MaterialOpenRow, MaterialRow } from '../../db/tables';

/** The meeting a material belongs to (organisation check, host, time zone). */
export async function findMeeting(db: Db, id: string) {
  return db.selectFrom('meetings').select(['id', 'org_id', 'title', 'host_person_id', 'status']).where('id', '=', id).executeTakeFirst();
}

/** The organisation's policy (the upload limit). */
export async function orgPolicyJson(db: Db, orgId: string): Promise<string> {
  return (await db.selectFrom('organisations').select('policy_json').where('id', '=', orgId).executeTakeFirstOrThrow()).policy_json;
}

/** One material, deleted or not. */
export async function findMaterial(db: Db, id: string): Promise<MaterialRow | undefined> {
  return db.selectFrom('materials').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A meeting's materials not deleted, oldest first, with the title of the agenda item each is bound to and the uploader's name. */
export async function listMaterials(db: Db, meetingId: string) {
  return db.selectFrom('materials as m')
    .leftJoin('agenda_items as a', 'a.id', 'm.agenda_item_id')
    .leftJoin('users as u', 'u.id', 'm.uploaded_by')
    .selectAll('m').select(['a.title as agenda_item_title', 'a.start_at as agenda_item_start', 'u.display_name as uploader_name'])
    .where('m.meeting_id', '=', meetingId).where('m.deleted_at', 'is', null)
    .orderBy('m.created_at').orderBy('m.id').execute();
}

/** Titles of the meeting's materials every participant may see (for the notice's `{{materials}}`). */
export async function titlesForParticipants(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db.selectFrom('materials').select('title').where('meeting_id', '=', meetingId).where('deleted_at', 'is', null)
    .where('visibility', 'in', ['everyone', 'participants']).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => r.title);
}

/** Stores a material and its bytes. */
export async function insertMaterial(db: Db, row: MaterialRow, blob: MaterialBlobRow): Promise<void> {
  await db.insertInto('materials').values(row).execute();
  await db.insertInto('material_blobs').values(blob).execute();
}

/** Changes a material (title, visibility, agenda item, deletion). */
export async function updateMaterial(db: Db, id: string, patch: Partial<Pick<MaterialRow, 'title' | 'visibility' | 'agenda_item_id' | 'deleted_at'>>): Promise<void> {
  await db.updateTable('materials').set(patch).where('id', '=', id).execute();
}

/** The bytes of a material. */
export async function readBlob(db: Db, materialId: string): Promise<Buffer> {
  const row = await db.selectFrom('material_blobs').select('content').where('material_id', '=', materialId).executeTakeFirstOrThrow();
  return Buffer.isBuffer(row.content) ? row.content : Buffer.from(row.content as Uint8Array);
}

/** Records one opening. */
export async function insertOpen(db: Db, row: MaterialOpenRow): Promise<void> {
  await db.insertInto('material_opens').values(row).execute();
}

/** Openings of a meeting's materials (or one material) by viewer: how many, first and last. */
export async function opensByViewer(db: Db, meetingId: string, materialId?: string) {
  return db.selectFrom('material_opens')
    .select((eb) => ['material_id', 'participant_id', 'user_id', eb.fn.countAll<number>().as('times'), eb.fn.min('opened_at').as('first_at'), eb.fn.max('opened_at').as('last_at')])
    .where('meeting_id', '=', meetingId)
    .$if(!!materialId, (qb) => qb.where('material_id', '=', materialId!))
    .groupBy(['material_id', 'participant_id', 'user_id']).execute();
}

/** The meeting's participants with what deciding and chasing needs: role, attendance, name, unit, phone, and their person. */
export async function participantsOf(db: Db, meetingId: string) {
  return db.selectFrom('meeting_participants as mp').innerJoin('people as p', 'p.id', 'mp.person_id')
    .select(['mp.id', 'mp.person_id', 'mp.role', 'mp.attendance', 'mp.group_name', 'p.name', 'p.unit', 'p.phone'])
    .where('mp.meeting_id', '=', meetingId).orderBy('p.name').orderBy('mp.id').execute();
}

/** The participant a person is in a meeting, if any. */
export async function participantOfPerson(db: Db, meetingId: string, personId: string) {
  return db.selectFrom('meeting_participants').select(['id', 'role']).where('meeting_id', '=', meetingId).where('person_id', '=', personId).executeTakeFirst();
}

/** Participant ids named as presenters of any of the meeting's agenda items. */
export async function agendaPresenterIds(db: Db, meetingId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('agenda_items').select('presenter_ids_json').where('meeting_id', '=', meetingId).execute();
  return new Set(rows.flatMap((r) => JSON.parse(r.presenter_ids_json) as string[]));
}

/** An agenda item of the meeting (to bind a material to it). */
export async function agendaItemOf(db: Db, meetingId: string, itemId: string) {
  return db.selectFrom('agenda_items').select(['id', 'title']).where('id', '=', itemId).where('meeting_id', '=', meetingId).executeTakeFirst();
}

/** Accounts by id with their person's name and unit (the opens report). */
export async function usersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('users as u').leftJoin('people as p', 'p.id', 'u.person_id')
    .select(['u.id', 'u.display_name', 'u.person_id', 'p.name', 'p.unit']).where('u.id', 'in', [...ids]).execute();
}
