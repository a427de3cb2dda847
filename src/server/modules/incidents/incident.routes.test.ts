import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotServer } from '../../testing/channel-servers';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { startJobsWorker } from '../../worker';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
  admin = await signIn(t, t.org, 'admin');
});
afterAll(() => t.close());

const inbox = async (as: Caller) => ((await call(t.app, 'GET', '/api/notifications', { as })).data as { items: { kind: string; text: string }[] }).items;

describe('incidents', () => {
  it('anyone signed in reports; 400 names the field; only staff and organisers handle; resolving needs a resolution', async () => {
    const m = await buildMeeting(t.database, t.org, { title: '年度全员大会' });
    const bad = await call(t.app, 'POST', `/api/meetings/${m.id}/incidents`, { as: member, body: { kind: 'fire', severity: 'low', place: 'x', description: 'x' } });
    expect(bad.data.error.fields[0].field).toBe('kind');
    const res = await call(t.app, 'POST', `/api/meetings/${m.id}/incidents`, { as: member, body: { kind: 'lost_property', severity: 'low', place: '多功能厅 3 排', description: '拾到黑色钱包一个' } });
    expect(res.statusCode).toBe(200);
    const [lost] = res.data;
    expect(lost).toMatchObject({ status: 'open', reportedByName: expect.any(String), handlerUserId: null });
    expect((await call(t.app, 'PATCH', `/api/incidents/${lost.id}`, { as: member, body: { version: 1, status: 'resolved', resolution: 'x' } })).statusCode).toBe(403);
    const assigned = await call(t.app, 'PATCH', `/api/incidents/${lost.id}`, { as: organiser, body: { version: 1, handlerUserId: t.org.users.staff.id } });
    expect(assigned.data[0]).toMatchObject({ status: 'handling', handlerUserId: t.org.users.staff.id });
    expect((await inbox(staff)).some((n) => n.kind === 'incident_assigned' && n.text.includes('拾到黑色钱包一个'))).toBe(true);
    const noWord = await call(t.app, 'PATCH', `/api/incidents/${lost.id}`, { as: staff, body: { version: 2, status: 'resolved' } });
    expect(noWord.data.error.fields[0]).toMatchObject({ field: 'resolution', reason: 'required' });
    const stale = await call(t.app, 'PATCH', `/api/incidents/${lost.id}`, { as: staff, body: { version: 1, status: 'resolved', resolution: 'x' } });
    expect(stale.statusCode).toBe(409);
    const done = await call(t.app, 'PATCH', `/api/incidents/${lost.id}`, { as: staff, body: { version: 2, status: 'resolved', resolution: '已交还失主王丽华' } });
    expect(done.data[0]).toMatchObject({ status: 'resolved', resolution: '已交还失主王丽华', resolvedAt: expect.any(Number) });
  });

  it('a high-severity incident tells the on-duty staff at once and every group robot through the worker; a low one does not', async () => {
    const robot = await startBotServer({ wecomKey: 'k1' });
    try {
      const bot = await call(t.app, 'POST', '/api/channel-bots', { as: admin, body: { platform: 'wecom', name: '会务值班群', webhookUrl: `${robot.url}/wecom/cgi-bin/webhook/send?key=k1` } });
      expect(bot.statusCode).toBe(201);
      const m = await buildMeeting(t.database, t.org, { title: '合作伙伴论坛', timeZone: 'Asia/Shanghai' });
      const before = (await inbox(staff)).length;
      await call(t.app, 'POST', `/api/meetings/${m.id}/incidents`, { as: member, body: { kind: 'equipment', severity: 'low', place: '分会场 B', description: '翻页笔没电' } });
      expect((await inbox(staff)).length).toBe(before);
      await call(t.app, 'POST', `/api/meetings/${m.id}/incidents`, { as: member, body: { kind: 'medical', severity: 'high', place: '主会场 5 排', description: '一位嘉宾晕倒' } });
      const alerts = (await inbox(staff)).filter((n) => n.kind === 'incident_high');
      expect(alerts.map((n) => n.text)).toContain('【紧急】「合作伙伴论坛」医疗急救：主会场 5 排，一位嘉宾晕倒');

      const worker = startJobsWorker(t.database, t.config, { poll: false });
      try {
        await worker.drainOnce();
      } finally {
        await worker.stop();
      }
      const posts = robot.received.filter((r) => r.platform === 'wecom' && r.ok);
      expect(posts).toHaveLength(1);
      const body = posts[0].body as { msgtype: string; markdown: { content: string } };
      expect(body.msgtype).toBe('markdown');
      expect(body.markdown.content).toContain('一位嘉宾晕倒');
      expect(body.markdown.content).toContain('主会场 5 排');
    } finally {
      await robot.close();
    }
  });
});
