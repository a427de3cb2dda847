// `npm run bench:booking`: booking throughput against a bare route, and contention for one slot.
//   Part 1: POST /api/bookings with a distinct free slot per request vs a bare Fastify POST, same run.
//   Part 2: 200 rounds of 16 concurrent requests for the same slot (two app processes on PostgreSQL):
//           exactly one winner per round, no 500s, and no overlapping live bookings at the end.
//   DATABASE_URL selects PostgreSQL; otherwise a fresh SQLite file. BENCH_SECONDS (default 10), BENCH_ROUNDS (default 200).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freshPostgres, json, quantile, signIn, startHuiwu, startProcess, stopAll } from './lib';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-bench-booking-'));
const postgres = !!process.env.DATABASE_URL;
const HOUR = 3_600_000;

const db = postgres ? await freshPostgres('huiwu_bench') : { env: { HUIWU_SQLITE_PATH: path.join(dir, 'bench.db') }, drop: async () => undefined };
try {
  const ports = [3461, 3462];
  await startHuiwu(ports[0], db.env);
  if (postgres) await startHuiwu(ports[1], db.env);
  const bases = ports.slice(0, postgres ? 2 : 1).map((p) => `http://127.0.0.1:${p}`);
  const headers = await signIn(bases[0], 'admin');
  const venue = await json(`${bases[0]}/api/venues`, {
    method: 'POST', headers,
    body: JSON.stringify({ name: '基准测试厅', kind: 'external', capacities: { theatre: 100 }, equipment: [], rules: {}, requiresApproval: false, isActive: true, managerUserIds: [], serviceUserIds: [] }),
  });
  const base0 = Date.now() + 30 * 86_400_000;
  const sample = await json(`${bases[0]}/api/bookings`, { method: 'POST', headers, body: JSON.stringify({ venueId: venue.id, title: 'warm-up', startAt: base0, endAt: base0 + HOUR }) });
  const bodyFile = path.join(dir, 'body.json');
  fs.writeFileSync(bodyFile, JSON.stringify(sample));
  await startProcess(['bench/bare-server.ts', '3463', bodyFile], {}, /ready/);

  // Part 1: throughput. Each request books the next free hour.
  let slot = 1;
  const nextBody = () => JSON.stringify({ venueId: venue.id, title: 'bench', startAt: base0 + slot * HOUR, endAt: base0 + (slot++ + 1) * HOUR - 1 });
  const run = (url: string, h: Record<string, string>) =>
    autocannon({ url, method: 'POST', connections: 10, duration: seconds, headers: h, requests: [{ setupRequest: (req) => ({ ...req, body: nextBody() }) }] });
  const bare = await run('http://127.0.0.1:3463/api/meetings', { 'content-type': 'application/json' });
  const real = await run(`${bases[0]}/api/bookings`, headers);
  if (real.non2xx || real.errors) throw new Error(`booking run: ${real.non2xx} non-2xx, ${real.errors} errors`);
  console.log(`database: ${postgres ? 'PostgreSQL (2 app processes for part 2)' : 'SQLite'}`);
  console.log(`bare Fastify POST            ${bare.requests.average.toFixed(0).padStart(6)} req/s   p50 ${bare.latency.p50} ms   p99 ${bare.latency.p99} ms`);
  console.log(`POST /api/bookings (all win) ${real.requests.average.toFixed(0).padStart(6)} req/s   p50 ${real.latency.p50} ms   p99 ${real.latency.p99} ms`);
  console.log(`ratio (booking / bare): ${(real.requests.average / bare.requests.average).toFixed(3)}`);

  // Part 2: contention. 16 callers, alternating between the app processes, race for one slot per round.
  const callers = await Promise.all(Array.from({ length: 16 }, (_v, i) => signIn(bases[i % bases.length], 'organiser').then((h) => ({ h, base: bases[i % bases.length] }))));
  const roundMs: number[] = [];
  const requestMs: number[] = [];
  let wrongRounds = 0;
  let fiveHundreds = 0;
  const contestBase = base0 + 200 * 86_400_000;
  for (let r = 0; r < rounds; r++) {
    const start = contestBase + r * 2 * HOUR;
    const t0 = performance.now();
    const codes = await Promise.all(callers.map(async ({ h, base }, i) => {
      const t = performance.now();
      const res = await fetch(`${base}/api/bookings`, { method: 'POST', headers: h, body: JSON.stringify({ venueId: venue.id, title: `r${r}-${i}`, startAt: start + (i % 4) * 600_000, endAt: start + HOUR }) });
      requestMs.push(performance.now() - t);
      await res.arrayBuffer();
      return res.status;
    }));
    roundMs.push(performance.now() - t0);
    if (codes.filter((c) => c === 201).length !== 1 || codes.some((c) => c !== 201 && c !== 409)) wrongRounds++;
    fiveHundreds += codes.filter((c) => c >= 500).length;
  }
  const all = await json<{ startAt: number; endAt: number; blockStart: number; blockEnd: number }[]>(`${bases[0]}/api/bookings?from=${contestBase - 1}&to=${contestBase + rounds * 2 * HOUR}&venueId=${venue.id}`, { headers });
  let overlaps = 0;
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (all[i].blockStart < all[j].blockEnd && all[j].blockStart < all[i].blockEnd) overlaps++;
  console.log(`contention: ${rounds} rounds × 16 requests → ${all.length} bookings, ${wrongRounds} rounds without exactly one winner, ${overlaps} overlapping pairs, ${fiveHundreds} responses ≥ 500`);
  console.log(`  per round p50 ${quantile(roundMs, 0.5).toFixed(1)} ms, p99 ${quantile(roundMs, 0.99).toFixed(1)} ms; per request p50 ${quantile(requestMs, 0.5).toFixed(1)} ms, p99 ${quantile(requestMs, 0.99).toFixed(1)} ms`);
  fs.writeFileSync(path.join(import.meta.dirname, 'results', `booking-${postgres ? 'postgres' : 'sqlite'}.json`), JSON.stringify({
    at: new Date().toISOString(), seconds, bare: bare.requests.average, booking: real.requests.average, ratio: real.requests.average / bare.requests.average,
    rounds, bookings: all.length, wrongRounds, overlaps, fiveHundreds, roundP50: quantile(roundMs, 0.5), roundP99: quantile(roundMs, 0.99),
  }, null, 2) + '\n');
  if (wrongRounds || overlaps || fiveHundreds || all.length !== rounds) process.exitCode = 1;
} finally {
  stopAll();
  await new Promise((r) => setTimeout(r, 500));
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}
