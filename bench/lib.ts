// Shared by the benchmarks: start real server processes, log in, and summarise latencies.
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';

const children: ChildProcess[] = [];

/** Starts `tsx <args>` and resolves when its output matches `ready`. */
export function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d;
      if (ready.test(out)) resolve(proc);
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
}

/** Starts a Huiwu server with demo data on a port. */
export function startHuiwu(port: number, dbEnv: Record<string, string>): Promise<ChildProcess> {
  return startProcess(['src/server/main.ts', 'serve'], { ...dbEnv, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', HUIWU_DEMO: 'true' }, /running on/);
}

/** Stops every process this run started. */
export function stopAll(): void {
  for (const c of children) c.kill('SIGTERM');
}

/** Signs in a demo user; returns the headers a browser would send. */
export async function signIn(base: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Huiwu@2026' }) });
  if (!res.ok) throw new Error(`login ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

/** A JSON request that must succeed. */
export async function json<T = any>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The q-quantile of numbers (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** A fresh database on the server of `DATABASE_URL` for one bench run, and how to drop it afterwards. */
export async function freshPostgres(prefix: string): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
