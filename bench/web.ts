// `npm run bench:web`: what a phone downloads to open the pages attendees and desks use, in Debian's Chromium against a real server:
// the bytes sent over the wire (Brotli where the build made a copy) against the same files uncompressed, same run.
//   Pages: the personal reply page (/r/<token>), the check-in scanner (/scan/<meeting>), the meeting page (organiser); then the reply
//   page visited again in the same browser: how many of its files still go to the server.
//   Needs the web build (run first if stale) and /usr/bin/chromium (HUIWU_CHROMIUM to change).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { json, signIn, startHuiwu, stopAll } from './lib';

const root = path.resolve(import.meta.dirname, '..');
if (spawnSync(process.execPath, [path.join(root, 'scripts/build-web-if-stale.mjs')], { stdio: 'inherit' }).status !== 0) process.exit(1);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-bench-web-'));
const port = 3481;
const base = `http://127.0.0.1:${port}`;

/** Loads a page until `ready` shows; returns the bytes on the wire and the bytes of the files, over every response of our origin. */
async function weigh(context: BrowserContext, url: string, ready: string) {
  const page = await context.newPage();
  const sizes: Promise<{ wire: number; files: number }>[] = [];
  page.on('response', (r) => {
    if (!r.url().startsWith(base)) return;
    sizes.push((async () => ({ wire: (await r.request().sizes()).responseBodySize, files: (await r.body().catch(() => Buffer.alloc(0))).length }))());
  });
  await page.goto(`${base}${url}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await page.close();
  return { requests: all.length, wire: all.reduce((n, s) => n + s.wire, 0), files: all.reduce((n, s) => n + s.files, 0) };
}

try {
  await startHuiwu(port, { HUIWU_SQLITE_PATH: path.join(dir, 'bench.db'), HUIWU_SECRET_KEY: 'ab'.repeat(32) });
  const organiser = await signIn(base, 'organiser');
  const meetings = await json<{ items: { id: string; kind: string }[] }>(`${base}/api/meetings?kind=all_hands&limit=5`, { headers: organiser });
  const meeting = meetings.items[0];
  const participants = await json<{ id: string }[]>(`${base}/api/meetings/${meeting.id}/participants`, { headers: organiser });
  const link = await json<{ url: string }>(`${base}/api/meetings/${meeting.id}/participants/${participants[0].id}/link`, { headers: organiser });
  const cookie = organiser.cookie.split('=');

  const browser = await chromium.launch({
    executablePath: process.env.HUIWU_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };
  const results: Record<string, { requests: number; wire: number; files: number }> = {};
  const signedIn = async () => {
    const c = await browser.newContext(phone);
    await c.addCookies([{ name: cookie[0], value: cookie.slice(1).join('='), url: base }]);
    return c;
  };
  results.reply = await weigh(await browser.newContext(phone), new URL(link.url).pathname + new URL(link.url).search, '[data-testid="rsvp-form"]');
  results.scanner = await weigh(await signedIn(), `/scan/${meeting.id}`, '[data-testid="scan-setup"], [data-testid="scan-result"]');
  results.meeting = await weigh(await signedIn(), `/meetings/${meeting.id}`, '.ant-tabs');

  // A second visit in the same browser: how many of the page's files still go to the server (hashed files are immutable).
  const again = await browser.newContext(phone);
  const replyUrl = new URL(link.url).pathname + new URL(link.url).search;
  await weigh(again, replyUrl, '[data-testid="rsvp-form"]');
  const page = await again.newPage();
  const cdp = await again.newCDPSession(page);
  await cdp.send('Network.enable');
  const asked = new Map<string, string>();
  const cached = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => void asked.set(e.requestId, e.request.url));
  cdp.on('Network.requestServedFromCache', (e) => void cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => { if (e.response.fromDiskCache || e.response.fromServiceWorker) cached.add(e.requestId); });
  await page.goto(`${base}${replyUrl}`);
  await page.locator('[data-testid="rsvp-form"]').waitFor();
  await page.waitForLoadState('networkidle');
  const assets = [...asked].filter(([, url]) => url.startsWith(`${base}/assets/`));
  const revisit = { assets: assets.length, fromServer: assets.filter(([id]) => !cached.has(id)).length };
  await browser.close();

  for (const [name, r] of Object.entries(results)) {
    console.log(`${name.padEnd(8)} ${r.requests} requests: ${(r.wire / 1024).toFixed(0)} KB on the wire, ${(r.files / 1024).toFixed(0)} KB of files — ratio ${(r.wire / r.files).toFixed(2)}`);
  }
  console.log(`reply page again: ${revisit.assets} files, ${revisit.fromServer} fetched from the server`);
  fs.writeFileSync(path.join(import.meta.dirname, 'results', 'web.json'), JSON.stringify({ at: new Date().toISOString(), ...results, revisit }, null, 2) + '\n');
} finally {
  stopAll();
  await new Promise((r) => setTimeout(r, 500));
  fs.rmSync(dir, { recursive: true, force: true });
}
