import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

type T = { id: string; title: string; dueAt: number; status: string; evidence: string | null; doneNote: string | null; ownerUserId: string | null; version: number; stepKey: string | null; phase: string };

async function playbook(key: string) {
  const list = (await call(t.app, 'GET', '/api/playbooks', { as: member })).data as { id: string; key: string; steps: unknown[] }[];
  return list.find((p) => p.key === key)!;
}

describe('playbooks', () => {
  it('ships the seed flows; applying one creates dated, owned tasks once', async () => {
    const list = (await call(t.app, 'GET', '/api/playbooks', { as: member })).data;
    expect(list.map((p: { key: string }) => p.key).sort()).toEqual(['external', 'forum', 'internal']);
    const ext = await playbook('external');
    expect(ext.steps).toHaveLength(25);
    const start = DateTime.fromISO('2027-06-16T09:10', { zone: 'Asia/Shanghai' }).toMillis();
    const m = await buildMeeting(t.database, t.org, { title: '合作伙伴大会', scope: 'external', startAt: start, endAt: start + 8 * 3_600_000, timeZone: 'Asia/Shanghai' });
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: member, body: { playbookId: ext.id } })).statusCode).toBe(403);
    const tasks = (await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: ext.id } })).data as T[];
    expect(tasks).toHaveLength(25);
    const again = await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: ext.id } });
    expect(again.data.error.fields[0]).toMatchObject({ field: 'playbookId', reason: 'playbook_applied' });
    const venue = tasks.find((x) => x.evidence === 'venue_booked')!;
    expect(DateTime.fromMillis(venue.dueAt, { zone: 'Asia/Shanghai' }).toFormat('yyyy-MM-dd')).toBe('2027-06-02');
    expect(venue.ownerUserId).not.toBeNull();
    expect(tasks.filter((x) => x.phase === 'after').every((x) => x.dueAt >= m.endAt - 86_400_000)).toBe(true);

    // Moving the meeting a week later moves the open tasks with it.
    const moved = await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: m.version, startAt: start + 7 * 86_400_000, endAt: start + 7 * 86_400_000 + 8 * 3_600_000 } });
    expect(moved.statusCode).toBe(200);
    const after = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as T[];
    expect(after.find((x) => x.id === venue.id)!.dueAt - venue.dueAt).toBe(7 * 86_400_000);
  });

  it('keeps wall-clock due times across a daylight-saving change (America/New_York)', async () => {
    const start = DateTime.fromISO('2027-03-20T09:00', { zone: 'America/New_York' }).toMillis();
    const m = await buildMeeting(t.database, t.org, { title: 'NY summit', scope: 'external', startAt: start, endAt: start + 3_600_000 * 6, timeZone: 'America/New_York' });
    const tasks = (await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: (await playbook('external')).id } })).data as T[];
    const venue = tasks.find((x) => x.evidence === 'venue_booked')!;
    const local = DateTime.fromMillis(venue.dueAt, { zone: 'America/New_York' });
    expect(local.toFormat('yyyy-MM-dd')).toBe('2027-03-06');
    const step = (await playbook('external')).steps.find((s) => (s as { evidence: string | null }).evidence === 'venue_booked') as { dueTime: string };
    expect(local.toFormat('HH:mm')).toBe(step.dueTime);
    // 2027-03-06 is before the change (EST, −5 h) and the meeting after it (EDT, −4 h): the wall time held, the offset did not.
    expect([local.offset, DateTime.fromMillis(start, { zone: 'America/New_York' }).offset]).toEqual([-300, -240]);
  });
});

