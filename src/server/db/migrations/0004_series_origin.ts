/** A series remembers where its rule started (first start and duration), so calendars can state the rule even after occurrences move. Frozen: never edit. */
import { sql, type Kysely } from 'kysely';

/** Adds `dtstart` and `duration_ms` to series, filled from each series' first occurrence. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meeting_series').addColumn('dtstart', 'bigint').execute();
  await db.schema.alterTable('meeting_series').addColumn('duration_ms', 'bigint').execute();
  await sql`update meeting_series set
      dtstart = (select min(m.start_at) from meetings m where m.series_id = meeting_series.id and m.occurrence_index = 0),
      duration_ms = (select min(m.end_at - m.start_at) from meetings m where m.series_id = meeting_series.id and m.occurrence_index = 0)`.execute(db);
}

/** Drops the columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meeting_series').dropColumn('duration_ms').execute();
  await db.schema.alterTable('meeting_series').dropColumn('dtstart').execute();
}
