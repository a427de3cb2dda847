import JSZip from 'jszip';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildPerson } from '../../testing/factories';
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

const day = DateTime.now().setZone('Asia/Shanghai').plus({ days: 20 }).startOf('day');
const at = (hh: number, mm = 0) => day.set({ hour: hh, minute: mm }).toMillis();

async function meetingWithPeople() {
  const m = await buildMeeting(t.database, t.org, { title: '年度全员大会', kind: 'all_hands', startAt: at(8, 30), endAt: at(17), place: '多功能厅', timeZone: 'Asia/Shanghai' });
  const list = [];
  for (const name of ['王丽华', '周涛']) {
    const personId = await buildPerson(t.database.db, t.org.id, name);
    list.push((await call(t.app, 'POST', `/api/meetings/${m.id}/participants`, { as: organiser, body: { personId, role: 'presenter' } })).data.at(-1).id as string);
  }
  return { m, presenters: list };
}

const item = (title: string, from: [number, number], to: [number, number], extra: object = {}) => ({ kind: 'report', title, startAt: at(...from), endAt: at(...to), ...extra });

describe('agenda draft and checks', () => {
  it('403 for a member; 400 names the field; warnings follow the seed rules as items are edited', async () => {
    const { m, presenters } = await meetingWithPeople();
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: member, body: item('x', [9, 10], [9, 30]) })).statusCode).toBe(403);
    const bad = await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: item('x', [9, 30], [9, 10]) });
    expect(bad.data.error.fields[0]).toMatchObject({ field: 'endAt', reason: 'end_before_start' });
    const stranger = await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: item('x', [9, 10], [9, 30], { presenterIds: ['nobody'] }) });
    expect(stranger.data.error.fields[0]).toMatchObject({ field: 'presenterIds.0', message: '主讲人须为本会议的参会人员' });
    await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: { ...item('会议签到', [8, 30], [9, 0]), kind: 'sign_in' } });
    let a = (await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: item('公司领导致辞', [9, 0], [9, 30], { presenterIds: [presenters[0]] }) })).data;
    expect(a.warnings.map((w: { code: string }) => w.code)).toEqual(['start_time_rule']);
    a = (await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: item('各部门汇报', [9, 20], [10, 30], { presenterIds: [presenters[0]] }) })).data;
    expect(a.warnings.map((w: { code: string }) => w.code).sort()).toEqual(['presenter_clash', 'room_overlap', 'start_time_rule']);
    expect(a.warnings.find((w: { code: string }) => w.code === 'presenter_clash').params.presenter).toBe('王丽华');
    const first = a.items.find((i: { title: string }) => i.title === '公司领导致辞');
    a = (await call(t.app, 'PUT', `/api/meetings/${m.id}/agenda/items/${first.id}`, { as: organiser, body: item('公司领导致辞', [9, 10], [9, 20], { presenterIds: [presenters[0]] }) })).data;
    // Left: the 10 minutes between sign-in and the 09:10 start, which the secretariat may close or keep.
    expect(a.warnings).toEqual([{ code: 'gap', itemIds: [expect.any(String), first.id], params: { after: '会议签到', minutes: 10 } }]);
    expect(a.items.map((i: { title: string }) => i.title)).toEqual(['会议签到', '公司领导致辞', '各部门汇报']);
    expect(a.items[1].presenterNames).toEqual(['王丽华']);
    expect(a).toMatchObject({ dirty: true, publishedVersion: null });
  });
});