describe('tasks', () => {
  it('close themselves on evidence, can be ticked off by their owner, and export as the 会务分工明细表', async () => {
    const start = DateTime.now().setZone('Asia/Shanghai').plus({ days: 30 }).set({ hour: 9, minute: 10, second: 0, millisecond: 0 }).toMillis();
    const m = await buildMeeting(t.database, t.org, { title: '年中工作会', startAt: start, endAt: start + 3 * 3_600_000, timeZone: 'Asia/Shanghai' });
    const tasks = (await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: (await playbook('internal')).id } })).data as T[];
    const ppt = tasks.find((x) => x.evidence === 'agenda_published')!;
    await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: { kind: 'report', title: '半年工作总结', startAt: start, endAt: start + 3_600_000 } });
    await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/publish`, { as: organiser, body: {} });
    const closed = ((await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as T[]).find((x) => x.id === ppt.id)!;
    expect(closed).toMatchObject({ status: 'done', doneNote: '议程第 1 版已发布' });

    const staffTask = tasks.find((x) => x.ownerUserId === t.org.users.staff.id && x.status === 'open')!;
    expect((await call(t.app, 'PATCH', `/api/tasks/${staffTask.id}`, { as: member, body: { version: staffTask.version, status: 'done' } })).statusCode).toBe(403);
    const mine = (await call(t.app, 'GET', '/api/tasks/mine', { as: staff })).data as T[];
    expect(mine.map((x) => x.id)).toContain(staffTask.id);
    const ticked = await call(t.app, 'PATCH', `/api/tasks/${staffTask.id}`, { as: staff, body: { version: staffTask.version, status: 'done', note: '已完成' } });
    expect(ticked.data).toMatchObject({ status: 'done', doneNote: '已完成' });
    expect((await call(t.app, 'PATCH', `/api/tasks/${staffTask.id}`, { as: staff, body: { version: staffTask.version, status: 'open' } })).statusCode).toBe(409);
    expect((await call(t.app, 'PATCH', `/api/tasks/${staffTask.id}`, { as: staff, body: { version: ticked.data.version, ownerUserId: t.org.users.member.id } })).statusCode).toBe(403);

    const res = await t.app.inject({ method: 'GET', url: `/api/meetings/${m.id}/tasks.xlsx`, headers: { cookie: member.cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const text = sheet.getSheetValues().flat().map((v) => String(v ?? '')).join('|');
    expect(text).toContain('年中工作会会务分工明细表');
    expect(text).toContain('议程PPT制作');
    // An English reader gets the sheet in English: headings, the shipped steps' titles and groups, the file name.
    const en = await t.app.inject({ method: 'GET', url: `/api/meetings/${m.id}/tasks.xlsx`, headers: { cookie: member.cookie, 'accept-language': 'en' } });
    expect(decodeURIComponent(String(en.headers['content-disposition']))).toContain('年中工作会: division of labour.xlsx');
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
    const enText = enBook.worksheets[0].getSheetValues().flat().map((v) => String(v ?? '')).join('|');
    expect(enText).toContain('Prepare the agenda slides');
    expect(enText).toContain('Secretariat');
    expect(enText).toContain('|Owner|');
    expect(enText).not.toContain('议程PPT制作');
  });

  it('give each meeting of the list a red/amber/green health', async () => {
    const soon = DateTime.now().setZone('Asia/Shanghai').plus({ days: 3 }).set({ hour: 14, minute: 10, second: 0, millisecond: 0 }).toMillis();
    const late = await buildMeeting(t.database, t.org, { title: '临时协调会', startAt: soon, endAt: soon + 3_600_000, timeZone: 'Asia/Shanghai' });
    const calm = await buildMeeting(t.database, t.org, { title: '远期规划会', startAt: soon + 60 * 86_400_000, endAt: soon + 60 * 86_400_000 + 3_600_000, timeZone: 'Asia/Shanghai' });
    const none = await buildMeeting(t.database, t.org, { title: '无任务会议', startAt: soon, endAt: soon + 3_600_000, timeZone: 'Asia/Shanghai' });
    const internal = (await playbook('internal')).id;
    for (const m of [late, calm]) await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: internal } });
    const items = (await call(t.app, 'GET', '/api/meetings?limit=200', { as: member })).data.items as { id: string; taskHealth: string | null }[];
    const health = (id: string) => items.find((i) => i.id === id)!.taskHealth;
    expect([health(late.id), health(calm.id), health(none.id)]).toEqual(['red', 'green', null]);
  });

  it('remind owners once when a task is due within a day and once when it is overdue, even with two sweepers', async () => {
    const soon = DateTime.now().setZone('Asia/Shanghai').plus({ days: 2 }).set({ hour: 14, minute: 10, second: 0, millisecond: 0 }).toMillis();
    const m = await buildMeeting(t.database, t.org, { title: '紧急部署会', startAt: soon, endAt: soon + 3_600_000, timeZone: 'Asia/Shanghai' });
    const created = (await call(t.app, 'POST', `/api/meetings/${m.id}/tasks`, { as: organiser, body: { phase: 'before', group: '会务组', title: '确认参会名单', ownerUserId: t.org.users.staff.id, dueAt: Date.now() + 3_600_000 } })).data as T[];
    const mine = created.find((x) => x.title === '确认参会名单')!;
    const { remindTaskOwners } = await import('./task.reminders');
    const texts = async () => (await call(t.app, 'GET', '/api/notifications', { as: staff })).data.items.map((n: { text: string }) => n.text) as string[];
    const counts = await Promise.all([remindTaskOwners(t.database, Date.now()), remindTaskOwners(t.database, Date.now())]);
    expect((await texts()).filter((x) => x.includes('确认参会名单'))).toHaveLength(1);
    expect((await texts())[0]).toMatch(/^「紧急部署会」的任务「确认参会名单」将于 \d{4}年\d+月\d+日 周. \d{2}:\d{2} 到期$/);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await remindTaskOwners(t.database, mine.dueAt + 60_000);
    await remindTaskOwners(t.database, mine.dueAt + 120_000);
    expect((await texts()).filter((x) => x.includes('确认参会名单') && x.includes('已逾期'))).toHaveLength(1);
  });
});
