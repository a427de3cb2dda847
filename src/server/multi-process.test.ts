// Two real app processes on one database: a session made by one is honoured by the other, a logout
// on one ends it for both, and starting together loads the demo data exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './demo/demo-data';
import { TEST_DIALECT, TEST_PG_URL } from './testing/test-db';

const ports = [3300 + Math.floor(Math.random() * 300), 3700 + Math.floor(Math.random() * 300)];
const procs: ChildProcess[] = [];
let env: Record<string, string>;
let cleanup: () => Promise<void>;

async function waitForHealth(port: number, proc: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (proc.exitCode !== null) throw new Error(`server on ${port} exited:\n${log()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${port} did not start:\n${log()}`);
}

beforeAll(async () => {
  if (TEST_DIALECT === 'postgres') {
    const name = `huiwu_mp_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-mp-'));
    env = { HUIWU_SQLITE_PATH: path.join(dir, 'huiwu.db') };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  // PostgreSQL: both start at once (the start-up lock decides who loads the demo). SQLite: one after the other.
  const start = (port: number) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', HUIWU_DEMO: 'true', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout!.on('data', (d) => (out += d));
    proc.stderr!.on('data', (d) => (out += d));
    procs.push(proc);
    return waitForHealth(port, proc, () => out);
  };
  if (TEST_DIALECT === 'postgres') await Promise.all(ports.map(start));
  else for (const p of ports) await start(p);
}, 120_000);

afterAll(async () => {
  await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : (p.once('exit', r), p.kill('SIGTERM'))))));
  await cleanup?.();
});

const url = (i: number, p: string) => `http://127.0.0.1:${ports[i]}${p}`;

describe(`two app processes on one ${TEST_DIALECT} database`, () => {
  it('share sessions, data and logout; the demo organisation exists once', async () => {
    const login = await fetch(url(0, '/api/auth/login'), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'organiser', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = await login.json();

    const onB = await fetch(url(1, '/api/meetings?limit=200&from=0'), { headers: { cookie } });
    expect(onB.status).toBe(200);
    const list = await onB.json();
    expect(list.items.filter((m: { title: string }) => m.title.endsWith('年度全员大会'))).toHaveLength(1);

    const orgs = await fetch(url(1, '/api/org'), { headers: { cookie } }).then((r) => r.json());
    expect(orgs.name).toBe('华信科技集团');

    const created = await fetch(url(1, '/api/meetings/check'), {
      method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', kind: 'report', scope: 'internal', startAt: Date.now() + 864e5, endAt: Date.now() + 865e5, timeZone: 'Asia/Shanghai' }),
    });
    expect(created.status).toBe(200);

    expect((await fetch(url(1, '/api/auth/logout'), { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
    expect((await fetch(url(0, '/api/auth/me'), { headers: { cookie } })).status).toBe(401);
  });
});
