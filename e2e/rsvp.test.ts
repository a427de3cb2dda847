// Journey: a participant opens their personal reply-slip link on a phone without signing in, asks for leave
// without a reason and is told to give one, gives it, sends the slip and sees what was recorded; the
// organiser then finds the participant on leave — in Debian's Chromium, against a real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingWithFreshPeople, SHOTS, signInApi, startJourney, type Api, type Journey } from './server';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
}, 120_000);
afterAll(() => j?.stop());

/** Signs in over the API as a demo user. */
async function signIn(username: string): Promise<Api> {
  return (await signInApi(j.baseUrl, username)).api;
}

type Participant = { id: string; personId: string; personName: string; attendance: string; reply: { leaveReason?: string } | null };

describe('reply slip journey', () => {
  it('open the personal link on a phone, ask for leave without a reason, fix it, send, and the organiser sees 请假', async () => {
    const api = await signIn('organiser');
    // An approved meeting that has not started, and a person of the directory added to it.
    const { meeting, added: [participant] } = await meetingWithFreshPeople(api, 1);
    const person = { id: participant.personId, name: participant.personName };
    const linkPath = `/api/meetings/${meeting.id}/participants/${participant.id}/link`;
    let link = await api<{ url: string }>('GET', linkPath);
    // About half the tokens end in letters and digits only (`….Jx61XKHfw6d3u27aZqzBoxrF`), which looks like a file
    // extension; the page must open for those too, so take such a link on purpose (a new one per revoke).
    for (let i = 0; i < 30 && !/\.[A-Za-z0-9]+$/.test(link.url); i++) link = await api<{ url: string }>('POST', `${linkPath}/revoke`, {});
    const { pathname, search } = new URL(link.url);
    expect(pathname).toMatch(/^\/r\/[^/]+\.[A-Za-z0-9]+$/);
    const doc = await fetch(`${j.baseUrl}${pathname}`, { headers: { accept: 'text/html' } });
    expect(doc.headers.get('content-type'), `GET ${pathname} must serve the web app, not a 404 for a missing file`).toContain('text/html');

    // A phone, and no session: the link alone opens the slip.
    const context = await j.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${j.baseUrl}${pathname}${search}`);
    await page.getByTestId('rsvp-form').waitFor();
    expect(await page.getByTestId('rsvp-name').innerText()).toBe(person.name);
    await page.screenshot({ path: `${SHOTS}/rsvp-empty.png`, fullPage: true });

    // 请假 without a reason: the reason item says what is missing, nothing is sent.
    await page.locator('.hw-rsvp-attendance').getByText('请假', { exact: true }).click();
    const reason = page.getByLabel('请假原因');
    await reason.waitFor();
    await page.getByRole('button', { name: '提交回执' }).click();
    const reasonItem = page.locator('.ant-form-item-has-error').filter({ has: page.locator('#rsvp_leaveReason') });
    await reasonItem.waitFor();
    expect(await reasonItem.innerText()).toContain('请假原因');
    await page.screenshot({ path: `${SHOTS}/rsvp-leave-error.png`, fullPage: true });
    expect((await api<Participant[]>('GET', `/api/meetings/${meeting.id}/participants`)).find((p) => p.id === participant.id)!.attendance).toBe('invited');

    // With the reason the slip goes through and the page shows what was recorded.
    await reason.fill('赴外地出差');
    await expect.poll(() => reasonItem.count()).toBe(0);
    await page.getByRole('button', { name: '提交回执' }).click();
    const confirmation = page.getByTestId('rsvp-confirmation');
    await confirmation.waitFor();
    expect(await confirmation.innerText()).toContain('回执已提交');
    expect(await page.getByTestId('rsvp-recorded-attendance').innerText()).toBe('请假');
    expect(await page.getByTestId('rsvp-summary').innerText()).toContain('赴外地出差');
    await page.getByRole('button', { name: '修改回执' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/rsvp-confirmed.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();

    // The organiser sees the answer on the meeting.
    const after = (await api<Participant[]>('GET', `/api/meetings/${meeting.id}/participants`)).find((p) => p.id === participant.id)!;
    expect(after.attendance).toBe('leave');
    expect(after.reply?.leaveReason).toBe('赴外地出差');
  });
});
