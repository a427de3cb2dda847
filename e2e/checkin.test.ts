// Journey: a member of staff opens the scanner on a phone, feeds a participant's pass QR as an image and sees 签到成功 with the name,
// feeds it again and is told when and where that person was already checked in, loses the network, checks in another pass (queued,
// offline badge), gets the network back and the queue drains; the organiser's dashboard then shows both arrivals — in Debian's
// Chromium, against a real server. Then a desk scans a pass held in front of the camera (Chromium's fake camera playing a video of it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeQrVideo } from './fake-camera';
import { launchChromium, meetingWithFreshPeople, SHOTS, signInApi, startJourney, type Api, type Journey } from './server';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j?.stop());

/** Signs in over the API as a demo user. */
async function signIn(username: string): Promise<Api> {
  return (await signInApi(j.baseUrl, username)).api;
}

async function signInPage(page: Page, username: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('Huiwu@2026');
  await page.getByRole('button', { name: '登录' }).click();
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' } as const;

/** Opens the scanner on a phone as staff: sign in, pick the main list, name the desk, start; resolves once it waits for a scan. */
async function openScanner(phone: BrowserContext, meetingId: string, desk: string) {
  const page = await phone.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${j.baseUrl}/scan/${meetingId}`);
  await signInPage(page, 'staff');
  await page.getByTestId('scan-setup').waitFor();
  await page.getByTestId('scan-device-input').fill(desk);
  await page.getByTestId('scan-setup').getByText('主会场签到').click();
  await page.getByTestId('scan-start').click();
  const result = page.getByTestId('scan-result');
  await expect.poll(() => result.getAttribute('data-result')).toBe('idle');
  return { page, result, errors };
}
type Pass = { participantId: string; name: string; token: string };
type Stats = { lists: { listId: string; arrived: number; expected: number }[] };

describe('check-in journey', () => {
  it('scan passes from images on a phone, online and offline; the dashboard shows both arrivals', async () => {
    const api = await signIn('organiser');
    // An approved meeting that has not started, with two people of the directory added to it.
    const { meeting, added: [a, b] } = await meetingWithFreshPeople(api, 2);

    // Their passes, drawn as PNG files the way a phone's photo of a badge would arrive.
    const passes = await api<Pass[]>('GET', `/api/meetings/${meeting.id}/passes`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-passes-'));
    const png = async (participantId: string) => {
      const file = path.join(dir, `${participantId}.png`);
      await QRCode.toFile(file, passes.find((p) => p.participantId === participantId)!.token, { width: 420, margin: 2 });
      return file;
    };
    const [passA, passB] = [await png(a.id), await png(b.id)];
    // B has an ID photo: the desk must show it even when the network is down.
    await api('PUT', `/api/people/${b.personId}/photo`, await QRCode.toBuffer('证件照', { width: 160 }));

    // Staff on a phone: the scanner asks for a sign-in, then for the list and the device's name.
    const phone = await j.browser.newContext(PHONE);
    const { page, result, errors } = await openScanner(phone, meeting.id, '签到台1');
    await expect.poll(() => page.getByTestId('scan-network').getAttribute('data-online')).toBe('yes');

    // First scan: 签到成功 with the name, confirmed by the server.
    const feed = async (file: string) => page.getByTestId('scan-image-input').setInputFiles(file);
    await feed(passA);
    await expect.poll(() => result.getAttribute('data-result')).toBe('ok');
    expect(await page.getByTestId('scan-result-title').innerText()).toBe('签到成功');
    expect(await page.getByTestId('scan-person-name').innerText()).toBe(a.personName);
    await expect.poll(() => page.getByTestId('scan-result-sync').getAttribute('data-state')).toBe('synced');
    await page.screenshot({ path: `${SHOTS}/checkin-ok.png`, fullPage: true });

    // The same pass again: already, with the time and this desk.
    await feed(passA);
    await expect.poll(async () => (await page.getByTestId('recent-scan').count())).toBe(2);
    await expect.poll(() => result.getAttribute('data-result')).toBe('already');
    expect(await page.getByTestId('scan-result-detail').innerText()).toMatch(/^已于 \d\d:\d\d 在 签到台1 签到$/);
    await page.screenshot({ path: `${SHOTS}/checkin-already.png`, fullPage: true });

    // The service worker has fetched B's photo ahead (it keeps the photos of everyone in the bundle who has one).
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('huiwu-scan-photos-v1')).keys()).map((r) => new URL(r.url).pathname)), { timeout: 15_000 })
      .toEqual([`/api/meetings/${meeting.id}/checkin/photos/${b.id}`]);

    // The network drops: the next pass is still checked in at once, and waits in the queue.
    await phone.setOffline(true);
    await expect.poll(() => page.getByTestId('scan-network').getAttribute('data-online')).toBe('no');
    await feed(passB);
    await expect.poll(() => page.getByTestId('scan-person-name').innerText()).toBe(b.personName);
    expect(await result.getAttribute('data-result')).toBe('ok');
    expect(await page.getByTestId('scan-queue').innerText()).toBe('待上传 1');
    expect(await page.getByTestId('scan-result-sync').getAttribute('data-state')).toBe('queued');
    // The identity check offline: B's face, from the worker's cache.
    await expect.poll(() => page.locator('img.hw-scan-photo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);
    await page.screenshot({ path: `${SHOTS}/checkin-offline.png`, fullPage: true });

    // Back online: the queue drains by itself and the scan is confirmed.
    await phone.setOffline(false);
    await expect.poll(() => page.getByTestId('scan-network').getAttribute('data-online')).toBe('yes');
    await expect.poll(() => page.getByTestId('scan-queue').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('scan-result-sync').getAttribute('data-state')).toBe('synced');
    expect(errors).toEqual([]);

    // The desk phone changes hands: signing out forgets the name list, the uploaded scans and the photos kept on it.
    const kept = () => page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, no) => Object.assign(indexedDB.open('huiwu-checkin'), { onsuccess(this: IDBRequest<IDBDatabase>) { ok(this.result); }, onerror: no }));
      const count = (store: string) => new Promise<number>((ok) => Object.assign(db.transaction(store).objectStore(store).count(), { onsuccess(this: IDBRequest<number>) { ok(this.result); } }));
      const out = { bundles: await count('bundles'), scans: await count('scans'), photos: (await caches.keys()).includes('huiwu-scan-photos-v1') };
      db.close();
      return out;
    });
    expect(await kept()).toEqual({ bundles: 1, scans: 3, photos: true });
    // A scan still waiting to upload when the user signs out must stay (made here as a copy of one with a new nonce).
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, no) => Object.assign(indexedDB.open('huiwu-checkin'), { onsuccess(this: IDBRequest<IDBDatabase>) { ok(this.result); }, onerror: no }));
      const store = db.transaction('scans', 'readwrite').objectStore('scans');
      const one = await new Promise<{ input: { nonce: string }; state: string }>((ok) => Object.assign(store.getAll(), { onsuccess(this: IDBRequest) { ok(this.result[0]); } }));
      await new Promise((ok) => Object.assign(store.put({ ...one, input: { ...one.input, nonce: 'waiting-0001' }, state: 'queued' }), { onsuccess: ok }));
      db.close();
    });
    await page.goto(`${j.baseUrl}/meetings`);
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByText('退出登录').click();
    await page.waitForURL('**/login');
    await expect.poll(kept).toEqual({ bundles: 0, scans: 1, photos: false });
    await phone.close();

    // The organiser's dashboard: both arrivals on the main list.
    const stats = await api<Stats>('GET', `/api/meetings/${meeting.id}/checkin/stats`);
    expect(stats.lists[0].arrived).toBe(2);
    const desk = await j.browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
    const host = await desk.newPage();
    await host.goto(`${j.baseUrl}/login`);
    await signInPage(host, 'organiser');
    await host.waitForURL('**/meetings');
    await host.goto(`${j.baseUrl}/meetings/${meeting.id}?tab=checkin`);
    const main = host.getByTestId(`dash-figures-${stats.lists[0].listId}`);
    await expect.poll(() => main.getByTestId('dash-arrived').innerText()).toBe('2');
    await host.getByTestId('per-minute-chart').waitFor();
    await host.screenshot({ path: `${SHOTS}/checkin-dashboard.png`, fullPage: true });
    await desk.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a pass held in front of the camera (a fake camera playing a video of the QR) and checks the person in', async () => {
    const api = await signIn('organiser');
    const { meeting, added: [c] } = await meetingWithFreshPeople(api, 1);
    const token = (await api<Pass[]>('GET', `/api/meetings/${meeting.id}/passes`)).find((p) => p.participantId === c.id)!.token;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-camera-'));
    const video = path.join(dir, 'pass.y4m');
    writeQrVideo(video, token);

    const browser = await launchChromium(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const phone = await browser.newContext({ ...PHONE, permissions: ['camera'] });
      const { page, result, errors } = await openScanner(phone, meeting.id, '签到台3');
      await page.getByTestId('scan-camera-start').click();
      await expect.poll(() => result.getAttribute('data-result'), { timeout: 20_000 }).toBe('ok');
      expect(await page.getByTestId('scan-person-name').innerText()).toBe(c.personName);
      // The code stays in front of the lens: it is read once, not again and again.
      await page.waitForTimeout(1500);
      expect(await page.getByTestId('recent-scan').count()).toBe(1);
      await expect.poll(() => page.getByTestId('scan-result-sync').getAttribute('data-state')).toBe('synced');
      await page.screenshot({ path: `${SHOTS}/checkin-camera.png` });
      expect(errors).toEqual([]);
      const stats = await api<Stats>('GET', `/api/meetings/${meeting.id}/checkin/stats`);
      expect(stats.lists[0].arrived).toBeGreaterThanOrEqual(1);
    } finally {
      await browser.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
