// Journey: an organiser signs in, creates a multi-department meeting at 09:00, sees the 09:10/14:10
// policy warning, fixes the time, saves, and finds the meeting in the list — in Debian's Chromium.
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startJourney, type Journey } from './server';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j?.stop());

async function setDateTime(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Opens an antd Select by its label and clicks an option, once no other dropdown is still closing. */
async function pick(page: Page, label: string, option: string) {
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
}

describe('meeting plan journey', () => {
  it('log in, create a meeting, see the policy warning for 09:00, fix it, see it in the list', async () => {
    const context = await j.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${j.baseUrl}/meetings`);
    await page.waitForURL('**/login');
    await page.getByLabel('用户名').fill('organiser');
    await page.getByLabel('密码').fill('Huiwu@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/meetings');
    await page.getByTestId('meeting-list').waitFor();

    await page.getByRole('button', { name: '新建会议' }).click();
    await page.waitForURL('**/meetings/new');
    const title = `跨部门预算协调会 ${Date.now().toString(36)}`;
    const day = DateTime.now().setZone('Asia/Shanghai').plus({ days: 14 }).toFormat('yyyy-MM-dd');
    await page.getByLabel('会议名称').fill(title);
    await setDateTime(page, '开始时间', `${day} 09:00`);
    await setDateTime(page, '结束时间', `${day} 10:30`);
    await pick(page, '承办部门', '财务部');
    await pick(page, '参会部门', '市场部');
    await page.keyboard.press('Escape');

    const warnings = page.getByTestId('policy-warnings');
    await warnings.filter({ hasText: '09:10 或 14:10' }).waitFor();
    expect(await warnings.innerText()).toContain('当前 09:00');
    await page.screenshot({ path: `${SHOTS}/meeting-form-warning.png`, fullPage: true });

    await setDateTime(page, '开始时间', `${day} 09:10`);
    await warnings.waitFor({ state: 'detached' });
    expect(await page.getByLabel('结束时间', { exact: true }).inputValue()).toBe(`${day} 10:30`);

    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.screenshot({ path: `${SHOTS}/meeting-detail.png`, fullPage: true });

    await page.goto(`${j.baseUrl}/meetings`);
    const row = page.getByTestId('meeting-list').getByText(title);
    await row.waitFor();
    expect(await page.getByTestId('meeting-list').innerText()).toContain('09:10–10:30');
    await page.screenshot({ path: `${SHOTS}/meeting-list.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
