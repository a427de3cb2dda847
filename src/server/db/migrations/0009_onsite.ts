/** On site: personal passes (revocable), check-in lists, scans and attendance, people's photos, 座次 seating plans, incidents. Frozen once landed: never edit. */
import { PostgresAdapter, type Kysely } from 'kysely';

/** Creates the on-site tables. */
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema.alterTable('meeting_participants').addColumn('pass_epoch', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // 座次: 1 = the highest rank on the rostrum; null = not ranked.
  await db.schema.alterTable('meeting_participants').addColumn('protocol_rank', 'integer').execute();

  await db.schema
    .createTable('person_photos')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('content', bytes as 'blob', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('checkin_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('agenda_item_id', 'text')
    .addColumn('allowed_roles_json', 'text')
    .addColumn('allowed_groups_json', 'text')
    .addColumn('track_exit', 'integer', (c) => c.notNull())
    .addColumn('allow_reentry', 'integer', (c) => c.notNull())
    .addColumn('opens_at', 'bigint')
    .addColumn('closes_at', 'bigint')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('checkin_lists_meeting').on('checkin_lists').columns(['meeting_id', 'sort_order']).execute();

  await db.schema
    .createTable('checkin_scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('list_id', 'text', (c) => c.notNull().references('checkin_lists.id').onDelete('cascade'))
    .addColumn('participant_id', 'text')
    .addColumn('pass_epoch', 'integer')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('scanned_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('client_nonce', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('offline', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'text')
    .addColumn('flagged', 'integer', (c) => c.notNull())
    .addColumn('reviewed_at', 'bigint')
    .addColumn('reviewed_by', 'text')
    .addColumn('review_note', 'text')
    .execute();
  await db.schema.createIndex('checkin_scans_nonce').on('checkin_scans').columns(['list_id', 'client_nonce']).unique().execute();
  await db.schema.createIndex('checkin_scans_participant').on('checkin_scans').columns(['list_id', 'participant_id', 'scanned_at']).execute();
  await db.schema.createIndex('checkin_scans_meeting').on('checkin_scans').columns(['meeting_id', 'received_at']).execute();

  // One row per person per list: the attendance (never two), from the earliest accepted scan whatever order scans arrive in.
  await db.schema
    .createTable('checkin_attendance')
    .addColumn('list_id', 'text', (c) => c.notNull().references('checkin_lists.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('first_scan_id', 'text', (c) => c.notNull())
    .addColumn('first_at', 'bigint', (c) => c.notNull())
    .addColumn('inside', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkin_attendance_pk', ['list_id', 'participant_id'])
    .execute();
  await db.schema.createIndex('checkin_attendance_meeting').on('checkin_attendance').columns(['meeting_id', 'first_at']).execute();

  await db.schema
    .createTable('seating_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('venue_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('settings_json', 'text', (c) => c.notNull())
    .addColumn('layout_json', 'text', (c) => c.notNull())
    .addColumn('assignments_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seating_plans_meeting').on('seating_plans').columns(['meeting_id', 'name']).unique().execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.references('users.id'))
    .addColumn('handler_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_meeting').on('incidents').columns(['meeting_id', 'created_at']).execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['incidents', 'seating_plans', 'checkin_attendance', 'checkin_scans', 'checkin_lists', 'person_photos']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('meeting_participants').dropColumn('protocol_rank').execute();
  await db.schema.alterTable('meeting_participants').dropColumn('pass_epoch').execute();
}
