import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { startJobsWorker } from '../../worker';
import { passPngForMail } from './checkin.pass';

let t: TestApp;
let organiser: Caller;
let leader: Caller;
beforeAll(async () => {
  t = await createTestApp({ mailFrom: 'office@huaxin.example' });
  organiser = await signIn(t, t.org, 'organiser');
  leader = await signIn(t, t.org, 'leader');
});
afterAll(() => t.close());

describe('the pass in the notice mail', () => {
  it('each participant\'s mail shows their pass QR inline, next to the calendar invitation', async () => {
    const m = await buildMeeting(t.database, t.org, { purpose: '部署年度重点工作', place: '第一会议室', title: '年度工作会' });
    await call(t.app, 'POST', `/api/meetings/${m.id}/submit`, { as: organiser, body: {} });
    await call(t.app, 'POST', `/api/meetings/${m.id}/approve`, { as: leader, body: {} });
    const personId = newId();
    await t.database.db.insertInto('people').values({ id: personId, org_id: t.org.id, kind: 'staff', name: '张伟', department_id: null, unit: null, title: null, phone: null, email: 'zhangwei@example.com', is_active: 1, created_at: Date.now(), updated_at: Date.now() }).execute();
    const participants = (await call(t.app, 'POST', `/api/meetings/${m.id}/participants`, { as: organiser, body: { personId } })).data;
    const n = await call(t.app, 'POST', `/api/meetings/${m.id}/notices`, { as: organiser, body: { kind: 'meeting', round: 1, prepare: '无', contact: '王秘书 010-12345678', rsvpDeadline: Date.now() + 86_400_000, channels: { email: true, sms: false, inapp: false, botIds: [] } } });
    await call(t.app, 'POST', `/api/notices/${n.data.id}/submit`, { as: organiser, body: {} });
    await call(t.app, 'POST', `/api/notices/${n.data.id}/approve`, { as: leader, body: {} });
    expect((await call(t.app, 'POST', `/api/notices/${n.data.id}/send`, { as: organiser, body: {} })).statusCode).toBe(200);
    const worker = startJobsWorker(t.database, t.config, { poll: false });
    try {
      expect(await worker.drainOnce()).toBe(1);
    } finally {
      await worker.stop();
    }
    const { raw } = await t.database.db.selectFrom('mail_outbox').select('raw').where('to_address', '=', 'zhangwei@example.com').executeTakeFirstOrThrow();
    const mail = await simpleParser(raw);
    expect(mail.html).toContain('入场二维码');
    // The image is a related part referenced by cid (mailparser resolves it into the HTML as a data: URL).
    expect(raw).toMatch(/Content-ID: <pass@huiwu>/i);
    const png = (await passPngForMail(t.database.db, participants[0].id))!;
    expect(mail.html).toContain(`data:image/png;base64,${png.toString('base64')}`);
    expect(mail.attachments.some((a) => a.contentType.startsWith('text/calendar')) || raw.includes('text/calendar')).toBe(true);
  });
});
