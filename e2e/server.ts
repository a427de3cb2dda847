/** Starts a real Huiwu process (demo data, its own SQLite file) and a headless Debian Chromium for journeys. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** A running server and browser, and how to stop both. */
export type Journey = { baseUrl: string; browser: Browser; stop: () => Promise<void> };

/** Where screenshots of the journeys go (looked at by people, not asserted on). */
export const SHOTS = path.resolve(import.meta.dirname, '../test-results/e2e');

/** A port nothing listens on now, chosen by the system (a fixed range can hit RabbitMQ's 4369 and friends). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Debian's Chromium, headless, with the flags this machine needs and any others (a fake camera, say). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.HUIWU_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', ...extraArgs],
  });
}

/** Boots the server on a free port and launches Chromium with the flags this machine needs. */
export async function startJourney(): Promise<Journey> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-e2e-'));
  const port = await freePort();
  const proc: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'serve'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HUIWU_SQLITE_PATH: path.join(dir, 'e2e.db'), HUIWU_DEMO: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null || i > 240) throw new Error(`server did not start:\n${log}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await launchChromium();
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    baseUrl,
    browser,
    stop: async () => {
      await browser.close();
      await new Promise((r) => (proc.exitCode !== null ? r(null) : (proc.once('exit', r), proc.kill('SIGTERM'))));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in API caller: sends the session cookie and the CSRF token, and throws with the status and body on anything but 2xx. */
export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** Signs a demo user in over the API; `cookies` are the session cookies (for a browser context), `api` calls as that user (bytes as a file upload). */
export async function signInApi(baseUrl: string, username: string): Promise<{ api: Api; cookies: { name: string; value: string }[] }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Huiwu@2026' }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} → ${res.status}`);
  const pairs = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const api: Api = async <T,>(method: string, p: string, body?: unknown) => {
    // Bytes (an uploaded file) go as they are; anything else as JSON.
    const raw = body instanceof Uint8Array;
    const r = await fetch(`${baseUrl}${p}`, {
      method, headers: { cookie: pairs.join('; '), 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': raw ? 'application/octet-stream' : 'application/json' }) },
      body: body === undefined ? undefined : raw ? new Uint8Array(body) : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${p} → ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  return { api, cookies: pairs.map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1) })) };
}

/** A participant as the API lists them. */
export type JourneyParticipant = { id: string; personId: string; personName: string };

/**
 * An approved demo meeting that starts after tomorrow, with `n` people of the directory added to it who were not on it yet
 * (each journey gets people no other step has touched).
 */
export async function meetingWithFreshPeople(api: Api, n: number): Promise<{ meeting: { id: string; startAt: number; title: string }; added: JourneyParticipant[] }> {
  const meetings = await api<{ items: { id: string; startAt: number; title: string }[] }>('GET', '/api/meetings?status=approved&limit=100');
  const meeting = meetings.items.find((m) => m.startAt > Date.now() + 86_400_000);
  if (!meeting) throw new Error('no approved meeting after tomorrow in the demo data');
  const people = await api<{ items: { id: string; name: string }[] }>('GET', '/api/people?kind=staff&limit=50');
  const before = await api<JourneyParticipant[]>('GET', `/api/meetings/${meeting.id}/participants`);
  const fresh = people.items.filter((p) => !before.some((b) => b.personId === p.id)).slice(0, n);
  if (fresh.length < n) throw new Error(`only ${fresh.length} people left to add to ${meeting.title}`);
  let all = before;
  for (const person of fresh) all = await api<JourneyParticipant[]>('POST', `/api/meetings/${meeting.id}/participants`, { personId: person.id, role: 'participant' });
  return { meeting, added: fresh.map((person) => all.find((p) => p.personId === person.id)!) };
}
