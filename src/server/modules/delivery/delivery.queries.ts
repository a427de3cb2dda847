/** SQL of deliveries as the sender and the read tracker see them, and of the local mail outbox. */
import type { Db } from '../../db/database';
import type { DeliveryRow, MailOutboxRow } from '../../db/tables';

/** One delivery. */
export async function findDelivery(db: Db, id: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a queued delivery sent; false when it was not queued any more (sent by an earlier run, or cancelled). */
export async function markSent(db: Db, id: string, providerId: string | null, now: number): Promise<boolean> {
  const r = await db.updateTable('deliveries').set((eb) => ({ status: 'sent', provider_id: providerId, sent_at: now, attempts: eb('attempts', '+', 1), last_error: null, updated_at: now }))
    .where('id', '=', id).where('status', '=', 'queued').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records a failed attempt; `final` marks the delivery failed for good. */
export async function markAttempt(db: Db, id: string, error: string, final: boolean, now: number): Promise<void> {
  await db.updateTable('deliveries').set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, updated_at: now, ...(final ? { status: 'failed', failed_at: now } : {}) }))
    .where('id', '=', id).where('status', '=', 'queued').execute();
}

/** Keeps a mail in the local outbox (no SMTP server configured). */
export async function insertOutbox(db: Db, row: MailOutboxRow): Promise<void> {
  await db.insertInto('mail_outbox').values(row).onConflict((oc) => oc.column('delivery_id').doNothing()).execute();
}

/** The delivery a tracking token belongs to. */
export async function findByTrackToken(db: Db, token: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('deliveries').selectAll().where('track_token', '=', token).executeTakeFirst();
}

/** Marks a sent delivery read (opening the mail or the link); later states are kept. */
export async function markRead(db: Db, id: string, now: number): Promise<void> {
  await db.updateTable('deliveries').set({ status: 'read', read_at: now, updated_at: now }).where('id', '=', id).where('status', '=', 'sent').execute();
}

/** Marks every delivery to a participant of a meeting answered once they replied. */
export async function markAnswered(db: Db, meetingId: string, participantId: string, now: number): Promise<void> {
  await db.updateTable('deliveries').set({ status: 'answered', answered_at: now, updated_at: now })
    .where('meeting_id', '=', meetingId).where('participant_id', '=', participantId).where('status', 'in', ['sent', 'read']).execute();
}

/** The newest mails of the local outbox. */
export async function listOutbox(db: Db, orgId: string, limit: number, offset: number) {
  const base = db.selectFrom('mail_outbox').where('org_id', '=', orgId);
  const rows = await base.select(['id', 'delivery_id', 'to_address', 'subject', 'created_at']).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** One outbox mail with its raw message. */
export async function findOutbox(db: Db, id: string): Promise<MailOutboxRow | undefined> {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The meeting and organisation facts a mail's calendar invitation needs. */
export async function inviteFacts(db: Db, meetingId: string) {
  return db.selectFrom('meetings as m').innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select(['m.id', 'm.title', 'm.purpose', 'm.start_at', 'm.end_at', 'm.time_zone', 'm.place', 'm.status', 'm.version', 'o.name as org_name'])
    .where('m.id', '=', meetingId).executeTakeFirst();
}
