// Journey: an organiser adds a participant to an approved meeting, drafts its meeting notice, sees the completeness
// checklist hold back submitting until 参会准备事项, 联系人及电话 and 回执截止时间 are filled, submits; the leader approves;
// the organiser sends and watches the progress reach "sent" — in Debian's Chromium, against a real server with its jobs worker.
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startJourney, type Journey } from './server';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j?.stop());

async function signIn(browser: Browser, username: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${j.baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('Huiwu@2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/meetings');
  return { page, errors, close: () => context.close() };
}

/** The checklist's missing items, as the page shows them right now. */
async function missing(page: Page): Promise<string[]> {
  const attr = await page.getByTestId('notice-checklist').getAttribute('data-missing');
  return attr ? attr.split(',').filter(Boolean) : [];
}

describe('notices journey', () => {
  it('add a participant, draft a notice, completeness blocks submit until filled, leader approves, send reaches sent', async () => {
    const organiser = await signIn(j.browser, 'organiser');
    const page = organiser.page;

    // An approved meeting nobody has been added to yet (the demo's weekly 总经理室会议 has many such occurrences).
    const approved = (await (await page.request.get(`${j.baseUrl}/api/meetings?status=approved&limit=100`)).json()) as { items: { id: string; title: string }[] };
    let meetingId = '';
    for (const m of approved.items) {
      const people = (await (await page.request.get(`${j.baseUrl}/api/meetings/${m.id}/participants`)).json()) as unknown[];
      if (people.length === 0) {
        meetingId = m.id;
        break;
      }
    }
    expect(meetingId).not.toBe('');
    const meetingUrl = `${j.baseUrl}/meetings/${meetingId}`;
    await page.goto(meetingUrl);
    await page.locator('[data-status="approved"]').first().waitFor();

    await page.getByRole('tab', { name: '参会人员' }).click();
    await page.waitForURL(/tab=participants/);
    await page.getByRole('button', { name: '添加人员' }).click();
    const add = page.getByTestId('participant-add');
    await add.getByLabel('人员').click();
    await add.getByLabel('人员').fill('刘洋');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '刘洋' }).first().click();
    await add.getByRole('button', { name: '添加' }).click();
    await page.getByTestId('participant-table').getByText('刘洋').waitFor();
    expect(await page.getByTestId('participant-count').innerText()).toContain('参会人员 1 人');

    await page.getByRole('tab', { name: '通知' }).click();
    await page.waitForURL(/tab=notices/);
    await page.getByTestId('notice-new').click();
    const submit = page.getByTestId('notice-submit');
    await page.getByTestId('notice-checklist').waitFor();
    // The meeting already says why, when and where, and now who: the notice itself still lacks three items.
    await expect.poll(() => missing(page)).toEqual(['prepare', 'contact', 'rsvp_deadline']);
    expect(await submit.isDisabled()).toBe(true);
    await page.waitForTimeout(400); // let the drawer finish sliding in for the screenshot
    await page.screenshot({ path: `${SHOTS}/notice-incomplete.png` });

    await page.getByLabel('参会准备事项', { exact: true }).fill('请各部门准备年度工作总结（PPT 不超过 10 页），于会前三天报送秘书处。');
    await expect.poll(() => missing(page)).toEqual(['contact', 'rsvp_deadline']);
    await page.getByLabel('联系人及电话', { exact: true }).fill('秘书处 张静 010-6588 1234');
    await expect.poll(() => missing(page)).toEqual(['rsvp_deadline']);
    expect(await submit.isDisabled()).toBe(true);
    const deadline = DateTime.now().setZone('Asia/Shanghai').plus({ days: 7 }).toFormat('yyyy-MM-dd 17:00');
    const deadlineInput = page.getByLabel('回执截止时间', { exact: true });
    await deadlineInput.click();
    await deadlineInput.fill(deadline);
    await deadlineInput.press('Enter');
    await deadlineInput.press('Tab');
    await expect.poll(() => missing(page)).toEqual([]);
    await expect.poll(() => submit.isDisabled()).toBe(false);
    // The live preview fills the template from the meeting and the form.
    expect(await page.getByTestId('notice-preview').innerText()).toContain('秘书处 张静 010-6588 1234');
    await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'detached' }).catch(() => undefined);
    await page.screenshot({ path: `${SHOTS}/notice-complete.png` });

    await submit.click();
    const table = page.getByTestId('notice-table');
    await table.locator('[data-status="pending_approval"]').waitFor();

    // The leader approves in their own session.
    const leader = await signIn(j.browser, 'leader');
    await leader.page.goto(`${meetingUrl}?tab=notices`);
    const leaderTable = leader.page.getByTestId('notice-table');
    await leaderTable.locator('[data-status="pending_approval"]').waitFor();
    await leaderTable.getByRole('button', { name: '批准' }).click();
    await leaderTable.locator('[data-status="approved"]').waitFor();
    expect(leader.errors).toEqual([]);
    await leader.close();

    // Back to the organiser: send, then the list polls until every delivery has gone out.
    await page.reload();
    await table.locator('[data-status="approved"]').waitFor();
    await table.getByRole('button', { name: '发送' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '发送' }).click();
    await table.locator('[data-status="sent"]').waitFor({ timeout: 30_000 });
    const progress = table.getByTestId('notice-progress');
    const total = Number(await progress.getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    await expect.poll(() => progress.getAttribute('data-sent')).toBe(String(total));
    expect(await progress.innerText()).toContain(`已送达 ${total}/${total}`);
    await page.screenshot({ path: `${SHOTS}/notice-sent.png`, fullPage: true });

    // Sending the meeting notice marked the meeting 已通知.
    expect(await page.locator('[data-status="notified"]').count()).toBeGreaterThan(0);
    expect(organiser.errors).toEqual([]);
    await organiser.close();
  });
});
