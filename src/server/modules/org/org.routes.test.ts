import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let admin: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, t.org, 'admin');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

describe('organisation settings', () => {
  it('has the seed’s policy by default', async () => {
    const res = await call(t.app, 'GET', '/api/org', { as: member });
    expect(res.data).toMatchObject({ timeZone: 'Asia/Shanghai', policy: { multiDepartmentStartTimes: ['09:10', '14:10'], largeMeetingLeadMonths: 3 } });
  });

  it('400 names a bad time zone and a bad clock time; a member may not change it', async () => {
    expect((await call(t.app, 'PATCH', '/api/org', { as: member, body: { name: 'x' } })).statusCode).toBe(403);
    const res = await call(t.app, 'PATCH', '/api/org', { as: admin, body: { timeZone: 'Asia/Beijing', policy: { multiDepartmentStartTimes: ['9:10'] } } });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.fields.map((f: { field: string; reason: string }) => `${f.field}:${f.reason}`).sort()).toEqual([
      'policy.multiDepartmentStartTimes.0:clock_time', 'timeZone:time_zone',
    ]);
  });

  it('changes zone and policy, keeping unspecified policy values, and the change reaches meeting warnings', async () => {
    const res = await call(t.app, 'PATCH', '/api/org', { as: admin, body: { timeZone: 'Europe/Berlin', policy: { largeMeetingMinSize: 50 } } });
    expect(res.data).toMatchObject({ timeZone: 'Europe/Berlin', policy: { largeMeetingMinSize: 50, multiDepartmentStartTimes: ['09:10', '14:10'] } });
    const organiser = await signIn(t, t.org, 'organiser');
    const start = Date.now() + 86_400_000;
    const check = await call(t.app, 'POST', '/api/meetings/check', { as: organiser, body: { title: 'x', kind: 'report', scope: 'internal', startAt: start, endAt: start + 3_600_000, timeZone: 'Europe/Berlin', expectedSize: 60 } });
    expect(check.data.warnings.map((w: { code: string }) => w.code)).toEqual(['large_meeting_lead_time']);
  });
});

describe('departments', () => {
  it('creates, refuses a duplicate name, renames, and keeps organisations apart', async () => {
    const a = await call(t.app, 'POST', '/api/departments', { as: admin, body: { name: '财务部', sortOrder: 10 } });
    expect(a.statusCode).toBe(201);
    const dup = await call(t.app, 'POST', '/api/departments', { as: admin, body: { name: '财务部' } });
    expect(dup.data.error.fields[0]).toMatchObject({ field: 'name', reason: 'duplicate', message: '部门名称已被使用' });
    const other = await signIn(t, t.otherOrg, 'admin');
    expect((await call(t.app, 'POST', '/api/departments', { as: other, body: { name: '财务部' } })).statusCode).toBe(201);
    const renamed = await call(t.app, 'PUT', `/api/departments/${a.data.id}`, { as: admin, body: { name: '财务管理部', isActive: false } });
    expect(renamed.data).toMatchObject({ name: '财务管理部', isActive: false });
    const badParent = await call(t.app, 'PUT', `/api/departments/${a.data.id}`, { as: admin, body: { name: '财务管理部', parentId: a.data.id } });
    expect(badParent.data.error.fields[0]).toMatchObject({ field: 'parentId', reason: 'unknown_reference' });
    const list = await call(t.app, 'GET', '/api/departments', { as: member });
    expect(list.data.map((d: { name: string }) => d.name)).toEqual(['财务管理部']);
  });
});
