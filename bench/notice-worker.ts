// A jobs worker in its own process for `bench/notices.ts` (so the benchmark can kill it mid-batch). Configured by the environment.
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { initSecrets, resolveMasterKey } from '../src/server/platform/secrets';
import { startJobsWorker } from '../src/server/worker';

const config = loadConfig();
initSecrets(resolveMasterKey(config));
const database = openDatabase({ url: config.databaseUrl, sqlitePath: config.sqlitePath, poolSize: 12 });
startJobsWorker(database, config, { leaseMs: Number(process.env.BENCH_LEASE_MS ?? 3000), idleMs: 100, batch: 100, concurrency: 10 });
console.log('worker ready');
