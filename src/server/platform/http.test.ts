import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { call, createTestApp, signIn, testConfig, type TestApp } from '../testing/test-app';
import { compressDir } from '../../../scripts/compress-assets';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.app.get('/api/test/boom', { config: { access: 'public' } }, async () => {
    throw new Error('password=hunter2 at /srv/secret.ts:42');
  });
});
afterAll(() => t.close());

describe('the error handler', () => {
  it('a 5xx body shows no internals, only a reference', async () => {
    const res = await call(t.app, 'GET', '/api/test/boom', { lang: 'en' });
    expect(res.statusCode).toBe(500);
    expect(res.data.error.code).toBe('internal');
    expect(res.body).not.toMatch(/hunter2|secret\.ts|stack/);
    expect(res.data.error.message).toContain(res.data.error.requestId);
  });

  it('malformed JSON is a 400 naming the body; a form post is 415', async () => {
    const member = await signIn(t, t.org, 'organiser');
    const headers = { cookie: member.cookie, 'x-csrf-token': member.csrf };
    const broken = await t.app.inject({ method: 'POST', url: '/api/meetings', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"title":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.fields[0].field).toBe('body');
    const form = await t.app.inject({ method: 'POST', url: '/api/meetings', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'title=x' });
    expect(form.statusCode).toBe(415);
  });

  it('an unknown API path is a JSON 404', async () => {
    const res = await call(t.app, 'GET', '/api/nothing-here', { lang: 'en' });
    expect(res.statusCode).toBe(404);
    expect(res.data.error).toEqual({ code: 'not_found', message: 'Not found' });
  });

  it('the OpenAPI document lists the API routes with their schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/meetings', '/api/meetings/{id}', '/api/meetings/{id}/approve', '/api/audit']));
    expect(doc.paths['/api/meetings'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['title', 'startAt', 'endAt']));
  });
});

describe('serving the web app', () => {
  it('serves client routes the app, assets as files, missing assets as 404, and sees a rebuild without restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-web-'));
    const app = await buildApp({ config: testConfig(), database: t.database, logger: false, webDist: dir });
    try {
      expect((await app.inject({ method: 'GET', url: '/meetings/abc' })).statusCode).toBe(404);
      fs.mkdirSync(path.join(dir, 'assets'));
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Huiwu</title>');
      fs.writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)');
      const page = await app.inject({ method: 'GET', url: '/meetings/abc?x=1' });
      expect([page.statusCode, page.body]).toEqual([200, '<!doctype html><title>Huiwu</title>']);
      // A personal link ends in ".<code>" like a file name, but is a page.
      expect((await app.inject({ method: 'GET', url: '/r/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.Jx61XKHfw6d3u27aZqzBoxrF' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/assets/app-1.js' })).body).toBe('console.log(1)');
      expect((await app.inject({ method: 'GET', url: '/assets/app-2.js' })).statusCode).toBe(404);
      fs.writeFileSync(path.join(dir, 'assets', 'app-2.js'), 'console.log(2)');
      expect((await app.inject({ method: 'GET', url: '/assets/app-2.js' })).body).toBe('console.log(2)');
      expect((await app.inject({ method: 'GET', url: '/api/nope' })).json().error.code).toBe('not_found');

      // The build's compressed copies go to browsers that take them; hashed assets are cached for good, pages never.
      const big = `console.log(${JSON.stringify('会务'.repeat(2000))});`;
      fs.writeFileSync(path.join(dir, 'assets', 'app-3.js'), big);
      expect(compressDir(dir)).toBe(1);
      const br = await app.inject({ method: 'GET', url: '/assets/app-3.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect([br.headers['content-encoding'], br.headers['cache-control']]).toEqual(['br', 'public, max-age=31536000, immutable']);
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(big);
      expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(big) / 10);
      const gz = await app.inject({ method: 'GET', url: '/assets/app-3.js', headers: { 'accept-encoding': 'gzip' } });
      expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(big);
      const plain = await app.inject({ method: 'GET', url: '/assets/app-3.js' });
      expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, big]);
      expect((await app.inject({ method: 'GET', url: '/meetings/abc' })).headers['cache-control']).toBe('no-cache');
      expect((await app.inject({ method: 'GET', url: '/' })).headers['cache-control']).toBe('no-cache');
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
