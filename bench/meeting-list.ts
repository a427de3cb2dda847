// `npm run bench:list`: measures the meeting list endpoint against a bare Fastify route in the same run and
// prints the ratio (these machines are noisy, so only ratios within one run are compared).
//   BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 20), DATABASE_URL to bench on PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-bench-'));
const children: ChildProcess[] = [];

function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<void> {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d;
      if (ready.test(out)) resolve();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
}

async function json(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return { body: await res.json(), headers: res.headers };
}

async function load(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bytes: r.throughput.average };
}

try {
  const huiwuPort = 3451;
  const barePort = 3452;
  const dbEnv: Record<string, string> = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : { HUIWU_SQLITE_PATH: path.join(dir, 'bench.db') };
  await start(['src/server/main.ts', 'serve'], { ...dbEnv, PORT: String(huiwuPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', HUIWU_DEMO: 'true' }, /running on/);
  const base = `http://127.0.0.1:${huiwuPort}`;
  const login = await json(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'organiser', password: 'Huiwu@2026' }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const headers = { cookie, 'x-csrf-token': login.body.csrfToken, 'content-type': 'application/json' };

  // 1,000 more meetings: two daily series of 500 occurrences.
  const day = 86_400_000;
  for (const [i, kind] of ['report', 'discussion'].entries()) {
    const startAt = Date.now() + (i + 1) * day;
    await json(`${base}/api/meetings`, { method: 'POST', headers, body: JSON.stringify({ title: `基准测试例会 ${i}`, kind, scope: 'internal', startAt, endAt: startAt + 3_600_000, timeZone: 'Asia/Shanghai', recurrence: { rrule: 'FREQ=DAILY;COUNT=500' } }) });
  }
  const listUrl = `${base}/api/meetings?limit=50`;
  const sample = await json(listUrl, { headers });
  const bodyFile = path.join(dir, 'body.json');
  fs.writeFileSync(bodyFile, JSON.stringify(sample.body));
  await start(['bench/bare-server.ts', String(barePort), bodyFile], {}, /ready/);

  console.log(`meetings in the database: ${sample.body.total}; page of ${sample.body.items.length}; ${connections} connections, ${seconds}s each`);
  const bare = await load(`http://127.0.0.1:${barePort}/api/meetings`);
  const list = await load(listUrl, { cookie });
  const rows = [
    ['bare Fastify, same body', bare],
    ['GET /api/meetings?limit=50', list],
  ] as const;
  for (const [name, r] of rows) console.log(`${name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`);
  const ratio = list.rps / bare.rps;
  console.log(`ratio (meeting list / bare route): ${ratio.toFixed(3)} of the baseline's throughput (${(1 / ratio).toFixed(1)}x the cost per request)`);
  const dialect = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
  fs.writeFileSync(
    path.join(import.meta.dirname, 'results', `meeting-list-${dialect}.json`),
    JSON.stringify({ at: new Date().toISOString(), dialect, connections, seconds, meetings: sample.body.total, bare, list, ratio }, null, 2) + '\n',
  );
} finally {
  for (const c of children) c.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
