/** People's details, participants' replies, notices, deliveries, group bots, the mail outbox and the jobs table. Frozen once landed: never edit. */
import type { Kysely } from 'kysely';

/** Adds the columns and tables of notices and the reply slip. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('gender', 'text').execute();
  await db.schema.alterTable('people').addColumn('category', 'text').execute();
  await db.schema.alterTable('people').addColumn('id_number_cipher', 'text').execute();
  await db.schema.alterTable('people').addColumn('id_number_masked', 'text').execute();
  await db.schema.createIndex('people_org_phone').on('people').columns(['org_id', 'phone']).execute();

  await db.schema.alterTable('departments').addColumn('contact_person_id', 'text').execute();

  for (const [name, type] of [
    ['group_name', 'text'], ['attendance', 'text'], ['reply_json', 'text'], ['answered_at', 'bigint'],
    ['answered_by_user_id', 'text'], ['rsvp_epoch', 'integer'], ['updated_at', 'bigint'],
  ] as const) {
    await db.schema.alterTable('meeting_participants').addColumn(name, type).execute();
  }
  await db.updateTable('meeting_participants').set({ attendance: 'invited', rsvp_epoch: 0 }).execute();

  await db.schema
    .createTable('notice_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notice_templates_unique').on('notice_templates').columns(['org_id', 'kind', 'locale']).unique().execute();

  await db.schema
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('round', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('addressee', 'text')
    .addColumn('prepare', 'text')
    .addColumn('contact', 'text')
    .addColumn('rsvp_deadline', 'bigint')
    .addColumn('attachments_json', 'text', (c) => c.notNull())
    .addColumn('channels_json', 'text', (c) => c.notNull())
    .addColumn('audience_json', 'text', (c) => c.notNull())
    .addColumn('reminders_json', 'text', (c) => c.notNull())
    .addColumn('change_json', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', 'bigint')
    .addColumn('queued_at', 'bigint')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notices_meeting').on('notices').columns(['meeting_id', 'created_at']).execute();

  await db.schema
    .createTable('channel_bots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('webhook_cipher', 'text', (c) => c.notNull())
    .addColumn('secret_cipher', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'text')
    .addColumn('recipient_key', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('track_token', 'text', (c) => c.notNull().unique())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('provider_id', 'text')
    .addColumn('sent_at', 'bigint')
    .addColumn('failed_at', 'bigint')
    .addColumn('read_at', 'bigint')
    .addColumn('answered_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deliveries_unique').on('deliveries').columns(['notice_id', 'channel', 'recipient_key']).unique().execute();
  await db.schema.createIndex('deliveries_meeting').on('deliveries').columns(['meeting_id', 'participant_id']).execute();
  await db.schema.createIndex('deliveries_notice_status').on('deliveries').columns(['notice_id', 'status']).execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('delivery_id', 'text', (c) => c.notNull().unique())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_outbox_org').on('mail_outbox').columns(['org_id', 'created_at']).execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_ref').on('jobs').columns(['kind', 'ref_id']).execute();
}

/** Drops what `up` created (the added columns stay: SQLite cannot drop them portably). */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['jobs', 'mail_outbox', 'deliveries', 'channel_bots', 'notices', 'notice_templates']) {
    await db.schema.dropTable(t).execute();
  }
}
