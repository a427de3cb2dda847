import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDepartment, buildMeeting, buildPerson, meetingInput } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let leader: Caller;
let member: Caller;
let outsider: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  leader = await signIn(t, t.org, 'leader');
  member = await signIn(t, t.org, 'member');
  outsider = await signIn(t, t.otherOrg, 'admin');
});
afterAll(() => t.close());

const shanghai = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' }).toMillis();

describe('POST /api/meetings', () => {
  it('401 anonymous, 403 for a member, 400 naming each bad field', async () => {
    expect((await call(t.app, 'POST', '/api/meetings', { body: meetingInput(t.org) })).statusCode).toBe(401);
    expect((await call(t.app, 'POST', '/api/meetings', { as: member, body: meetingInput(t.org) })).statusCode).toBe(403);
    const bad = await call(t.app, 'POST', '/api/meetings', { as: organiser, body: { ...meetingInput(t.org), title: '  ', endAt: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['endAt', 'title']);
    expect(bad.data.error.message).toContain('结束时间必须晚于开始时间');
  });

  it('400 when a referenced department or host belongs to another organisation; nothing is written', async () => {
    const foreignDept = await buildDepartment(t.database.db, t.otherOrg.id);
    const foreignHost = await buildPerson(t.database.db, t.otherOrg.id);
    const title = 'must not exist';
    const res = await call(t.app, 'POST', '/api/meetings', { as: organiser, body: { ...meetingInput(t.org), title, participatingDepartmentIds: [foreignDept] } });
    expect(res.data.error.fields).toEqual([expect.objectContaining({ field: 'participatingDepartmentIds', reason: 'unknown_reference' })]);
    const res2 = await call(t.app, 'POST', '/api/meetings', { as: organiser, body: { ...meetingInput(t.org), title, hostPersonId: foreignHost } });
    expect(res2.data.error.fields[0].field).toBe('hostPersonId');
    const rows = await t.database.db.selectFrom('meetings').select('id').where('title', '=', title).execute();
    expect(rows).toEqual([]);
  });

  it('creates a draft with names, phase, policy warnings and an audit entry', async () => {
    const [a, b] = [await buildDepartment(t.database.db, t.org.id, '市场部'), await buildDepartment(t.database.db, t.org.id, '销售部')];
    const host = await buildPerson(t.database.db, t.org.id, '陈建国');
    const body = { ...meetingInput(t.org), title: '跨部门协调会', kind: 'coordination', startAt: shanghai('2027-03-01T09:00'), endAt: shanghai('2027-03-01T10:30'), departmentId: a, participatingDepartmentIds: [b], hostPersonId: host };
    const res = await call(t.app, 'POST', '/api/meetings', { as: organiser, body });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({ status: 'draft', phase: 'before', hostName: '陈建国', departmentName: '市场部', participatingDepartmentIds: [b], version: 1 });
    expect(res.data.warnings).toEqual([{ code: 'multi_department_start_time', field: 'startAt', params: { start: '09:00', allowed: '09:10 / 14:10' } }]);
    expect(res.data.actions).toEqual(['submit', 'cancel']);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', res.data.id).execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'meeting.create', actor_user_id: organiser.userId, before_json: null })]);
    expect(JSON.parse(audit[0].after_json!).title).toBe('跨部门协调会');
  });

  it('POST /api/meetings/check previews warnings without saving', async () => {
    const before = await t.database.db.selectFrom('meetings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await call(t.app, 'POST', '/api/meetings/check', { as: organiser, body: { ...meetingInput(t.org), kind: 'forum', startAt: Date.now() + 86_400_000, endAt: Date.now() + 2 * 86_400_000 } });
    expect(res.data.warnings.map((w: { code: string }) => w.code)).toEqual(['large_meeting_lead_time']);
    const after = await t.database.db.selectFrom('meetings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('GET /api/meetings', () => {
  it('filters by status, kind, department, date range and title (LIKE wildcards are literal)', async () => {
    const dept = await buildDepartment(t.database.db, t.org.id);
    const day = shanghai('2031-05-05T09:10');
    const m1 = await buildMeeting(t.database, t.org, { title: '预算 100% 审议', kind: 'review', startAt: day, endAt: day + 3_600_000, departmentId: dept });
    const m2 = await buildMeeting(t.database, t.org, { title: '预算 100 审议', kind: 'report', startAt: day + 86_400_000, endAt: day + 86_400_000 + 3_600_000, participatingDepartmentIds: [dept] });
    await buildMeeting(t.database, t.otherOrg, { title: '预算 100% 审议', startAt: day, endAt: day + 3_600_000 });
    const ids = async (qs: string) => (await call(t.app, 'GET', `/api/meetings?${qs}`, { as: member })).data.items.map((m: { id: string }) => m.id);
    expect(await ids(`q=${encodeURIComponent('100%')}`)).toEqual([m1.id]);
    expect(await ids(`departmentId=${dept}`)).toEqual([m1.id, m2.id]);
    expect(await ids(`departmentId=${dept}&kind=report`)).toEqual([m2.id]);
    expect(await ids(`departmentId=${dept}&from=${day + 3_600_000}`)).toEqual([m2.id]);
    expect(await ids(`departmentId=${dept}&to=${day + 3_600_000}`)).toEqual([m1.id]);
    expect(await ids(`departmentId=${dept}&status=approved`)).toEqual([]);
    const page = await call(t.app, 'GET', `/api/meetings?departmentId=${dept}&limit=1&offset=1`, { as: member });
    expect(page.data).toMatchObject({ total: 2, items: [{ id: m2.id }] });
  });

  it('400 names a bad filter', async () => {
    const res = await call(t.app, 'GET', '/api/meetings?status=done&limit=0', { as: member });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['limit', 'status']);
  });

  it('another organisation sees none of these meetings, and their ids are 404', async () => {
    const m = await buildMeeting(t.database, t.org);
    const list = await call(t.app, 'GET', '/api/meetings?limit=200', { as: outsider });
    expect(list.data.items.some((x: { id: string }) => x.id === m.id)).toBe(false);
    for (const [method, url] of [['GET', `/api/meetings/${m.id}`], ['PATCH', `/api/meetings/${m.id}`], ['POST', `/api/meetings/${m.id}/submit`]] as const) {
      const res = await call(t.app, method, url, { as: outsider, body: { version: 1 } });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});

describe('PATCH /api/meetings/:id', () => {
  it('saves a change with optimistic concurrency: a stale version is 409 and writes nothing', async () => {
    const m = await buildMeeting(t.database, t.org);
    const ok = await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: 1, place: '第一会议室' } });
    expect(ok.data).toMatchObject({ place: '第一会议室', version: 2 });
    const stale = await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: 1, place: '第二会议室' } });
    expect(stale.statusCode).toBe(409);
    expect((await call(t.app, 'GET', `/api/meetings/${m.id}`, { as: member })).data.place).toBe('第一会议室');
  });

  it('checks end after start against the stored start when only the end changes', async () => {
    const m = await buildMeeting(t.database, t.org);
    const res = await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: 1, endAt: m.startAt - 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.fields[0]).toMatchObject({ field: 'endAt', reason: 'end_before_start' });
  });

  it('refuses edits once the meeting is under way', async () => {
    const m = await buildMeeting(t.database, t.org);
    for (const [action, who] of [['submit', organiser], ['approve', leader], ['start', organiser]] as const) {
      expect((await call(t.app, 'POST', `/api/meetings/${m.id}/${action}`, { as: who })).statusCode).toBe(200);
    }
    const res = await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: 4, title: 'late' } });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.fields[0]).toMatchObject({ field: 'status', reason: 'not_editable' });
    expect(res.data.error.message).toContain('进行中');
  });
});

