import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/audit', () => {
  it('403 for non-admins; admins read their own organisation only, newest first, filtered', async () => {
    const m = await buildMeeting(t.database, t.org, { title: '审计测试会' });
    await buildMeeting(t.database, t.otherOrg);
    const organiser = await signIn(t, t.org, 'organiser');
    await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: 1, place: '第一会议室' } });
    expect((await call(t.app, 'GET', '/api/audit', { as: organiser })).statusCode).toBe(403);

    const admin = await signIn(t, t.org, 'admin');
    const res = await call(t.app, 'GET', `/api/audit?entityType=meeting&entityId=${m.id}`, { as: admin });
    expect(res.data.items.map((e: { action: string }) => e.action)).toEqual(['meeting.update', 'meeting.create']);
    expect(res.data.items[0]).toMatchObject({ actorUserId: organiser.userId, before: { place: null, version: 1 }, after: { place: '第一会议室', version: 2 } });
    const all = await call(t.app, 'GET', '/api/audit?limit=200', { as: admin });
    expect(all.data.items.every((e: { entityId: string }) => e.entityId !== undefined)).toBe(true);
    const otherOrgEntries = await t.database.db.selectFrom('audit_log').select('id').where('org_id', '=', t.otherOrg.id).execute();
    expect(all.data.items.map((e: { id: string }) => e.id)).not.toEqual(expect.arrayContaining(otherOrgEntries.map((r) => r.id)));
    const byAction = await call(t.app, 'GET', `/api/audit?action=meeting.update&from=${Date.now() - 60_000}`, { as: admin });
    expect(byAction.data.total).toBe(1);
  });
});
