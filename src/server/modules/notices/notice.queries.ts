/** SQL of notices, their templates and their deliveries. */
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { DeliveryRow, NoticeRow, NoticeTemplateRow } from '../../db/tables';

/** One notice. */
export async function findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
  return db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The notices of a meeting, newest first. */
export async function listNotices(db: Db, meetingId: string): Promise<NoticeRow[]> {
  return db.selectFrom('notices').selectAll().where('meeting_id', '=', meetingId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Stores a new notice. */
export async function insertNotice(db: Db, row: NoticeRow): Promise<void> {
  await db.insertInto('notices').values(row).execute();
}

/** Writes a change if the notice is still at `version` (and, when given, in one of `statuses`); false otherwise. */
export async function updateNoticeAt(db: Db, id: string, version: number, patch: Partial<NoticeRow>, statuses?: readonly string[]): Promise<boolean> {
  const r = await db.updateTable('notices').set({ ...patch, version: version + 1 })
    .where('id', '=', id).where('version', '=', version)
    .$if(!!statuses, (qb) => qb.where('status', 'in', statuses!))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks a queued notice sent once none of its deliveries is still queued. */
export async function markSentIfDrained(db: Db, noticeId: string, now: number): Promise<void> {
  await db.updateTable('notices').set({ status: 'sent', updated_at: now })
    .where('id', '=', noticeId).where('status', '=', 'queued')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('deliveries').select('id').where('notice_id', '=', noticeId).where('status', '=', 'queued'))))
    .execute();
}

/** The organisation's own template of a kind and language, if any. */
export async function findTemplate(db: Db, orgId: string, kind: string, locale: string): Promise<NoticeTemplateRow | undefined> {
  return db.selectFrom('notice_templates').selectAll().where('org_id', '=', orgId).where('kind', '=', kind).where('locale', '=', locale).executeTakeFirst();
}

/** All of an organisation's own templates. */
export async function listTemplates(db: Db, orgId: string): Promise<NoticeTemplateRow[]> {
  return db.selectFrom('notice_templates').selectAll().where('org_id', '=', orgId).execute();
}

/** Creates or replaces an organisation's template. */
export async function upsertTemplate(db: Db, row: NoticeTemplateRow): Promise<void> {
  await db.insertInto('notice_templates').values(row)
    .onConflict((oc) => oc.columns(['org_id', 'kind', 'locale']).doUpdateSet({ subject: row.subject, body: row.body, updated_at: row.updated_at }))
    .execute();
}

/** Removes an organisation's template (the built-in one applies again). */
export async function deleteTemplate(db: Db, orgId: string, kind: string, locale: string): Promise<void> {
  await db.deleteFrom('notice_templates').where('org_id', '=', orgId).where('kind', '=', kind).where('locale', '=', locale).execute();
}

/** Stores deliveries in chunks; a recipient × channel already present for the notice is skipped. */
export async function insertDeliveries(db: Db, rows: readonly DeliveryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) {
    await db.insertInto('deliveries').values(rows.slice(i, i + 300)).onConflict((oc) => oc.columns(['notice_id', 'channel', 'recipient_key']).doNothing()).execute();
  }
}

/** Counts of deliveries by status for several notices. */
export async function deliveryCounts(db: Db, noticeIds: readonly string[]) {
  if (noticeIds.length === 0) return [];
  return db.selectFrom('deliveries').select(['notice_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('notice_id', 'in', noticeIds).groupBy(['notice_id', 'status']).execute();
}

/** A page of a notice's deliveries, filtered. */
export async function listDeliveries(db: Db, noticeId: string, f: { status?: string; channel?: string; limit: number; offset: number }) {
  const base = db.selectFrom('deliveries').where('notice_id', '=', noticeId)
    .$if(!!f.status, (qb) => qb.where('status', '=', f.status!))
    .$if(!!f.channel, (qb) => qb.where('channel', '=', f.channel!));
  const rows = await base.selectAll().orderBy('recipient_name').orderBy('id').limit(f.limit).offset(f.offset).execute();
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** Failed deliveries of a notice back to queued (retry); returns their ids. */
export async function requeueFailed(db: Db, noticeId: string, now: number): Promise<string[]> {
  const rows = await db.selectFrom('deliveries').select('id').where('notice_id', '=', noticeId).where('status', '=', 'failed').execute();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('deliveries').set({ status: 'queued', last_error: null, failed_at: null, attempts: 0, updated_at: now }).where('id', 'in', ids.slice(i, i + 500)).execute();
  }
  return ids;
}

/** Stops a notice's queued deliveries; returns their ids. */
export async function failQueued(db: Db, noticeId: string, reason: string, now: number): Promise<string[]> {
  const rows = await db.selectFrom('deliveries').select('id').where('notice_id', '=', noticeId).where('status', '=', 'queued').execute();
  await db.updateTable('deliveries').set({ status: 'failed', last_error: reason, failed_at: now, updated_at: now }).where('notice_id', '=', noticeId).where('status', '=', 'queued').execute();
  return rows.map((r) => r.id);
}

/** Whether anyone of a meeting has been sent a notice (a change then needs a change notice). */
export async function meetingHasSentDeliveries(db: Db, meetingId: string): Promise<boolean> {
  return !!(await db.selectFrom('deliveries').select('id').where('meeting_id', '=', meetingId).where('status', 'in', ['sent', 'read', 'answered']).limit(1).executeTakeFirst());
}

/** Participants of a meeting who were sent something (the audience of a change notice). */
export async function notifiedParticipantIds(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db.selectFrom('deliveries').select('participant_id').distinct()
    .where('meeting_id', '=', meetingId).where('participant_id', 'is not', null).where('status', 'in', ['sent', 'read', 'answered']).execute();
  return rows.map((r) => r.participant_id!);
}

/** A draft change notice of the meeting not yet submitted, to fold further changes into. */
export async function openChangeDraft(db: Db, meetingId: string): Promise<NoticeRow | undefined> {
  return db.selectFrom('notices').selectAll().where('meeting_id', '=', meetingId).where('kind', '=', 'change').where('status', 'in', ['draft', 'rejected']).orderBy('created_at', 'desc').executeTakeFirst();
}

/** Next 发文字号 sequence of the year: the highest `〔year〕N号` already used by the organisation plus one. */
export async function nextDocSequence(db: Db, orgId: string, year: number): Promise<number> {
  const rows = await db.selectFrom('notices').select('doc_number').where('org_id', '=', orgId).where('doc_number', 'like', sql<string>`${`%〔${year}〕%`}`).execute();
  const used = rows.map((r) => Number(/〔\d{4}〕(\d+)号/.exec(r.doc_number ?? '')?.[1] ?? 0));
  return Math.max(0, ...used) + 1;
}

/** The meeting a notice belongs to, as stored. */
export async function findMeetingRow(db: Db, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The items of the latest published agenda version, or null. */
export async function latestAgendaItems(db: Db, meetingId: string): Promise<{ startAt: number; endAt: number; title: string }[] | null> {
  const v = await db.selectFrom('agenda_versions').select('items_json').where('meeting_id', '=', meetingId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return v ? (JSON.parse(v.items_json) as { startAt: number; endAt: number; title: string }[]) : null;
}
