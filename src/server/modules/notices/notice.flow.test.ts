import JSZip from 'jszip';
import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids';
import { startSmtpSink } from '../../testing/channel-servers';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { startJobsWorker } from '../../worker';

let t: TestApp;
let organiser: Caller;
let leader: Caller;
let member: Caller;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, mailFrom: 'office@huaxin.example' });
  organiser = await signIn(t, t.org, 'organiser');
  leader = await signIn(t, t.org, 'leader');
  member = await signIn(t, t.org, 'member');
});
afterAll(async () => {
  await t.close();
  await sink.close();
});
const workers: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  while (workers.length) await workers.pop()!.stop();
});

/** A worker that only runs when asked (`drainOnce`), at an injectable clock. */
function worker(now: () => number = Date.now, config = t.config) {
  const w = startJobsWorker(t.database, config, { poll: false, now, baseBackoffMs: 10 });
  workers.push(w);
  return w;
}

async function person(name: string, email: string | null, phone: string | null = null, departmentId: string | null = null): Promise<string> {
  const id = newId();
  const now = Date.now();
  await t.database.db.insertInto('people').values({ id, org_id: t.org.id, kind: 'staff', name, department_id: departmentId, unit: '华信科技', title: null, phone, email, is_active: 1, created_at: now, updated_at: now }).execute();
  return id;
}

/** An approved meeting with three participants (one without email). */
async function approvedMeeting(place = '第一会议室') {
  const m = await buildMeeting(t.database, t.org, { purpose: '部署年度重点工作', place, title: '年度工作会' });
  for (const a of ['submit'] as const) expect((await call(t.app, 'POST', `/api/meetings/${m.id}/${a}`, { as: organiser, body: {} })).statusCode).toBe(200);
  expect((await call(t.app, 'POST', `/api/meetings/${m.id}/approve`, { as: leader, body: {} })).statusCode).toBe(200);
  const people = [await person('张伟', 'zhangwei@example.com', '13800000001'), await person('李娜', 'lina@example.com'), await person('王强', null, '13800000003')];
  for (const personId of people) await call(t.app, 'POST', `/api/meetings/${m.id}/participants`, { as: organiser, body: { personId } });
  return m;
}

/** The first mail since `from` that matches, waiting for the sink to parse it. */
async function mailWhere(from: number, pred: (m: (typeof sink.messages)[number]) => boolean) {
  for (let i = 0; i < 100; i++) {
    const found = sink.messages.slice(from).find(pred);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('mail did not arrive');
}

const complete = { prepare: '请携带部门年度总结', contact: '王秘书 010-12345678' };

async function sentNotice(meetingId: string, extra: object = {}) {
  const deadline = Date.now() + 3 * 86_400_000;
  const n = await call(t.app, 'POST', `/api/meetings/${meetingId}/notices`, { as: organiser, body: { kind: 'meeting', round: 1, ...complete, rsvpDeadline: deadline, docNumber: '华信办〔2026〕12号', ...extra } });
  expect(n.statusCode).toBe(201);
  await call(t.app, 'POST', `/api/notices/${n.data.id}/submit`, { as: organiser, body: {} });
  await call(t.app, 'POST', `/api/notices/${n.data.id}/approve`, { as: leader, body: {} });
  const sent = await call(t.app, 'POST', `/api/notices/${n.data.id}/send`, { as: organiser, body: {} });
  expect(sent.statusCode).toBe(200);
  return sent.data;
}

describe('drafting and approval', () => {
  it('401 anonymous, 403 for a member; completeness blocks submit with the list; the leader approves', async () => {
    const m = await approvedMeeting();
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/notices`, { body: { kind: 'meeting' } })).statusCode).toBe(401);
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/notices`, { as: member, body: { kind: 'meeting' } })).statusCode).toBe(403);
    const bad = await call(t.app, 'POST', `/api/meetings/${m.id}/notices`, { as: organiser, body: { kind: 'meeting', body: '{{nmae}}' } });
    expect(bad.data.error.fields[0]).toMatchObject({ field: 'body', reason: 'unknown_variable' });
    const n = await call(t.app, 'POST', `/api/meetings/${m.id}/notices`, { as: organiser, body: { kind: 'meeting' } });
    expect(n.data).toMatchObject({ status: 'draft', subject: '关于召开{{title}}的通知', recipients: 3, missing: ['prepare', 'contact', 'rsvp_deadline'] });
    const refused = await call(t.app, 'POST', `/api/notices/${n.data.id}/submit`, { as: organiser, body: {} });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.error).toMatchObject({ code: 'notice_incomplete', message: '通知内容不完整，缺少：参会准备事项；联系人及电话；回执截止时间' });
    const late = await call(t.app, 'PUT', `/api/notices/${n.data.id}`, { as: organiser, body: { ...n.data, ...complete, rsvpDeadline: m.startAt + 1 } });
    expect(late.data.missing).toEqual(['rsvp_deadline']);
    const fixed = await call(t.app, 'PUT', `/api/notices/${n.data.id}`, { as: organiser, body: { ...late.data, rsvpDeadline: m.startAt - 86_400_000 } });
    expect(fixed.data.missing).toEqual([]);
    expect((await call(t.app, 'PUT', `/api/notices/${n.data.id}`, { as: organiser, body: { ...late.data } })).statusCode).toBe(409);
    const submitted = await call(t.app, 'POST', `/api/notices/${n.data.id}/submit`, { as: organiser, body: {} });
    expect(submitted.data.status).toBe('pending_approval');
    expect((await call(t.app, 'POST', `/api/notices/${n.data.id}/approve`, { as: organiser, body: {} })).statusCode).toBe(403);
    expect((await call(t.app, 'POST', `/api/notices/${n.data.id}/send`, { as: organiser, body: {} })).data.error.fields[0].reason).toBe('notice_not_approved');
    const rejected = await call(t.app, 'POST', `/api/notices/${n.data.id}/reject`, { as: leader, body: { reason: '请补充议程' } });
    expect(rejected.data).toMatchObject({ status: 'rejected', rejectReason: '请补充议程' });
    await call(t.app, 'POST', `/api/notices/${n.data.id}/submit`, { as: organiser, body: {} });
    expect((await call(t.app, 'POST', `/api/notices/${n.data.id}/approve`, { as: leader, body: {} })).data.status).toBe('approved');
    const preview = await call(t.app, 'GET', `/api/notices/${n.data.id}/preview`, { as: organiser });
    expect(preview.data.subject).toBe('关于召开年度工作会的通知');
    expect(preview.data.body).toMatch(/^张伟：\n为部署年度重点工作，经研究，定于.*召开年度工作会/);
    expect(preview.data.body).toContain('联系人：王秘书 010-12345678');
  });
});

