import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../platform/sessions';
import { TEST_PASSWORD } from '../../testing/factories';
import { call, createTestApp, signIn, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ loginMaxFailures: 3 });
});
afterAll(() => t.close());

const cookieOf = (res: { headers: Record<string, unknown> }) => {
  const raw = res.headers['set-cookie'];
  const line = (Array.isArray(raw) ? raw : [raw]).find((c) => String(c).startsWith(`${SESSION_COOKIE}=`)) as string;
  return { line, pair: line.split(';')[0] };
};

describe('POST /api/auth/login', () => {
  it('400 names the missing field, in the caller’s language', async () => {
    const zh = await call(t.app, 'POST', '/api/auth/login', { body: { username: 'x' } });
    expect(zh.statusCode).toBe(400);
    expect(zh.data.error.fields).toEqual([expect.objectContaining({ field: 'password', reason: 'required', message: '密码为必填项' })]);
    const en = await call(t.app, 'POST', '/api/auth/login', { body: { username: 'x' }, lang: 'en-GB' });
    expect(en.data.error.fields[0].message).toBe('Password is required');
  });

  it('401 for a wrong password or unknown user, with the same message', async () => {
    const wrong = await call(t.app, 'POST', '/api/auth/login', { body: { username: t.org.users.member.username, password: 'nope-nope-nope' } });
    const unknown = await call(t.app, 'POST', '/api/auth/login', { body: { username: 'nobody-here', password: 'nope-nope-nope' } });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.data.error.message).toBe(unknown.data.error.message);
  });

  it('signs in with an HttpOnly SameSite cookie and returns roles and a CSRF token', async () => {
    const res = await call(t.app, 'POST', '/api/auth/login', { body: { username: t.org.users.leader.username.toUpperCase(), password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const { line } = cookieOf(res);
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    expect(res.data.roles).toEqual(['leader']);
    expect(res.data.permissions).toContain('meeting.approve');
    expect(res.data.csrfToken).toHaveLength(43);
  });

  it('rotates the session: the cookie from before login stops working', async () => {
    const first = cookieOf(await call(t.app, 'POST', '/api/auth/login', { body: { username: t.org.users.staff.username, password: TEST_PASSWORD } })).pair;
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie: first }, payload: { username: t.org.users.staff.username, password: TEST_PASSWORD } });
    const second = cookieOf(res).pair;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: second } })).statusCode).toBe(200);
  });

  it('429 after too many failures for one login name, with Retry-After, even with the right password', async () => {
    const username = t.org.users.finance.username;
    for (let i = 0; i < 3; i++) await call(t.app, 'POST', '/api/auth/login', { body: { username, password: `wrong-${i}-password` } });
    const res = await call(t.app, 'POST', '/api/auth/login', { body: { username, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.data.error.message).toMatch(/秒后再试/);
    const failures = await t.database.db.selectFrom('login_failures').selectAll().where('login_key', '=', username).execute();
    expect(failures).toHaveLength(3);
  });
});

describe('session and CSRF', () => {
  it('401 without a session on a protected route', async () => {
    const res = await call(t.app, 'GET', '/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.data.error.code).toBe('unauthenticated');
  });

  it('403 csrf on a state-changing request without the token or with another session’s token', async () => {
    const a = await signIn(t, t.org, 'organiser');
    const b = await signIn(t, t.org, 'organiser');
    const none = await call(t.app, 'PATCH', '/api/auth/me', { as: a, body: { locale: 'en' }, csrf: null });
    const foreign = await call(t.app, 'PATCH', '/api/auth/me', { as: a, body: { locale: 'en' }, csrf: b.csrf });
    expect([none.statusCode, foreign.statusCode]).toEqual([403, 403]);
    expect(none.data.error.code).toBe('csrf');
    const ok = await call(t.app, 'PATCH', '/api/auth/me', { as: a, body: { locale: 'en' } });
    expect(ok.data.user.locale).toBe('en');
  });

  it('an expired session is refused', async () => {
    const a = await signIn(t, t.org, 'member');
    await t.database.db.updateTable('sessions').set({ expires_at: Date.now() - 1 }).where('user_id', '=', a.userId).execute();
    expect((await call(t.app, 'GET', '/api/auth/me', { as: a })).statusCode).toBe(401);
  });

  it('logout ends the session in the database', async () => {
    const a = await signIn(t, t.org, 'member');
    expect((await call(t.app, 'POST', '/api/auth/logout', { as: a })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/auth/me', { as: a })).statusCode).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('400 for a wrong current password; then changes it, ends other sessions and keeps the caller signed in', async () => {
    const a = await signIn(t, t.otherOrg, 'member');
    const other = await signIn(t, t.otherOrg, 'member');
    const bad = await call(t.app, 'POST', '/api/auth/password', { as: a, body: { currentPassword: 'wrong', newPassword: 'a much better password' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.fields[0].field).toBe('currentPassword');
    const res = await call(t.app, 'POST', '/api/auth/password', { as: a, body: { currentPassword: TEST_PASSWORD, newPassword: 'a much better password' } });
    expect(res.statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/auth/me', { as: other })).statusCode).toBe(401);
    const fresh = cookieOf(res).pair;
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: fresh } })).statusCode).toBe(200);
    const login = await call(t.app, 'POST', '/api/auth/login', { body: { username: t.otherOrg.users.member.username, password: 'a much better password' } });
    expect(login.statusCode).toBe(200);
  });
});
