/** Applies the migrations in order; each is imported statically so a bundle or a fresh clone has them all. */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001_foundation';
import * as m0002 from './migrations/0002_meetings';
import * as m0003 from './migrations/0003_venues';
import * as m0004 from './migrations/0004_series_origin';
import * as m0005 from './migrations/0005_notices';
import * as m0006 from './migrations/0006_agenda';
import * as m0007 from './migrations/0007_tasks';
import * as m0008 from './migrations/0008_materials_coordination';
import * as m0009 from './migrations/0009_onsite';
import * as m0010 from './migrations/0010_org_logo';

const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_meetings': m0002,
  '0003_venues': m0003,
  '0004_series_origin': m0004,
  '0005_notices': m0005,
  '0006_agenda': m0006,
  '0007_tasks': m0007,
  '0008_materials_coordination': m0008,
  '0009_onsite': m0009,
  '0010_org_logo': m0010,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the latest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`, { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