describe('sending over SMTP with calendar invitations', () => {
  it('queues one delivery per recipient × channel, sends each once, and the meeting becomes notified', async () => {
    const m = await approvedMeeting();
    const before = sink.messages.length;
    const n = await sentNotice(m.id);
    expect(n).toMatchObject({ status: 'queued', deliveries: { total: 2, queued: 2 } });
    expect((await call(t.app, 'GET', `/api/meetings/${m.id}`, { as: organiser })).data.status).toBe('notified');
    expect(await worker().drainOnce()).toBe(2);
    await sink.waitFor(before + 2);
    const mails = sink.messages.slice(before);
    expect(mails.map((x) => x.to && 'text' in x.to ? x.to.text : '').sort()).toEqual(['"张伟" <zhangwei@example.com>', '"李娜" <lina@example.com>'].sort());
    const mail = mails.find((x) => x.subject === '关于召开年度工作会的通知' && (x.text ?? '').startsWith('张伟'))!;
    expect(mail.messageId).toMatch(/@huiwu>?$/);
    const cal = mail.attachments.find((a) => a.contentType.startsWith('text/calendar')) ?? null;
    const icsText = cal ? cal.content.toString() : (mail as unknown as { textAsHtml?: string }).textAsHtml ?? '';
    const vcal = new ICAL.Component(ICAL.parse(icsText));
    expect(vcal.getFirstPropertyValue('method')).toBe('REQUEST');
    const ev = vcal.getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('uid')).toBe(`${m.id}@huiwu`);
    expect((ev.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(m.startAt);
    const after = await call(t.app, 'GET', `/api/notices/${n.id}`, { as: organiser });
    expect(after.data).toMatchObject({ status: 'sent', deliveries: { sent: 2, queued: 0 } });
    // Running the jobs again sends nothing more.
    expect(await worker().drainOnce()).toBe(0);

    // The personal link: opening it marks the mail read; answering marks it answered.
    const link = /\/r\/([^?\s]+)\?via=(\S+)/.exec(mail.text ?? '')!;
    const page = await call(t.app, 'GET', `/api/rsvp/${link[1]}?via=${link[2]}`);
    expect(page.data).toMatchObject({ participant: { name: '张伟' }, attendance: 'invited', deadline: n.rsvpDeadline, contact: '王秘书 010-12345678', open: true });
    const dash = await call(t.app, 'GET', `/api/meetings/${m.id}/rsvp`, { as: organiser });
    expect(dash.data.notRead.map((p: { name: string }) => p.name)).toEqual(['李娜']);
    expect(dash.data.notReached.map((p: { name: string }) => p.name)).toEqual(['王强']);
    const missingReason = await call(t.app, 'PUT', `/api/rsvp/${link[1]}`, { body: { attendance: 'leave' } });
    expect(missingReason.data.error.fields[0]).toMatchObject({ field: 'leaveReason', message: '请假需说明请假原因' });
    const answered = await call(t.app, 'PUT', `/api/rsvp/${link[1]}`, {
      body: { attendance: 'confirmed', arrival: { date: '2027-03-16', time: '17:55', mode: 'train', number: 'G4529', station: '北京南站' }, lodging: { need: 'shared', nights: ['2027-03-16'] }, dietary: { halal: true } },
    });
    expect(answered.data.attendance).toBe('confirmed');
    const dash2 = await call(t.app, 'GET', `/api/meetings/${m.id}/rsvp`, { as: organiser });
    expect(dash2.data).toMatchObject({ total: 3, byAttendance: { confirmed: 1, invited: 2 }, lodging: { shared: 1, roomNights: 1 }, dietary: { halal: 1 } });
    const deliveries = await call(t.app, 'GET', `/api/notices/${n.id}/deliveries?status=answered`, { as: organiser });
    expect(deliveries.data.items.map((d: { recipientName: string }) => d.recipientName)).toEqual(['张伟']);
    expect((await call(t.app, 'GET', `/api/rsvp/${link[1].slice(0, -2)}xx`)).statusCode).toBe(404);
  });

  it('two workers draining at once never take the same job: each mail goes out once', async () => {
    const m = await approvedMeeting();
    for (let i = 0; i < 30; i++) {
      const personId = await person(`参会人${i}`, `p${i}-${m.id.slice(-6)}@example.com`);
      await call(t.app, 'POST', `/api/meetings/${m.id}/participants`, { as: organiser, body: { personId } });
    }
    const before = sink.messages.length;
    const n = await sentNotice(m.id);
    const [a, b] = [worker(), worker()];
    const ran = (await Promise.all([a.drainOnce(), b.drainOnce(), a.drainOnce(), b.drainOnce()])).reduce((x, y) => x + y, 0);
    expect(ran).toBeGreaterThanOrEqual(32);
    expect((await call(t.app, 'GET', `/api/notices/${n.id}`, { as: organiser })).data.deliveries).toMatchObject({ total: 32, sent: 32 });
    await sink.waitFor(before + 32);
    const ids = sink.messages.slice(before).map((x) => x.messageId).filter((id) => (id ?? '').length > 0);
    const mine = new Set((await t.database.db.selectFrom('deliveries').select('id').where('notice_id', '=', n.id).execute()).map((r) => `<${r.id}@huiwu>`));
    const received = ids.filter((id) => mine.has(id!));
    expect(received).toHaveLength(32);
    expect(new Set(received).size).toBe(32);
  });

  it('a rejected mailbox fails without retry and says why; retry queues it again', async () => {
    const rejecting = await startSmtpSink({ rejectRecipients: ['lina@example.com'] });
    try {
      const m = await approvedMeeting();
      const n = await sentNotice(m.id);
      await worker(Date.now, { ...t.config, smtpUrl: rejecting.url }).drainOnce();
      const failed = await call(t.app, 'GET', `/api/notices/${n.id}/deliveries?status=failed`, { as: organiser });
      expect(failed.data.items).toHaveLength(1);
      expect(failed.data.items[0]).toMatchObject({ recipientName: '李娜', lastError: expect.stringMatching(/^SMTP 550/) });
      expect((await call(t.app, 'GET', `/api/notices/${n.id}`, { as: organiser })).data.status).toBe('sent');
      const retried = await call(t.app, 'POST', `/api/notices/${n.id}/retry`, { as: organiser, body: {} });
      expect(retried.data).toMatchObject({ status: 'queued', deliveries: { queued: 1 } });
    } finally {
      await rejecting.close();
    }
  });

  it('an unreachable server is retried with backoff; the delivery stays queued with the reason', async () => {
    const m = await approvedMeeting();
    const n = await sentNotice(m.id);
    await worker(Date.now, { ...t.config, smtpUrl: 'smtp://127.0.0.1:9' }).drainOnce();
    const rows = await t.database.db.selectFrom('deliveries').select(['status', 'last_error', 'attempts']).where('notice_id', '=', n.id).execute();
    expect(rows.every((r) => r.status === 'queued' && /ECONNREFUSED|connection/i.test(r.last_error ?? ''))).toBe(true);
    const jobs = await t.database.db.selectFrom('jobs').select(['status', 'attempts', 'run_at']).where('kind', '=', 'delivery.send').where('ref_id', 'in', (await t.database.db.selectFrom('deliveries').select('id').where('notice_id', '=', n.id).execute()).map((r) => r.id)).execute();
    expect(jobs.every((j) => j.status === 'pending' && Number(j.attempts) === 1 && Number(j.run_at) > Date.now() - 1000)).toBe(true);
  });
});

describe('outbox, change notices, documents', () => {
  it('without SMTP the mail lands in the local outbox', async () => {
    const m = await approvedMeeting();
    await sentNotice(m.id);
    await worker(Date.now, { ...t.config, smtpUrl: null }).drainOnce();
    const box = await call(t.app, 'GET', '/api/outbox?limit=10', { as: organiser });
    expect(box.data.items.filter((x: { subject: string }) => x.subject === '关于召开年度工作会的通知').length).toBeGreaterThanOrEqual(2);
    const eml = await call(t.app, 'GET', `/api/outbox/${box.data.items[0].id}/message.eml`, { as: organiser });
    expect(eml.body).toContain('METHOD:REQUEST');
    expect((await call(t.app, 'GET', '/api/outbox', { as: member })).statusCode).toBe(403);
  });

  it('moving a notified meeting drafts a change notice to those notified; cancelling sends METHOD:CANCEL', async () => {
    const m = await approvedMeeting();
    await sentNotice(m.id);
    await worker().drainOnce();
    const moved = await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: (await call(t.app, 'GET', `/api/meetings/${m.id}`, { as: organiser })).data.version, startAt: m.startAt + 86_400_000, endAt: m.endAt + 86_400_000, place: '第二会议室' } });
    expect(moved.statusCode).toBe(200);
    const notices = (await call(t.app, 'GET', `/api/meetings/${m.id}/notices`, { as: organiser })).data;
    const change = notices.find((x: { kind: string }) => x.kind === 'change');
    expect(change).toMatchObject({ status: 'draft', recipients: 2, audience: { participantIds: expect.any(Array) } });
    const preview = await call(t.app, 'GET', `/api/notices/${change.id}/preview`, { as: organiser });
    expect(preview.data.body).toMatch(/原定：.*第一会议室；现调整为：.*第二会议室。/);
    await call(t.app, 'POST', `/api/notices/${change.id}/submit`, { as: organiser, body: {} });
    await call(t.app, 'POST', `/api/notices/${change.id}/approve`, { as: leader, body: {} });
    expect((await call(t.app, 'POST', `/api/notices/${change.id}/send`, { as: organiser, body: {} })).data.status).toBe('queued');
    const before = sink.messages.length;
    await worker().drainOnce();
    const seqOf = (raw: string) => Number(/SEQUENCE:(\d+)/.exec(raw)?.[1]);
    const updated = await mailWhere(before, (x) => x.subject === '关于年度工作会有关事项变更的通知');
    const ics = updated.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString();
    expect(ics).toContain('METHOD:REQUEST');
    expect(seqOf(ics)).toBeGreaterThan(1);

    await call(t.app, 'POST', `/api/meetings/${m.id}/cancel`, { as: organiser, body: { reason: '与上级会议冲突' } });
    const cancelNotice = (await call(t.app, 'GET', `/api/meetings/${m.id}/notices`, { as: organiser })).data.find((x: { kind: string; status: string }) => x.kind === 'change' && x.status === 'draft');
    expect(cancelNotice.change).toMatchObject({ cancelled: true, reason: '与上级会议冲突' });
    await call(t.app, 'POST', `/api/notices/${cancelNotice.id}/submit`, { as: organiser, body: {} });
    await call(t.app, 'POST', `/api/notices/${cancelNotice.id}/approve`, { as: leader, body: {} });
    await call(t.app, 'POST', `/api/notices/${cancelNotice.id}/send`, { as: organiser, body: {} });
    const b2 = sink.messages.length;
    await worker().drainOnce();
    const cancelMail = await mailWhere(b2, (x) => x.subject === '关于年度工作会有关事项变更的通知');
    const cancelIcs = cancelMail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString();
    expect(cancelIcs).toContain('METHOD:CANCEL');
    expect(cancelMail.text).toContain('取消（与上级会议冲突）');
  });

  it('the formal Word notice carries the document number, the title and the reply slip', async () => {
    const m = await approvedMeeting();
    const n = await sentNotice(m.id);
    const res = await t.app.inject({ method: 'GET', url: `/api/notices/${n.id}/document.docx`, headers: { cookie: organiser.cookie } });
    expect(res.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text.indexOf('华信办〔2026〕12号')).toBeGreaterThan(-1);
    expect(text.indexOf('关于召开年度工作会的通知')).toBeGreaterThan(text.indexOf('〔2026〕'));
    expect(text).toContain('年度工作会参会回执');
    expect(text).not.toContain('{{');
  });
});
