/** The meeting plan: meetings, recurring series, participating departments, transitions. Frozen: never edit. */
import { sql, type Kysely } from 'kysely';

/** Creates the meeting tables. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('rrule', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('series_id', 'text', (c) => c.references('meeting_series.id'))
    .addColumn('occurrence_index', 'integer')
    .addColumn('detached', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('purpose', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_at', 'bigint', (c) => c.notNull())
    .addColumn('end_at', 'bigint', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('host_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('expected_size', 'integer')
    .addColumn('notes', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('meetings_end_after_start', sql`end_at > start_at`)
    .execute();
  await db.schema.createIndex('meetings_org_start').on('meetings').columns(['org_id', 'start_at']).execute();
  await db.schema.createIndex('meetings_series').on('meetings').columns(['series_id', 'occurrence_index']).execute();

  await db.schema
    .createTable('meeting_departments')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addPrimaryKeyConstraint('meeting_departments_pk', ['meeting_id', 'department_id'])
    .execute();
  await db.schema.createIndex('meeting_departments_dept').on('meeting_departments').columns(['department_id']).execute();

  await db.schema
    .createTable('meeting_transitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_transitions_meeting').on('meeting_transitions').columns(['meeting_id', 'at']).execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['meeting_transitions', 'meeting_departments', 'meetings', 'meeting_series']) {
    await db.schema.dropTable(t).execute();
  }
}
