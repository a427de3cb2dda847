import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSvg } from '../../platform/image-type';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { logoType } from './org.logo';

let t: TestApp;
let admin: Caller;
let member: Caller;
let otherAdmin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, t.org, 'admin');
  member = await signIn(t, t.org, 'member');
  otherAdmin = await signIn(t, t.otherOrg, 'admin');
});
afterAll(() => t.close());

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const svg = Buffer.from('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- 标志 -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#c00"/></svg>');
const put = (as: Caller | null, body: Buffer, type = 'application/octet-stream') =>
  t.app.inject({ method: 'PUT', url: '/api/org/logo', payload: body, headers: { 'content-type': type, ...(as ? { cookie: as.cookie, 'x-csrf-token': as.csrf } : {}) } });
const get = (as: Caller) => t.app.inject({ method: 'GET', url: '/api/org/logo', headers: { cookie: as.cookie } });

describe('logo type by content', () => {
  it('knows PNG, JPEG and SVG (with BOM, XML declaration, comments, doctype), and nothing else', () => {
    expect(logoType(png)).toBe('image/png');
    expect(logoType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(logoType(svg)).toBe('image/svg+xml');
    expect(isSvg(Buffer.from('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg>'))).toBe(true);
    expect(logoType(Buffer.from('<html><svg></svg></html>'))).toBeNull();
    expect(logoType(Buffer.from('GIF89a....'))).toBeNull();
    expect(logoType(Buffer.from('<svgfoo>'))).toBeNull();
  });
});

describe('organisation logo', () => {
  it('401/403 first; 415 names the file for a non-image, 413 over 1 MB, 400 when empty; nothing is stored', async () => {
    expect((await put(null, png)).statusCode).toBe(401);
    expect((await put(member, png)).statusCode).toBe(403);
    const gif = await put(admin, Buffer.from('GIF89a....'), 'image/png');
    expect(gif.statusCode).toBe(415);
    expect(gif.json().error.fields[0]).toMatchObject({ field: 'file', reason: 'logo_type', message: '标志只能是 PNG、JPEG 或 SVG 图片' });
    const big = await put(admin, Buffer.concat([png, Buffer.alloc(1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.fields[0]).toMatchObject({ field: 'file', reason: 'file_too_large', params: { max: 1 } });
    expect((await put(admin, Buffer.alloc(0))).statusCode).toBe(400);
    expect((await get(member)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', '/api/org', { as: member })).data.logoUpdatedAt).toBeNull();
  });

  it('stores PNG byte for byte, replaces it with SVG served under a sandboxing CSP, keeps organisations apart, removes it; audited', async () => {
    const set = await put(admin, png);
    expect(set.statusCode).toBe(200);
    const stamp = set.json().logoUpdatedAt as number;
    expect((await call(t.app, 'GET', '/api/org', { as: member })).data.logoUpdatedAt).toBe(stamp);
    expect((await call(t.app, 'GET', '/api/auth/me', { as: member })).data.org.logoUpdatedAt).toBe(stamp);
    const got = await get(member);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.equals(png)).toBe(true);
    expect((await get(otherAdmin)).statusCode).toBe(404);

    expect((await put(admin, svg, 'image/svg+xml')).statusCode).toBe(200);
    const svgGot = await get(member);
    expect(svgGot.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svgGot.headers['content-security-policy']).toContain('sandbox');
    expect(svgGot.rawPayload.equals(svg)).toBe(true);

    expect((await call(t.app, 'DELETE', '/api/org/logo', { as: member })).statusCode).toBe(403);
    expect((await call(t.app, 'DELETE', '/api/org/logo', { as: admin })).data).toEqual({ ok: true });
    expect((await call(t.app, 'DELETE', '/api/org/logo', { as: admin })).statusCode).toBe(404);
    expect((await get(member)).statusCode).toBe(404);
    const audit = await call(t.app, 'GET', '/api/audit', { as: admin, body: undefined });
    const actions = (audit.data.items as { action: string }[]).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('org.logo'))).toEqual(['org.logo.delete', 'org.logo', 'org.logo']);
  });
});
