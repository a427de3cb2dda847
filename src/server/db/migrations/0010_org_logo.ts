/** The organisation's logo for print pages (badges, table cards, meal tickets): one image per organisation, bytes in the database. Frozen once landed: never edit. */
import { PostgresAdapter, type Kysely } from 'kysely';

/** Creates `org_logos`. */
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema
    .createTable('org_logos')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('content', bytes as 'blob', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

/** Drops `org_logos`. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('org_logos').execute();
}
