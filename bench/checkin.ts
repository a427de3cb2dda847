// `npm run bench:checkin`: on-site check-in.
//   1. POST /api/checkin/scans, one online scan per request at 50 connections, against a bare Fastify POST answering a body of the same
//      size, same run: throughput and p99 ratio.
//   2. Storm: 20 simulated devices scan 10,000 passes, each pass 1–3 times by random devices (online batches of 1–5 scans): exactly one
//      attendance per pass; wall time. On PostgreSQL the devices alternate between two app processes.
//   3. Offline upload: one batch of 5,000 queued scans, uploaded twice: the second adds nothing; rows per second.
//   DATABASE_URL selects PostgreSQL; otherwise a fresh SQLite file. BENCH_SECONDS (default 10), BENCH_PASSES (default 10000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../src/server/db/database';
import { newId } from '../src/server/platform/ids';
import { initSecrets } from '../src/server/platform/secrets';
import { passToken } from '../src/server/modules/checkin';
import { freshPostgres, json, quantile, signIn, startHuiwu, startProcess, stopAll } from './lib';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const N = Number(process.env.BENCH_PASSES ?? 10_000);
const KEY = 'cd'.repeat(32);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-bench-checkin-'));
const postgres = !!process.env.DATABASE_URL;

const store = postgres ? await freshPostgres('huiwu_bench_c') : { env: { HUIWU_SQLITE_PATH: path.join(dir, 'bench.db') }, drop: async () => undefined };
initSecrets(Buffer.from(KEY, 'hex'));
const env: Record<string, string> = { ...store.env, HUIWU_SECRET_KEY: KEY };
try {
  const ports = [3471, 3472];
  await startHuiwu(ports[0], env);
  if (postgres) await startHuiwu(ports[1], env);
  const bases = ports.slice(0, postgres ? 2 : 1).map((p) => `http://127.0.0.1:${p}`);
  const database = openDatabase({ url: env.DATABASE_URL, sqlitePath: env.HUIWU_SQLITE_PATH, poolSize: 4 });
  const db = database.db;

  // A forum of N participants, inserted directly (the bench measures check-in, not the participant import).
  const organiser = await signIn(bases[0], 'organiser');
  const start = Date.now() + 86_400_000;
  const meeting = await json(`${bases[0]}/api/meetings`, {
    method: 'POST', headers: organiser,
    body: JSON.stringify({ title: '2027 数字经济论坛', kind: 'forum', scope: 'external', startAt: start, endAt: start + 8 * 3_600_000, timeZone: 'Asia/Shanghai' }),
  });
  const orgId = meeting.orgId ?? (await db.selectFrom('meetings').select('org_id').where('id', '=', meeting.id).executeTakeFirstOrThrow()).org_id;
  const now = Date.now();
  const people = Array.from({ length: N }, (_v, i) => ({
    id: newId(), org_id: orgId, kind: 'external', name: `参会人${i + 1}`, department_id: null, unit: `单位${i % 300}`, title: null,
    phone: `139${String(i).padStart(8, '0')}`, email: null, is_active: 1, created_at: now, updated_at: now,
  }));
  const parts = people.map((p, i) => ({
    id: newId(), org_id: orgId, meeting_id: meeting.id, person_id: p.id, role: 'participant', required: 1, group_name: ['正式代表', '特邀嘉宾', '媒体'][i % 3], attendance: 'confirmed',
    reply_json: null, answered_at: null, answered_by_user_id: null, rsvp_epoch: 0, pass_epoch: 0, protocol_rank: null, created_at: now + i, updated_at: null,
  }));
  for (let i = 0; i < N; i += 500) {
    await db.insertInto('people').values(people.slice(i, i + 500)).execute();
    await db.insertInto('meeting_participants').values(parts.slice(i, i + 500)).execute();
  }
  const passes = parts.map((p) => passToken(orgId, { m: meeting.id, p: p.id, e: 0 }));
  const listUrl = `${bases[0]}/api/meetings/${meeting.id}/checkin/lists`;
  const [main] = await json(listUrl, { headers: organiser });
  const addList = async (name: string, kind: string) => (await json(listUrl, { method: 'POST', headers: organiser, body: JSON.stringify({ name, kind }) })).find((l: { name: string }) => l.name === name);
  const session = await addList('分会场', 'session');
  const pickup = await addList('资料领取', 'materials');
  const staff = await signIn(bases[0], 'staff');
  const bundleT = performance.now();
  const bundle = await json(`${bases[0]}/api/meetings/${meeting.id}/checkin/bundle`, { headers: staff });
  const bundleMs = performance.now() - bundleT;

  // 1. Throughput: each request checks the next pass in on the session list (a tenth are repeats once the passes wrap around).
  let k = 0;
  const scanBody = () => JSON.stringify({ scans: [{ nonce: `t1-${k}-${newId()}`, listId: session.id, pass: passes[k++ % N], scannedAt: Date.now(), deviceId: 'gate-1' }] });
  const sample = await json(`${bases[0]}/api/checkin/scans`, { method: 'POST', headers: staff, body: scanBody() });
  const bodyFile = path.join(dir, 'body.json');
  fs.writeFileSync(bodyFile, JSON.stringify(sample));
  await startProcess(['bench/bare-server.ts', '3473', bodyFile], {}, /ready/);
  const run = (url: string, h: Record<string, string>, duration = seconds) =>
    autocannon({ url, method: 'POST', connections: 50, duration, headers: h, requests: [{ setupRequest: (req) => ({ ...req, body: scanBody() }) }] });
  // A short warm-up of each first (JIT, pools), not counted.
  await run('http://127.0.0.1:3473/api/meetings', { 'content-type': 'application/json' }, 2);
  const bare = await run('http://127.0.0.1:3473/api/meetings', { 'content-type': 'application/json' });
  await run(`${bases[0]}/api/checkin/scans`, staff, 2);
  const real = await run(`${bases[0]}/api/checkin/scans`, staff);
  if (real.non2xx || real.errors) throw new Error(`scan run: ${real.non2xx} non-2xx, ${real.errors} errors`);
  console.log(`database: ${postgres ? 'PostgreSQL (2 app processes for the storm)' : 'SQLite'}; ${N} participants; bundle ${(bundleMs).toFixed(0)} ms (${bundle.participants.length} people)`);
  console.log(`bare Fastify POST              ${bare.requests.average.toFixed(0).padStart(6)} req/s   p50 ${bare.latency.p50} ms   p99 ${bare.latency.p99} ms`);
  console.log(`POST /api/checkin/scans (1)    ${real.requests.average.toFixed(0).padStart(6)} req/s   p50 ${real.latency.p50} ms   p99 ${real.latency.p99} ms`);
  console.log(`ratio (scan / bare): throughput ${(real.requests.average / bare.requests.average).toFixed(3)}, p99 ${(real.latency.p99 / Math.max(1, bare.latency.p99)).toFixed(1)}×`);

  // 2. Storm on the main list.
  const DEVICES = 20;
  const queues: number[][] = Array.from({ length: DEVICES }, () => []);
  let events = 0;
  for (let i = 0; i < N; i++) {
    const times = 1 + Math.floor(Math.random() * 3);
    for (let j = 0; j < times; j++, events++) queues[Math.floor(Math.random() * DEVICES)].push(i);
  }
  for (const q of queues) q.sort(() => Math.random() - 0.5);
  const devices = await Promise.all(queues.map(async (_q, d) => ({ base: bases[d % bases.length], h: await signIn(bases[d % bases.length], 'staff') })));
  const requestMs: number[] = [];
  const t2 = performance.now();
  await Promise.all(queues.map(async (q, d) => {
    let seq = 0;
    while (q.length) {
      const batch = q.splice(0, 1 + Math.floor(Math.random() * 5));
      const body = JSON.stringify({ scans: batch.map((i) => ({ nonce: `storm-${d}-${seq++}`, listId: main.id, pass: passes[i], scannedAt: Date.now(), deviceId: `gate-${d}` })) });
      const t = performance.now();
      const res = await fetch(`${devices[d].base}/api/checkin/scans`, { method: 'POST', headers: devices[d].h, body });
      if (!res.ok) throw new Error(`storm ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      requestMs.push(performance.now() - t);
    }
  }));
  const stormMs = performance.now() - t2;
  const count = async (table: 'checkin_attendance' | 'checkin_scans', listId: string) =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('list_id', '=', listId).executeTakeFirstOrThrow()).n);
  const attended = await count('checkin_attendance', main.id);
  const stormScans = await count('checkin_scans', main.id);
  const byResult = await db.selectFrom('checkin_scans').select(['result', (eb) => eb.fn.countAll<number>().as('n')]).where('list_id', '=', main.id).groupBy('result').execute();
  const flagged = Number((await db.selectFrom('checkin_scans').select((eb) => eb.fn.countAll<number>().as('n')).where('list_id', '=', main.id).where('flagged', '=', 1).executeTakeFirstOrThrow()).n);
  const ok = Number(byResult.find((r) => r.result === 'ok')?.n ?? 0);
  console.log(`storm: ${DEVICES} devices, ${events} scans of ${N} passes in ${(stormMs / 1000).toFixed(1)} s (${(events / stormMs * 1000).toFixed(0)} scans/s; request p50 ${quantile(requestMs, 0.5).toFixed(1)} ms, p99 ${quantile(requestMs, 0.99).toFixed(1)} ms)`);
  console.log(`  → ${attended} attendances for ${N} passes, ${stormScans} scans stored, ${ok} ok, ${flagged} flagged: ${attended === N && ok === N && stormScans === events ? 'exactly one per pass' : 'WRONG'}`);

  // 3. Offline upload: 5,000 queued scans in one batch, twice.
  const Q = Math.min(5000, N);
  const queued = JSON.stringify({ scans: Array.from({ length: Q }, (_v, i) => ({ nonce: `offline-${i}-${newId()}`, listId: pickup.id, pass: passes[i], scannedAt: now + i * 50, deviceId: 'desk-offline', offline: true })) });
  const upload = async () => {
    const t = performance.now();
    const res = await fetch(`${bases[0]}/api/checkin/scans`, { method: 'POST', headers: staff, body: queued });
    if (!res.ok) throw new Error(`upload ${res.status} ${await res.text()}`);
    const out = (await res.json()) as { outcomes: { replay: boolean }[] };
    return { ms: performance.now() - t, replays: out.outcomes.filter((o) => o.replay).length };
  };
  const up1 = await upload();
  const rows1 = await count('checkin_scans', pickup.id);
  const up2 = await upload();
  const rows2 = await count('checkin_scans', pickup.id);
  console.log(`offline upload of ${Q} scans (${(queued.length / 1024 / 1024).toFixed(1)} MB): first ${up1.ms.toFixed(0)} ms (${(Q / up1.ms * 1000).toFixed(0)} rows/s, ${rows1} stored), again ${up2.ms.toFixed(0)} ms (${(Q / up2.ms * 1000).toFixed(0)} rows/s, ${up2.replays} replays, ${rows2 - rows1} added)`);

  fs.writeFileSync(path.join(import.meta.dirname, 'results', `checkin-${postgres ? 'postgres' : 'sqlite'}.json`), JSON.stringify({
    at: new Date().toISOString(), seconds, passes: N, bundleMs, bare: { rps: bare.requests.average, p99: bare.latency.p99 }, scan: { rps: real.requests.average, p50: real.latency.p50, p99: real.latency.p99 },
    ratio: real.requests.average / bare.requests.average, storm: { devices: DEVICES, events, ms: stormMs, attended, ok, flagged, stored: stormScans, p99: quantile(requestMs, 0.99) },
    offline: { scans: Q, firstMs: up1.ms, secondMs: up2.ms, firstRowsPerSec: Q / up1.ms * 1000, secondRowsPerSec: Q / up2.ms * 1000, added: rows2 - rows1 },
  }, null, 2) + '\n');
  await database.close();
  if (attended !== N || ok !== N || stormScans !== events || rows2 !== rows1 || up2.replays !== Q) process.exitCode = 1;
} finally {
  stopAll();
  await new Promise((r) => setTimeout(r, 500));
  await store.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}
