import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { openDatabase } from '../../db/database';
import type { ZodApp } from '../../platform/routing';
import { TEST_DIALECT } from '../../testing/test-db';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { checkinMeeting, listsOf } from './checkin.fixture';

let t: TestApp;
let staff: Caller;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t, t.org, 'staff');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t.close());

/** Reads Server-Sent Events from a response body. */
function eventReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    /** The next `event: stats` payload (comments and other fields skipped). */
    async next(): Promise<any> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (lines[0] === 'event: stats') return JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6));
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe('GET /api/meetings/:id/checkin/stream', () => {
  it('401 and 404 before streaming; then the figures at once and again after a scan made through another app instance', async () => {
    const { meeting, pass } = await checkinMeeting(t, [{ name: '王丽华' }, { name: '周涛' }]);
    expect((await fetch(`${base}/api/meetings/${meeting.id}/checkin/stream`)).status).toBe(401);
    expect((await fetch(`${base}/api/meetings/nope/checkin/stream`, { headers: { cookie: staff.cookie } })).status).toBe(404);

    const res = await fetch(`${base}/api/meetings/${meeting.id}/checkin/stream`, { headers: { cookie: staff.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = eventReader(res);
    const first = await events.next();
    expect(first.lists[0]).toMatchObject({ name: '主会场签到', expected: 2, arrived: 0 });

    // The scan goes through a second app with its own connections (on PostgreSQL: like another process on the same database).
    let other: ZodApp = t.app;
    let close = async () => undefined;
    if (TEST_DIALECT === 'postgres') {
      const db2 = openDatabase({ url: t.database.url, schema: t.database.schema, poolSize: 2 });
      other = await buildApp({ config: t.config, database: db2, logger: false });
      close = async () => { await other.close(); await db2.close(); };
    }
    const [main] = await listsOf(t, staff, meeting.id);
    const started = Date.now();
    const scan = await call(other, 'POST', '/api/checkin/scans', { as: staff, body: { scans: [{ nonce: 'stream-0001', listId: main.id, pass: pass(0), scannedAt: Date.now(), deviceId: 'gate-1' }] } });
    expect(scan.data.outcomes[0].result).toBe('ok');
    const second = await events.next();
    expect(second.lists[0]).toMatchObject({ expected: 2, arrived: 1 });
    expect(second.absent.map((a: { name: string }) => a.name)).toEqual(['周涛']);
    expect(Date.now() - started).toBeLessThan(5000);
    await close();

    // A second viewer gets the current figures at once; closing the first leaves the second served.
    const res2 = await fetch(`${base}/api/meetings/${meeting.id}/checkin/stream`, { headers: { cookie: staff.cookie } });
    const events2 = eventReader(res2);
    expect((await events2.next()).lists[0].arrived).toBe(1);
    await events.cancel();
    await call(t.app, 'POST', '/api/checkin/scans', { as: staff, body: { scans: [{ nonce: 'stream-0002', listId: main.id, pass: pass(1), scannedAt: Date.now(), deviceId: 'gate-1' }] } });
    expect((await events2.next()).lists[0].arrived).toBe(2);
    // Left open on purpose: closing the app must end it (afterAll would hang otherwise).
  });
});
