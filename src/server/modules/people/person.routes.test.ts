import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDepartment } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

describe('people directory', () => {
  it('403 for a member adding; 400 names bad phone, email and department', async () => {
    expect((await call(t.app, 'POST', '/api/people', { as: member, body: { kind: 'staff', name: '张三' } })).statusCode).toBe(403);
    const bad = await call(t.app, 'POST', '/api/people', { as: organiser, body: { kind: 'staff', name: '张三', phone: '1380013800', email: 'x@' } });
    expect(bad.data.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'phone']);
    const labelled = await call(t.app, 'POST', '/api/people', { as: organiser, body: { kind: 'staff', name: '', title: 'x'.repeat(51) } });
    expect(labelled.data.error.fields.map((f: { message: string }) => f.message).sort()).toEqual(['姓名为必填项', '职务不能超过 50 个字符']);
    const foreign = await buildDepartment(t.database.db, t.otherOrg.id);
    const res = await call(t.app, 'POST', '/api/people', { as: organiser, body: { kind: 'staff', name: '张三', departmentId: foreign } });
    expect(res.data.error.fields[0]).toMatchObject({ field: 'departmentId', reason: 'unknown_reference' });
  });

  it('adds, edits and searches by name, phone or unit', async () => {
    const dept = await buildDepartment(t.database.db, t.org.id, '研发中心');
    const a = await call(t.app, 'POST', '/api/people', { as: organiser, body: { kind: 'staff', name: '吴刚', departmentId: dept, phone: '13801000009', email: '' } });
    expect(a.data).toMatchObject({ name: '吴刚', departmentName: '研发中心', email: null });
    await call(t.app, 'POST', '/api/people', { as: organiser, body: { kind: 'external', name: '黄志强', unit: '清华大学', phone: '010-62781234' } });
    const search = async (q: string) => (await call(t.app, 'GET', `/api/people?q=${encodeURIComponent(q)}`, { as: member })).data.items.map((p: { name: string }) => p.name);
    expect(await search('吴')).toEqual(['吴刚']);
    expect(await search('1380100')).toEqual(['吴刚']);
    expect(await search('清华')).toEqual(['黄志强']);
    const edited = await call(t.app, 'PUT', `/api/people/${a.data.id}`, { as: organiser, body: { kind: 'staff', name: '吴刚', title: '研发总监' } });
    expect(edited.data).toMatchObject({ title: '研发总监', phone: '13801000009', departmentName: '研发中心' });
    expect((await call(t.app, 'GET', `/api/people?kind=external`, { as: member })).data.total).toBe(1);
  });
});