describe('publishing', () => {
  it('versions with a changelog; presenters concerned are told; unchanged drafts are refused; exports carry the items', async () => {
    const { m, presenters } = await meetingWithPeople();
    await t.database.db.updateTable('users').set({ person_id: (await t.database.db.selectFrom('meeting_participants').select('person_id').where('id', '=', presenters[1]).executeTakeFirstOrThrow()).person_id }).where('id', '=', t.org.users.member.id).execute();
    const v0 = (await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: item('公司发展规划', [9, 10], [10, 0], { presenterIds: [presenters[1]] }) })).data;
    const v1 = await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/publish`, { as: organiser, body: {} });
    expect(v1.data).toMatchObject({ publishedVersion: 1, dirty: false, versions: [{ version: 1, changes: [] }] });
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/publish`, { as: organiser, body: {} })).data.error.fields[0].reason).toBe('agenda_unchanged');
    await call(t.app, 'PUT', `/api/meetings/${m.id}/agenda/items/${v0.items[0].id}`, { as: organiser, body: item('公司发展规划', [10, 0], [10, 50], { presenterIds: [presenters[1]] }) });
    await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: item('茶歇', [10, 50], [11, 0], { kind: 'break' }) });
    const v2 = (await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/publish`, { as: organiser, body: {} })).data;
    expect(v2.versions[0].publishedByName).toEqual(expect.any(String));
    expect(v2.versions[0]).toMatchObject({ version: 2, changes: [{ kind: 'moved', title: '公司发展规划', before: '09:10–10:00', after: '10:00–10:50' }, { kind: 'added', title: '茶歇' }] });
    const inbox = (await call(t.app, 'GET', '/api/notifications', { as: member })).data.items.map((n: { text: string }) => n.text);
    expect(inbox[0]).toBe('「年度全员大会」议程已更新（第 2 版）：「公司发展规划」时间由 09:10–10:00 调整为 10:00–10:50；新增「茶歇」（10:50–11:00）');

    const pptx = await t.app.inject({ method: 'GET', url: `/api/meetings/${m.id}/agenda.pptx`, headers: { cookie: organiser.cookie } });
    const zip = await JSZip.loadAsync(pptx.rawPayload);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const texts = (await Promise.all(slides.map((f) => zip.file(f)!.async('string')))).join('');
    expect(texts).toContain('年度全员大会');
    expect(texts).toContain('公司发展规划');
    const docx = await t.app.inject({ method: 'GET', url: `/api/meetings/${m.id}/agenda.docx`, headers: { cookie: organiser.cookie } });
    expect((await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string'))).toContain('茶歇');
    const html = await call(t.app, 'GET', `/api/meetings/${m.id}/agenda.html`, { as: member });
    expect(html.body).toContain('10:00');
    // The meeting notice's {{agenda}} is the published agenda.
    const notice = await call(t.app, 'POST', `/api/meetings/${m.id}/notices`, { as: organiser, body: { kind: 'meeting' } });
    const preview = await call(t.app, 'GET', `/api/notices/${notice.data.id}/preview`, { as: organiser });
    expect(preview.data.body).toContain('三、会议议程：10:00–10:50 公司发展规划；10:50–11:00 茶歇');
  });
});

describe('run of show', () => {
  it('starts and finishes items; an overrun tells the host and staff; the live view counts down', async () => {
    const { m } = await meetingWithPeople();
    const a = (await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: item('开幕', [9, 10], [9, 20]) })).data;
    const id = a.items[0].id;
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items/${id}/start`, { as: member, body: {} })).statusCode).toBe(403);
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items/${id}/finish`, { as: staff, body: {} })).data.error.fields[0].reason).toBe('item_not_started');
    const started = await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items/${id}/start`, { as: staff, body: {} });
    expect(started.data).toMatchObject({ currentId: id, overrunMs: 0 });
    expect(started.data.remainingMs).toBeGreaterThan(9 * 60_000);
    // Pretend it started 15 minutes ago: finishing now is 5 minutes over.
    await t.database.db.updateTable('agenda_items').set({ actual_start_at: Date.now() - 15 * 60_000 }).where('id', '=', id).execute();
    const live = (await call(t.app, 'GET', `/api/meetings/${m.id}/agenda/live`, { as: member })).data;
    expect(live.overrunMs).toBeGreaterThan(4 * 60_000);
    const done = (await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items/${id}/finish`, { as: staff, body: {} })).data;
    expect(done.items[0].actualEndAt).toBeGreaterThan(done.items[0].actualStartAt);
    const inbox = (await call(t.app, 'GET', '/api/notifications', { as: organiser })).data.items.map((n: { text: string }) => n.text);
    expect(inbox[0]).toBe('「年度全员大会」议程「开幕」已超时 5 分钟');
  });
});
