/** Meeting materials (files kept in the database so every app process serves them), who opened them, task durations for the timeline, and 协调会 notes with their decisions. Frozen once landed: never edit. */
import { PostgresAdapter, type Kysely } from 'kysely';

/** Creates the materials and coordination tables and adds the task duration. */
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema
    .createTable('materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('deleted_at', 'bigint')
    .execute();
  await db.schema.createIndex('materials_meeting').on('materials').columns(['meeting_id', 'created_at']).execute();
  await db.schema
    .createTable('material_blobs')
    .addColumn('material_id', 'text', (c) => c.primaryKey().references('materials.id').onDelete('cascade'))
    .addColumn('content', bytes as 'blob', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('material_opens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('material_id', 'text', (c) => c.notNull().references('materials.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('material_opens_material').on('material_opens').columns(['material_id', 'opened_at']).execute();

  await db.schema.alterTable('playbook_steps').addColumn('duration_days', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('tasks').addColumn('duration_days', 'integer', (c) => c.notNull().defaultTo(1)).execute();

  await db.schema
    .createTable('coordination_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('held_at', 'bigint', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coordination_notes_meeting').on('coordination_notes').columns(['meeting_id', 'held_at']).execute();
  await db.schema
    .createTable('coordination_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('note_id', 'text', (c) => c.notNull().references('coordination_notes.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coordination_decisions_task').on('coordination_decisions').columns(['task_id']).execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['coordination_decisions', 'coordination_notes', 'material_opens', 'material_blobs', 'materials']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('tasks').dropColumn('duration_days').execute();
  await db.schema.alterTable('playbook_steps').dropColumn('duration_days').execute();
}
