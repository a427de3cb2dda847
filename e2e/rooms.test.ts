// Journey: an organiser books a free cell in the rooms grid, then asks for a taken slot, sees who holds
// it and the alternatives, and takes another room — in Debian's Chromium, against a real server.
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startJourney, type Journey } from './server';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j?.stop());

/** Clicks one 30-minute cell (07:00 is slot 0) of a room's row. */
async function clickCell(page: Page, room: string, hh: number, mm: number) {
  const slot = (hh - 7) * 2 + mm / 30;
  await page.getByRole('grid', { name: room }).locator(`[data-slot="${slot}"]`).click();
}

describe('rooms journey', () => {
  it('book a free cell; a taken slot shows the booking in the way and alternatives; take another room', async () => {
    const context = await j.browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The demo's 总经理室会议 is booked into 第一会议室 every Monday 09:10–11:00.
    const today = DateTime.now().setZone('Asia/Shanghai');
    const monday = today.plus({ days: ((8 - today.weekday) % 7) || 7 }).toFormat('yyyy-MM-dd');

    await page.goto(`${j.baseUrl}/login`);
    await page.getByLabel('用户名').fill('organiser');
    await page.getByLabel('密码').fill('Huiwu@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/meetings');
    await page.goto(`${j.baseUrl}/rooms?date=${monday}`);
    const grid = page.getByTestId('rooms-grid');
    await grid.getByText('总经理室会议').waitFor();

    await clickCell(page, '总部 12 层第二会议室', 14, 0);
    const dialog = page.getByTestId('booking-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('用途 / 名称').fill('预算评审');
    await page.getByRole('button', { name: '预订', exact: true }).click();
    await grid.getByText('预算评审').waitFor();

    // The taken cells are covered by the booking, so pick a free cell of that room and type the taken time.
    await clickCell(page, '总部 12 层第一会议室', 12, 0);
    const second = page.getByTestId('booking-dialog');
    await second.getByLabel('用途 / 名称').fill('临时碰头会');
    for (const [label, time] of [['开始时间', '09:30'], ['结束时间', '10:30']]) {
      const input = second.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(`${monday} ${time}`);
      await input.press('Enter');
    }
    // Enter in a date field may already submit the form, as Enter does in a form: then the conflict dialog comes by itself.
    const conflict = page.getByTestId('conflict-dialog');
    await page.waitForFunction(() => !!document.querySelector('[data-testid=conflict-dialog]') || document.querySelectorAll('.ant-modal-footer .ant-btn-loading').length === 0);
    if (!(await conflict.isVisible())) await page.getByRole('button', { name: '预订', exact: true }).click();
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('总经理室会议');
    await page.screenshot({ path: `${SHOTS}/rooms-conflict.png`, fullPage: true });
    const other = conflict.locator('[data-alternative="other_room"]').first();
    const otherName = (await other.innerText()).split('\n').find((l) => l.includes('会议室') || l.includes('厅')) ?? '';
    await other.click();
    await conflict.waitFor({ state: 'hidden' });
    await grid.getByText('临时碰头会').waitFor();
    await page.screenshot({ path: `${SHOTS}/rooms-booked.png`, fullPage: true });
    expect(otherName).not.toContain('第一会议室');
    expect(errors).toEqual([]);
    await context.close();
  });
});
