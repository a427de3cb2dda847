// Journey (issue 5): an organiser applies the external-meeting playbook to the demo forum, sees the dated tasks,
// publishes the agenda and sees the 议程PPT制作 task close itself, then exports the 会务分工明细表 and the agenda deck —
// in Debian's Chromium, against a real server.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startJourney, type Journey } from './server';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j?.stop());

describe('playbook journey', () => {
  it('apply the external playbook to the forum, see dated tasks, one closes when the agenda is published, export XLSX and PPTX', async () => {
    const context = await j.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${j.baseUrl}/login`);
    await page.getByLabel('用户名').fill('organiser');
    await page.getByLabel('密码').fill('Huiwu@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/meetings');

    const list = (await (await page.request.get(`${j.baseUrl}/api/meetings?kind=forum&limit=10`)).json()) as { items: { id: string; title: string; startAt: number }[] };
    const forum = list.items[0];
    await page.goto(`${j.baseUrl}/meetings/${forum.id}?tab=tasks`);
    const picker = page.getByTestId('playbook-picker');
    await picker.waitFor();
    // One list item per playbook: the external flow's own 套用 (the shipped flows are listed internal, external, forum).
    await picker.locator('li').filter({ hasText: '在企业外召开的会议' }).getByRole('button', { name: '套用' }).click();
    const venueCard = page.getByTestId('task-card').filter({ hasText: '会议场所选定' });
    await venueCard.waitFor();
    expect(await page.getByTestId('task-card').count()).toBe(25);
    const dueDay = DateTime.fromMillis(forum.startAt, { zone: 'Asia/Shanghai' }).minus({ days: 14 }).toFormat('yyyy-MM-dd');
    expect(await venueCard.innerText()).toContain(dueDay);
    await page.screenshot({ path: `${SHOTS}/playbook-tasks.png`, fullPage: true });

    // The venue search takes longer than its one day: the edit form sets the duration the timeline schedules with.
    await venueCard.getByTestId('task-edit').click();
    await page.getByLabel('工期').fill('5');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByText('任务已保存').waitFor();
    const tasks = (await (await page.request.get(`${j.baseUrl}/api/meetings/${forum.id}/tasks`)).json()) as { title: string; durationDays: number }[];
    expect(tasks.find((x) => x.title === '会议场所选定')?.durationDays).toBe(5);

    // An agenda item (through the API), then publishing it in the agenda tab closes 议程PPT制作 by itself.
    const csrf = ((await (await page.request.get(`${j.baseUrl}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
    const add = await page.request.post(`${j.baseUrl}/api/meetings/${forum.id}/agenda/items`, {
      headers: { 'x-csrf-token': csrf }, data: { kind: 'opening', title: '开幕致辞', startAt: forum.startAt, endAt: forum.startAt + 30 * 60_000 },
    });
    expect(add.status()).toBe(200);
    await page.goto(`${j.baseUrl}/meetings/${forum.id}?tab=agenda`);
    await page.getByTestId('agenda-publish').click();
    await page.getByRole('button', { name: '发布', exact: true }).last().click();
    await page.getByText('第 1 版').first().waitFor();
    await page.goto(`${j.baseUrl}/meetings/${forum.id}?tab=tasks`);
    const ppt = page.getByTestId('task-card').filter({ hasText: '议程PPT制作' });
    await ppt.getByText('议程第 1 版已发布').waitFor();
    await page.screenshot({ path: `${SHOTS}/playbook-evidence.png`, fullPage: true });

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tasks-xlsx').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const cells = wb.worksheets[0].getSheetValues().flat().map((v) => String(v ?? '')).join('|');
    expect(cells).toContain(`${forum.title}会务分工明细表`);
    expect(cells).toContain('会议场所选定');

    await page.goto(`${j.baseUrl}/meetings/${forum.id}?tab=agenda`);
    const [deck] = await Promise.all([page.waitForEvent('download'), page.getByTestId('agenda-pptx').click()]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await deck.path())!));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const text = (await Promise.all(slides.map((f) => zip.file(f)!.async('string')))).join('');
    expect(text).toContain('开幕致辞');
    expect(errors).toEqual([]);
    await context.close();
  });
});
