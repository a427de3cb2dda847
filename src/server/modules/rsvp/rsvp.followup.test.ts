import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids';
import { startBotServer } from '../../testing/channel-servers';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { startJobsWorker } from '../../worker';

let t: TestApp;
let organiser: Caller;
let leader: Caller;
let staff: Caller;
let member: Caller;
let admin: Caller;
let bots: Awaited<ReturnType<typeof startBotServer>>;
beforeAll(async () => {
  t = await createTestApp({ smtpUrl: null });
  organiser = await signIn(t, t.org, 'organiser');
  leader = await signIn(t, t.org, 'leader');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
  admin = await signIn(t, t.org, 'admin');
  bots = await startBotServer({ dingtalk: 'SECdingtalk', feishu: 'feishu-secret', wecomKey: 'wecom-key', sms: { accessKeyId: 'LTAItest', accessKeySecret: 'sms-secret' } });
});
afterAll(async () => {
  await t.close();
  await bots.close();
});

async function setup(opts: { deadline?: number } = {}) {
  const dept = newId();
  const now = Date.now();
  await t.database.db.insertInto('departments').values({ id: dept, org_id: t.org.id, name: `研发中心${dept.slice(-4)}`, code: null, parent_id: null, sort_order: 0, is_active: 1, contact_person_id: null, created_at: now, updated_at: now }).execute();
  const contactPerson = newId();
  const waiting = newId();
  for (const [id, name] of [[contactPerson, '部门联系人'], [waiting, '赵敏']]) {
    await t.database.db.insertInto('people').values({ id, org_id: t.org.id, kind: 'staff', name, department_id: dept, unit: null, title: null, phone: '13812345678', email: `${id}@example.com`, is_active: 1, created_at: now, updated_at: now }).execute();
  }
  await t.database.db.updateTable('departments').set({ contact_person_id: contactPerson }).where('id', '=', dept).execute();
  await t.database.db.updateTable('users').set({ person_id: contactPerson }).where('id', '=', t.org.users.member.id).execute();
  const m = await buildMeeting(t.database, t.org, { purpose: '季度经营分析', place: '第三会议室', title: '季度经营分析会' });
  await call(t.app, 'POST', `/api/meetings/${m.id}/submit`, { as: organiser, body: {} });
  await call(t.app, 'POST', `/api/meetings/${m.id}/approve`, { as: leader, body: {} });
  const list = (await call(t.app, 'POST', `/api/meetings/${m.id}/participants`, { as: organiser, body: { personId: waiting } })).data;
  return { meeting: m, participantId: list[0].id as string, deadline: opts.deadline ?? m.startAt - 86_400_000 };
}

describe('reply on behalf (回访) and personal links', () => {
  it('staff may answer for someone; the audit log says who; members may not; a revoked link stops working', async () => {
    const { meeting, participantId } = await setup();
    const body = { attendance: 'substitute', substitute: { name: '钱进', title: '副主任', phone: '13900000000' } };
    expect((await call(t.app, 'PUT', `/api/meetings/${meeting.id}/participants/${participantId}/reply`, { as: member, body })).statusCode).toBe(403);
    const missing = await call(t.app, 'PUT', `/api/meetings/${meeting.id}/participants/${participantId}/reply`, { as: staff, body: { attendance: 'substitute' } });
    expect(missing.data.error.fields[0]).toMatchObject({ field: 'substitute.name', message: '代参会需填写代参会人姓名' });
    const ok = await call(t.app, 'PUT', `/api/meetings/${meeting.id}/participants/${participantId}/reply`, { as: staff, body });
    expect(ok.data).toMatchObject({ attendance: 'substitute', reply: { substitute: { name: '钱进' } } });
    const list = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/participants`, { as: member })).data;
    expect(list[0]).toMatchObject({ attendance: 'substitute', answeredOnBehalf: true });
    const audit = (await call(t.app, 'GET', `/api/audit?entityId=${meeting.id}`, { as: admin })).data.items;
    expect(audit.find((a: { action: string }) => a.action === 'participant.reply_on_behalf')).toMatchObject({ actorName: 'staff user' });
    const link = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/participants/${participantId}/link`, { as: staff })).data;
    const token = link.url.split('/r/')[1];
    expect((await call(t.app, 'GET', `/api/rsvp/${token}`)).data.participant.name).toBe('赵敏');
    const fresh = (await call(t.app, 'POST', `/api/meetings/${meeting.id}/participants/${participantId}/link/revoke`, { as: staff, body: {} })).data;
    expect((await call(t.app, 'GET', `/api/rsvp/${token}`)).data.error.code).toBe('link_invalid');
    expect((await call(t.app, 'GET', `/api/rsvp/${fresh.url.split('/r/')[1]}`)).statusCode).toBe(200);
  });
});

