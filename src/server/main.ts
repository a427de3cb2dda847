/** The `huiwu` command: serve | migrate | seed-demo | create-org. */
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { startJobsWorker } from './worker';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase, withStartupLock, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { DEMO_PASSWORD } from './demo/demo-data';
import { seedDemo } from './demo/seed-demo';
import { initSecrets, resolveMasterKey } from './platform/secrets';
import { sweepBookings } from './modules/bookings';
import { remindTaskOwners } from './modules/tasks';
import { createOrg, databaseIsEmpty } from './modules/org';
import { insertAccount } from './modules/users';

const usage = `Usage: huiwu <command>
  serve        migrate, load demo data into an empty database (HUIWU_DEMO=true), serve on PORT
  migrate      bring the database (DATABASE_URL, or the SQLite file) to the latest schema
  seed-demo    load the demo organisation into an empty database
  create-org   --name <organisation> --admin <username> --password <password> [--time-zone Asia/Shanghai]`;

function open(config: Config): Database {
  return openDatabase({ url: config.databaseUrl, sqlitePath: config.sqlitePath, poolSize: config.dbPoolSize });
}

function where(config: Config): string {
  return config.databaseUrl ? `PostgreSQL (${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')})` : `SQLite (${config.sqlitePath})`;
}

async function loadDemoIfEmpty(database: Database, config: Config): Promise<boolean> {
  if (!(await databaseIsEmpty(database.db))) return false;
  initSecrets(resolveMasterKey(config));
  const logins = await seedDemo(database, Date.now(), config.publicUrl);
  console.log('Demo data loaded. Demo logins (password ' + DEMO_PASSWORD + '):');
  for (const l of logins) console.log(`  ${l.username.padEnd(10)} ${l.name}  [${l.roles.join(', ')}]`);
  return true;
}

async function serve(config: Config): Promise<void> {
  const database = open(config);
  await withStartupLock(database, async () => {
    await migrateToLatest(database.db);
    if (config.demo) await loadDemoIfEmpty(database, config);
  });
  const app = await buildApp({ config, database });
  // Every process sweeps: releases unclaimed rooms and expired waitlist holds (each update is conditional, so sweeps never collide).
  const sweeper = setInterval(() => {
    sweepBookings(database, Date.now()).catch((err: unknown) => app.log.error({ err }, 'booking sweep failed'));
    remindTaskOwners(database, Date.now()).catch((err: unknown) => app.log.error({ err }, 'task reminders failed'));
  }, 30_000);
  sweeper.unref();
  const worker = config.worker ? startJobsWorker(database, config) : null;
  const shutdown = async () => {
    clearInterval(sweeper);
    await worker?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  console.log(`Huiwu is running on ${where(config)}: http://localhost:${config.port}  (API docs: /docs)`);
  if (config.demo) console.log(`Demo logins: admin, organiser, leader, staff, finance, member — password ${DEMO_PASSWORD}`);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  if (command === 'serve') return serve(config);
  const database = open(config);
  try {
    if (command === 'migrate') {
      const applied = await migrateToLatest(database.db);
      console.log(`${where(config)}: ${applied.length ? `applied ${applied.join(', ')}` : 'already up to date'}`);
    } else if (command === 'seed-demo') {
      const loaded = await withStartupLock(database, async () => {
        await migrateToLatest(database.db);
        return loadDemoIfEmpty(database, config);
      });
      if (!loaded) console.log('The database already holds an organisation; demo data not loaded.');
    } else if (command === 'create-org') {
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, admin: { type: 'string' }, password: { type: 'string' }, 'time-zone': { type: 'string' } } });
      if (!values.name || !values.admin || !values.password) throw new ConfigError(usage);
      await migrateToLatest(database.db);
      const now = Date.now();
      const org = await createOrg(database.db, { name: values.name, timeZone: values['time-zone'] }, now);
      await insertAccount(database.db, { orgId: org.id, username: values.admin, displayName: values.admin, password: values.password, roles: ['admin', 'organiser'] }, now);
      console.log(`Created ${org.name} (${org.id}) with admin ${values.admin}.`);
    } else {
      console.log(usage);
      process.exitCode = command ? 1 : 0;
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
