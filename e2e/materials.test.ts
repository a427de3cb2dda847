// Journey: the organiser uploads the meeting's materials on the 会议材料 tab (a PDF, and an impostor that is refused with the reason);
// a participant opens their personal link on a phone, sees the file and downloads it byte for byte; the organiser then sees who has
// opened it and who has not — in Debian's Chromium, against a real server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from '../src/server/modules/materials/material.fixture';
import { meetingWithFreshPeople, SHOTS, signInApi, startJourney, type Journey } from './server';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j?.stop());

describe('materials journey', () => {
  it('upload on the tab, refuse an impostor, download by personal link on a phone, see who opened it', async () => {
    const { api, cookies } = await signInApi(j.baseUrl, 'organiser');
    const { meeting, added: [reader, other] } = await meetingWithFreshPeople(api, 2);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-materials-'));
    const pdf = pdfBytes('Huiwu meeting agenda');
    const agendaFile = path.join(dir, '会议议程.pdf');
    fs.writeFileSync(agendaFile, pdf);
    const impostor = path.join(dir, '讲话稿.pdf');
    fs.writeFileSync(impostor, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]));

    // The organiser uploads both: the PDF is taken, the impostor is refused with the reason, nothing of it is stored.
    const desk = await j.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
    await desk.addCookies(cookies.map((c) => ({ ...c, url: j.baseUrl })));
    const page = await desk.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${j.baseUrl}/meetings/${meeting.id}?tab=materials`);
    await page.getByTestId('material-upload').waitFor();
    await page.getByTestId('material-upload').locator('input[type=file]').setInputFiles([agendaFile, impostor]);
    const entries = page.getByTestId('upload-entries');
    await expect.poll(() => entries.locator('[data-status="uploading"]').count(), { timeout: 15_000 }).toBe(0);
    expect(await entries.locator('[data-status="done"]').innerText()).toContain('会议议程.pdf');
    expect(await page.getByTestId('upload-error').innerText()).toBe('文件内容不是有效的 PDF 文件');
    const table = page.getByTestId('material-table');
    await expect.poll(() => table.innerText()).toContain('会议议程');
    expect(await table.innerText()).not.toContain('讲话稿');
    await page.screenshot({ path: `${SHOTS}/materials-tab.png`, fullPage: true });

    // The participant, on a phone with only the link: the file is listed and downloads byte for byte.
    const { url } = await api<{ url: string }>('GET', `/api/meetings/${meeting.id}/participants/${reader.id}/link`);
    const phone = await j.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
    const mobile = await phone.newPage();
    await mobile.goto(`${j.baseUrl}${new URL(url).pathname}${new URL(url).search}`);
    const link = mobile.getByTestId('link-material').filter({ hasText: '会议议程' });
    await link.waitFor();
    await mobile.getByTestId('link-materials').scrollIntoViewIfNeeded();
    await mobile.screenshot({ path: `${SHOTS}/materials-link-390.png`, fullPage: true });
    const res = await mobile.request.get(new URL((await link.getAttribute('href'))!, j.baseUrl).href);
    expect(res.status()).toBe(200);
    expect(Buffer.from(await res.body()).equals(pdf)).toBe(true);
    await phone.close();

    // Back at the desk: the reader has opened it, the other participant has not.
    await page.reload();
    const row = page.getByTestId('material-table').locator('tr').filter({ hasText: '会议议程' });
    await row.getByTestId('material-opens').click();
    await page.getByRole('tab', { name: /已查看/ }).click();
    await expect.poll(() => page.getByTestId('material-opened').innerText()).toContain(reader.personName);
    await page.getByRole('tab', { name: /未查看/ }).click();
    await expect.poll(() => page.getByTestId('material-not-opened').innerText()).toContain(other.personName);
    expect(await page.getByTestId('material-not-opened').innerText()).not.toContain(reader.personName);
    await page.screenshot({ path: `${SHOTS}/materials-opens.png` });
    expect(errors).toEqual([]);
    await desk.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
