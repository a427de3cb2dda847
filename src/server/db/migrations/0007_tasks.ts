/** Playbooks (the handbook's steps per organisation) and the dated, owned tasks applied to meetings. Frozen once landed: never edit. */
import type { Kysely } from 'kysely';

/** Creates the playbook and task tables. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('playbooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('playbooks_org_key').on('playbooks').columns(['org_id', 'key']).unique().execute();

  await db.schema
    .createTable('playbook_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('playbook_id', 'text', (c) => c.notNull().references('playbooks.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_role', 'text', (c) => c.notNull())
    .addColumn('anchor', 'text', (c) => c.notNull())
    .addColumn('offset_days', 'integer', (c) => c.notNull())
    .addColumn('due_time', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('depends_on_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('playbook_steps_playbook').on('playbook_steps').columns(['playbook_id', 'sort_order']).execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('playbook_id', 'text')
    .addColumn('step_key', 'text')
    .addColumn('parent_task_id', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_role', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('anchor', 'text', (c) => c.notNull())
    .addColumn('offset_days', 'integer', (c) => c.notNull())
    .addColumn('due_time', 'text', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('done_at', 'bigint')
    .addColumn('done_by', 'text')
    .addColumn('done_note', 'text')
    .addColumn('depends_on_json', 'text', (c) => c.notNull())
    .addColumn('reminded_soon_at', 'bigint')
    .addColumn('reminded_overdue_at', 'bigint')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_meeting').on('tasks').columns(['meeting_id', 'due_at']).execute();
  await db.schema.createIndex('tasks_owner').on('tasks').columns(['owner_user_id', 'status', 'due_at']).execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['tasks', 'playbook_steps', 'playbooks']) await db.schema.dropTable(t).execute();
}
