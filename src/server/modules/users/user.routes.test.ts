import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, t.org, 'admin');
});
afterAll(() => t.close());

describe('invitations', () => {
  it('400 without roles; an admin invites, the link is shown once and works once', async () => {
    const bad = await call(t.app, 'POST', '/api/invitations', { as: admin, body: { displayName: '王五', roles: [] } });
    expect(bad.data.error.fields[0]).toMatchObject({ field: 'roles', reason: 'too_few' });

    const inv = await call(t.app, 'POST', '/api/invitations', { as: admin, body: { displayName: '王五', email: 'wang.wu@example.com', roles: ['organiser', 'staff'] } });
    expect(inv.statusCode).toBe(201);
    const token = inv.data.url.split('/invite/')[1];
    expect((await call(t.app, 'GET', '/api/invitations', { as: admin })).data.map((i: { id: string; url?: string }) => [i.id, i.url])).toContainEqual([inv.data.id, undefined]);

    const lookup = await call(t.app, 'POST', '/api/invitations/lookup', { body: { token } });
    expect(lookup.data).toMatchObject({ orgName: 'Org A', displayName: '王五', roles: ['organiser', 'staff'] });

    const weak = await call(t.app, 'POST', '/api/invitations/accept', { body: { token, username: 'wangwu', password: 'short' } });
    expect(weak.data.error.fields[0]).toMatchObject({ field: 'password', reason: 'too_short' });
    const taken = await call(t.app, 'POST', '/api/invitations/accept', { body: { token, username: t.org.users.member.username, password: 'long enough password' } });
    expect(taken.data.error.fields[0]).toMatchObject({ field: 'username', reason: 'duplicate' });

    const ok = await call(t.app, 'POST', '/api/invitations/accept', { body: { token, username: 'WangWu', password: 'long enough password' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.data).toMatchObject({ user: { username: 'wangwu', displayName: '王五' }, roles: ['organiser', 'staff'] });
    expect(String(ok.headers['set-cookie'])).toMatch(/huiwu_session=/);

    const again = await call(t.app, 'POST', '/api/invitations/accept', { body: { token, username: 'wangwu2', password: 'long enough password' } });
    expect(again.data.error.fields[0]).toMatchObject({ field: 'token', reason: 'invitation_invalid' });
  });

  it('a revoked invitation no longer works', async () => {
    const inv = await call(t.app, 'POST', '/api/invitations', { as: admin, body: { displayName: '赵六', roles: ['member'] } });
    expect((await call(t.app, 'DELETE', `/api/invitations/${inv.data.id}`, { as: admin })).statusCode).toBe(200);
    const res = await call(t.app, 'POST', '/api/invitations/lookup', { body: { token: inv.data.url.split('/invite/')[1] } });
    expect(res.statusCode).toBe(400);
  });
});

describe('PATCH /api/users/:id', () => {
  it('sets roles (audited) and the new roles apply to the next request', async () => {
    const staff = await signIn(t, t.org, 'staff');
    expect((await call(t.app, 'GET', '/api/audit', { as: staff })).statusCode).toBe(403);
    const res = await call(t.app, 'PATCH', `/api/users/${t.org.users.staff.id}`, { as: admin, body: { roles: ['staff', 'admin'] } });
    expect(res.data.roles).toEqual(['admin', 'staff']);
    expect((await call(t.app, 'GET', '/api/audit', { as: staff })).statusCode).toBe(200);
    const audit = await call(t.app, 'GET', `/api/audit?entityType=user&entityId=${t.org.users.staff.id}`, { as: admin });
    expect(audit.data.items[0]).toMatchObject({ action: 'user.update', before: { roles: ['staff'] }, after: { roles: ['admin', 'staff'] } });
    await call(t.app, 'PATCH', `/api/users/${t.org.users.staff.id}`, { as: admin, body: { roles: ['staff'] } });
  });

  it('keeps at least one active admin', async () => {
    const other = await signIn(t, t.otherOrg, 'admin');
    const res = await call(t.app, 'PATCH', `/api/users/${t.otherOrg.users.admin.id}`, { as: other, body: { roles: ['member'] } });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.fields[0]).toMatchObject({ field: 'roles', reason: 'last_admin' });
    const off = await call(t.app, 'PATCH', `/api/users/${t.otherOrg.users.admin.id}`, { as: other, body: { isActive: false } });
    expect(off.data.error.fields[0]).toMatchObject({ field: 'isActive', reason: 'last_admin' });
  });

  it('deactivating a user ends their sessions at once', async () => {
    const finance = await signIn(t, t.org, 'finance');
    await call(t.app, 'PATCH', `/api/users/${t.org.users.finance.id}`, { as: admin, body: { isActive: false } });
    expect((await call(t.app, 'GET', '/api/auth/me', { as: finance })).statusCode).toBe(401);
  });

  it('lists only the admin’s own organisation, without password hashes', async () => {
    const res = await call(t.app, 'GET', '/api/users', { as: admin });
    expect(res.data.map((u: { username: string }) => u.username)).toContain(t.org.users.member.username);
    expect(res.data.map((u: { username: string }) => u.username)).not.toContain(t.otherOrg.users.member.username);
    expect(JSON.stringify(res.data)).not.toMatch(/argon2/);
  });
});