describe('lifecycle', () => {
  it('walks draft → closed with only allowed transitions, each recorded with who and when', async () => {
    const m = await buildMeeting(t.database, t.org);
    const go = (action: string, who: Caller, body: object = {}) => call(t.app, 'POST', `/api/meetings/${m.id}/${action}`, { as: who, body });
    const early = await go('approve', leader);
    expect(early.statusCode).toBe(409);
    expect(early.data.error.message).toBe('会议当前状态为「草拟」，不能批准');
    expect((await go('submit', organiser)).data.status).toBe('planned');
    expect((await go('approve', organiser)).statusCode).toBe(403);
    const rejected = await go('reject', leader);
    expect(rejected.data.error.fields[0]).toMatchObject({ field: 'reason', reason: 'reason_required' });
    expect((await go('reject', leader, { reason: '请补充预算' })).data.status).toBe('draft');
    await go('submit', organiser);
    expect((await go('approve', leader)).data).toMatchObject({ status: 'approved', actions: [] });
    for (const [action, status, phase] of [['notify', 'notified', 'before'], ['start', 'in_progress', 'during'], ['conclude', 'concluded', 'after'], ['close', 'closed', 'after']] as const) {
      expect((await go(action, organiser)).data).toMatchObject({ status, phase });
    }
    expect((await go('cancel', organiser, { reason: 'x' })).statusCode).toBe(409);
    const detail = await call(t.app, 'GET', `/api/meetings/${m.id}`, { as: member });
    expect(detail.data.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'reject', 'submit', 'approve', 'notify', 'start', 'conclude', 'close']);
    expect(detail.data.history[1]).toMatchObject({ fromStatus: 'planned', toStatus: 'draft', reason: '请补充预算', actorName: 'leader user' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', m.id).orderBy('at').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['meeting.create', 'meeting.submit', 'meeting.reject', 'meeting.submit', 'meeting.approve', 'meeting.notify', 'meeting.start', 'meeting.conclude', 'meeting.close']);
  });

  it('cancel needs a reason and keeps it', async () => {
    const m = await buildMeeting(t.database, t.org);
    const res = await call(t.app, 'POST', `/api/meetings/${m.id}/cancel`, { as: organiser, body: { reason: '领导出差' } });
    expect(res.data).toMatchObject({ status: 'cancelled', phase: 'cancelled', cancelReason: '领导出差', actions: [] });
  });
});

describe('series', () => {
  const first = shanghai('2030-01-07T09:10');
  const seriesBody = () => ({ ...meetingInput(t.org), title: '总经理室会议', kind: 'regular', startAt: first, endAt: first + 110 * 60_000, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6' } });
  const occurrences = async (seriesId: string) =>
    (await call(t.app, 'GET', `/api/meetings?seriesId=${seriesId}`, { as: member })).data.items as { id: string; startAt: number; endAt: number; place: string | null; status: string; detached: boolean; version: number }[];

  it('400 for a rule without an end', async () => {
    const res = await call(t.app, 'POST', '/api/meetings', { as: organiser, body: { ...seriesBody(), recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO' } } });
    expect(res.data.error.fields[0]).toMatchObject({ field: 'recurrence.rrule', reason: 'rrule_unbounded' });
  });

  it('creates every occurrence; editing one detaches it; editing "following" moves the rest by the same days and time', async () => {
    const created = await call(t.app, 'POST', '/api/meetings', { as: organiser, body: seriesBody() });
    expect(created.data).toMatchObject({ seriesRule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6', startAt: first });
    let occ = await occurrences(created.data.seriesId);
    expect(occ).toHaveLength(6);
    expect(occ.map((o) => DateTime.fromMillis(o.startAt, { zone: 'Asia/Shanghai' }).toFormat('MM-dd HH:mm'))).toEqual(['01-07 09:10', '01-14 09:10', '01-21 09:10', '01-28 09:10', '02-04 09:10', '02-11 09:10']);

    const one = await call(t.app, 'PATCH', `/api/meetings/${occ[2].id}`, { as: organiser, body: { version: occ[2].version, place: '第二会议室' } });
    expect(one.data).toMatchObject({ detached: true, place: '第二会议室' });

    const newStart = shanghai('2030-01-15T14:10');
    const moved = await call(t.app, 'PATCH', `/api/meetings/${occ[1].id}`, { as: organiser, body: { version: occ[1].version, startAt: newStart, endAt: newStart + 3_600_000, place: '报告厅', applyTo: 'following' } });
    expect(moved.statusCode).toBe(200);
    occ = await occurrences(created.data.seriesId);
    expect(occ.map((o) => `${DateTime.fromMillis(o.startAt, { zone: 'Asia/Shanghai' }).toFormat('MM-dd HH:mm')} ${(o.endAt - o.startAt) / 60_000} ${o.place}`)).toEqual([
      '01-07 09:10 110 null', '01-15 14:10 60 报告厅', '01-21 09:10 110 第二会议室', '01-29 14:10 60 报告厅', '02-05 14:10 60 报告厅', '02-12 14:10 60 报告厅',
    ]);
  });

  it('cancels this and all later occurrences that can still be cancelled', async () => {
    const created = await call(t.app, 'POST', '/api/meetings', { as: organiser, body: seriesBody() });
    let occ = await occurrences(created.data.seriesId);
    await call(t.app, 'POST', `/api/meetings/${occ[4].id}/submit`, { as: organiser });
    await call(t.app, 'POST', `/api/meetings/${occ[4].id}/approve`, { as: leader });
    await call(t.app, 'POST', `/api/meetings/${occ[4].id}/start`, { as: organiser });
    const res = await call(t.app, 'POST', `/api/meetings/${occ[2].id}/cancel`, { as: organiser, body: { reason: '春节休假', applyTo: 'following' } });
    expect(res.statusCode).toBe(200);
    occ = await occurrences(created.data.seriesId);
    expect(occ.map((o) => o.status)).toEqual(['draft', 'draft', 'cancelled', 'cancelled', 'in_progress', 'cancelled']);
  });

  it('400 for applyTo following on a meeting outside a series', async () => {
    const m = await buildMeeting(t.database, t.org);
    const res = await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: 1, title: 'x', applyTo: 'following' } });
    expect(res.data.error.fields[0]).toMatchObject({ field: 'applyTo', reason: 'not_in_series' });
  });
});
