/** Venues, bookings that cannot overlap, waitlist, service requests, participants, notifications, calendar feeds. Frozen: never edit. */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Statuses that hold a room: a booking in one of these blocks its interval. */
const LIVE = `('pending', 'tentative', 'confirmed', 'held')`;

/** Creates the tables; the no-overlap rule is an exclusion constraint (PostgreSQL) or triggers (SQLite). */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('venues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('building', 'text')
    .addColumn('floor', 'text')
    .addColumn('address', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('capacities_json', 'text', (c) => c.notNull())
    .addColumn('equipment_json', 'text', (c) => c.notNull())
    .addColumn('cost_half_day_fen', 'bigint')
    .addColumn('cost_day_fen', 'bigint')
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('rules_json', 'text', (c) => c.notNull())
    .addColumn('requires_approval', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('checkin_required', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('door_token', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('venues_org_name').on('venues').columns(['org_id', 'name']).unique().execute();

  await db.schema
    .createTable('venue_members')
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('venue_members_pk', ['venue_id', 'user_id', 'role'])
    .execute();

  await db.schema
    .createTable('venue_closures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id').onDelete('cascade'))
    .addColumn('start_at', 'bigint', (c) => c.notNull())
    .addColumn('end_at', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('venue_closures_order', sql`end_at > start_at`)
    .execute();
  await db.schema.createIndex('venue_closures_venue').on('venue_closures').columns(['venue_id', 'start_at']).execute();

  await db.schema
    .createTable('bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_at', 'bigint', (c) => c.notNull())
    .addColumn('end_at', 'bigint', (c) => c.notNull())
    .addColumn('block_start', 'bigint', (c) => c.notNull())
    .addColumn('block_end', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('layout', 'text')
    .addColumn('attendee_count', 'integer')
    .addColumn('booked_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('hold_expires_at', 'bigint')
    .addColumn('checked_in_at', 'bigint')
    .addColumn('checked_in_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_reason', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('bookings_order', sql`end_at > start_at and block_start <= start_at and block_end >= end_at`)
    .execute();
  await db.schema.createIndex('bookings_venue_block').on('bookings').columns(['venue_id', 'block_start']).execute();
  await db.schema.createIndex('bookings_org_start').on('bookings').columns(['org_id', 'start_at']).execute();
  await db.schema.createIndex('bookings_meeting').on('bookings').column('meeting_id').execute();

  if (postgres) {
    // btree_gist lets one gist index mix `=` on text with `&&` on ranges (a trusted extension since PostgreSQL 13).
    await sql`create extension if not exists btree_gist with schema public`.execute(db);
    await sql.raw(`alter table bookings add constraint bookings_no_overlap exclude using gist
      (venue_id with =, int8range(block_start, block_end) with &&) where (status in ${LIVE})`).execute(db);
  } else {
    for (const event of ['insert', 'update']) {
      await sql.raw(`create trigger bookings_no_overlap_${event} before ${event} on bookings
        when new.status in ${LIVE} and exists (
          select 1 from bookings b where b.venue_id = new.venue_id and b.id <> new.id and b.status in ${LIVE}
            and b.block_start < new.block_end and b.block_end > new.block_start)
        begin select raise(abort, 'bookings_no_overlap'); end`).execute(db);
    }
  }

  await db.schema
    .createTable('booking_waitlist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_at', 'bigint', (c) => c.notNull())
    .addColumn('end_at', 'bigint', (c) => c.notNull())
    .addColumn('layout', 'text')
    .addColumn('attendee_count', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('offered_booking_id', 'text', (c) => c.references('bookings.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('booking_waitlist_venue').on('booking_waitlist').columns(['venue_id', 'status', 'created_at']).execute();

  await db.schema
    .createTable('booking_services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('booking_id', 'text', (c) => c.notNull().references('bookings.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('booking_services_booking').on('booking_services').column('booking_id').execute();

  await db.schema
    .createTable('meeting_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_participants_unique').on('meeting_participants').columns(['meeting_id', 'person_id']).unique().execute();
  await db.schema.createIndex('meeting_participants_person').on('meeting_participants').column('person_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params_json', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('read_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['calendar_feeds', 'notifications', 'meeting_participants', 'booking_services', 'booking_waitlist', 'bookings', 'venue_closures', 'venue_members', 'venues']) {
    await db.schema.dropTable(t).execute();
  }
}