describe('SMS and in-app', () => {
  it('refuses SMS when no provider is configured; with one, the text goes out in the provider\'s signed format', async () => {
    const { meeting, deadline, participantId } = await setup();
    await t.database.db.updateTable('users').set({ person_id: (await t.database.db.selectFrom('meeting_participants').select('person_id').where('id', '=', participantId).executeTakeFirstOrThrow()).person_id }).where('id', '=', t.org.users.finance.id).execute();
    const n = await call(t.app, 'POST', `/api/meetings/${meeting.id}/notices`, {
      as: organiser, body: { kind: 'meeting', prepare: '经营数据', contact: '王秘书 010-12345678', rsvpDeadline: deadline, channels: { email: false, inapp: true, sms: true, botIds: [] } },
    });
    await call(t.app, 'POST', `/api/notices/${n.data.id}/submit`, { as: organiser, body: {} });
    await call(t.app, 'POST', `/api/notices/${n.data.id}/approve`, { as: leader, body: {} });
    const refused = await call(t.app, 'POST', `/api/notices/${n.data.id}/send`, { as: organiser, body: {} });
    expect(refused.data.error.fields[0]).toMatchObject({ field: 'channels.sms', message: '短信通道未配置，不能使用' });
    const sms = { endpoint: `${bots.url}/sms/`, accessKeyId: 'LTAItest', accessKeySecret: 'sms-secret', signName: '华信科技', templateCode: 'SMS_123' };
    const withSms = await createTestApp({ smtpUrl: null, sms }, t.database);
    try {
      const sent = await call(withSms.app, 'POST', `/api/notices/${n.data.id}/send`, { as: organiser, body: {} });
      expect(sent.data.deliveries).toMatchObject({ total: 2, queued: 2 });
      const w = startJobsWorker(t.database, withSms.config, { poll: false });
      await w.drainOnce();
      await w.stop();
      const got = bots.received.filter((r) => r.platform === 'sms');
      expect(got.at(-1)).toMatchObject({ ok: true });
      expect(JSON.stringify(got.at(-1)!.body)).toContain('13812345678');
      const inbox = (await call(t.app, 'GET', '/api/notifications', { as: await signIn(t, t.org, 'finance') })).data.items;
      expect(inbox[0]).toMatchObject({ text: '您收到会议通知：关于召开季度经营分析会的通知', link: expect.stringMatching(/^\/r\/.+\?via=/) });
    } finally {
      await withSms.app.close();
    }
  });
});

describe('reminders, escalation and group robots', () => {
  it('reminds those who have not answered on schedule, escalates at the deadline, and posts to the signed robots', async () => {
    const { meeting, deadline } = await setup();
    const robots = [];
    for (const [platform, url, secret] of [
      ['dingtalk', `${bots.url}/dingtalk/robot/send?access_token=T1`, 'SECdingtalk'], ['feishu', `${bots.url}/feishu/open-apis/bot/v2/hook/H1`, 'feishu-secret'], ['wecom', `${bots.url}/wecom/cgi-bin/webhook/send?key=wecom-key`, null],
    ] as const) {
      expect((await call(t.app, 'POST', '/api/channel-bots', { as: organiser, body: { platform, name: platform, webhookUrl: url, secret } })).statusCode).toBe(403);
      const bot = await call(t.app, 'POST', '/api/channel-bots', { as: admin, body: { platform, name: `${platform} 会务群`, webhookUrl: url, secret } });
      expect(bot.data).toMatchObject({ signed: !!secret, webhookHost: new URL(bots.url).host });
      robots.push(bot.data.id);
    }
    const n = await call(t.app, 'POST', `/api/meetings/${meeting.id}/notices`, {
      as: organiser, body: { kind: 'meeting', prepare: '经营数据', contact: '王秘书 010-12345678', rsvpDeadline: deadline, channels: { email: true, inapp: false, sms: false, botIds: robots }, reminders: { hoursBeforeDeadline: [24], escalate: true } },
    });
    await call(t.app, 'POST', `/api/notices/${n.data.id}/submit`, { as: organiser, body: {} });
    await call(t.app, 'POST', `/api/notices/${n.data.id}/approve`, { as: leader, body: {} });
    expect((await call(t.app, 'POST', `/api/notices/${n.data.id}/send`, { as: organiser, body: {} })).data.deliveries).toMatchObject({ total: 4, queued: 4 });
    const w = startJobsWorker(t.database, t.config, { poll: false });
    await w.drainOnce();
    expect(bots.received.filter((r) => r.ok && r.platform !== 'sms').map((r) => r.platform).sort()).toEqual(['dingtalk', 'feishu', 'wecom']);
    expect(JSON.stringify(bots.received.find((r) => r.platform === 'dingtalk')!.body)).toContain('季度经营分析会');
    // The reminder falls due 24 h before the deadline.
    const later = startJobsWorker(t.database, t.config, { poll: false, now: () => deadline - 23 * 3_600_000 });
    await later.drainOnce();
    const notices = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/notices`, { as: organiser })).data;
    const reminder = notices.find((x: { kind: string }) => x.kind === 'reminder');
    expect(reminder).toMatchObject({ status: 'queued', recipients: 1, subject: '【提醒】{{title}}参会回执', channels: { botIds: [] } });
    await later.drainOnce();
    expect((await call(t.app, 'GET', `/api/notices/${reminder.id}`, { as: organiser })).data.status).toBe('sent');
    // At the deadline the department's contact hears who has not answered.
    const atDeadline = startJobsWorker(t.database, t.config, { poll: false, now: () => deadline + 1000 });
    await atDeadline.drainOnce();
    const inbox = (await call(t.app, 'GET', '/api/notifications', { as: member })).data.items.map((x: { text: string }) => x.text);
    expect(inbox[0]).toBe('「季度经营分析会」回执截止，以下人员尚未回复：赵敏');
    for (const x of [w, later, atDeadline]) await x.stop();
  });
});
