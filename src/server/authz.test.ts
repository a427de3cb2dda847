// The authorization harness: every registered API route, against anonymous, every role, and a second
// organisation. A route added later is covered automatically; one with an `:id` needs a fixture below.
import { newId } from './platform/ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPermission, ROLES, type Permission, type Role } from '../shared/roles';
import { buildDepartment, buildMeeting, buildPerson, buildVenue, ctxFor, tomorrowAt } from './testing/factories';
import { call, createTestApp, signIn, type TestApp } from './testing/test-app';
import { createInvitation } from './modules/users/invitation.service';

/** Routes anyone may call; adding one here is a deliberate decision. */
const PUBLIC_ROUTES = ['GET /api/health', 'POST /api/auth/login', 'POST /api/invitations/lookup', 'POST /api/invitations/accept', 'GET /api/rsvp/:token', 'PUT /api/rsvp/:token', 'GET /api/track/:token',
  'GET /api/rsvp/:token/materials', 'GET /api/rsvp/:token/materials/:materialId', 'GET /api/rsvp/:token/seat',
  'GET /api/rsvp/:token/pass'];

let t: TestApp;
/** A real row of the first organisation for each `:id` route family (longest prefix wins), and for other parameters by name. */
let fixtures: Record<string, string>;
let paramFixtures: Record<string, string>;
/** A body that passes validation, so a cross-organisation call reaches the access check on the row. */
const validBody: Record<string, unknown> = {
  'PATCH /api/meetings/:id': { version: 1, title: 'x' },
  'PUT /api/departments/:id': { name: 'x' },
  'PUT /api/people/:id': { kind: 'staff', name: 'x' },
  'PATCH /api/users/:id': { displayName: 'x' },
  'PUT /api/venues/:id': { name: 'x', kind: 'internal', capacities: { boardroom: 5 }, version: 1 },
  'POST /api/venues/:id/closures': { startAt: 1, endAt: 2, reason: 'x' },
  'POST /api/bookings/:id/services': { kind: 'tea_water' },
  'PATCH /api/bookings/:id/services/:serviceId': { status: 'done' },
  'POST /api/meetings/:id/participants': { personId: 'x' },
  'PATCH /api/meetings/:id/participants/:participantId': { groupName: 'x' },
  'PUT /api/meetings/:id/participants/:participantId/reply': { attendance: 'confirmed' },
  'POST /api/meetings/:id/notices': { kind: 'meeting' },
  'PUT /api/notices/:id': { subject: 'x', body: 'x', version: 1 },
  'PUT /api/channel-bots/:id': { platform: 'dingtalk', name: 'x' },
  'PATCH /api/tasks/:id': { version: 1, status: 'done' },
  'PATCH /api/materials/:id': { title: 'x' },
  'POST /api/meetings/:id/playbook': { playbookId: 'x' },
  'PATCH /api/playbooks/:id': { version: 1, nameZh: 'x' },
  'PUT /api/playbooks/:id/steps': { version: 1, steps: [] },
  'POST /api/meetings/:id/tasks': { phase: 'before', group: 'x', title: 'x', dueAt: 1 },
  'POST /api/tasks/:id/split': { version: 1, parts: [{ title: 'x' }] },
  'POST /api/meetings/:id/coordination-notes': { heldAt: 1, title: 'x' },
  'PUT /api/coordination-notes/:id': { heldAt: 1, title: 'x' },
  'POST /api/meetings/:id/incidents': { kind: 'other', severity: 'low', place: 'x', description: 'x' },
  'PATCH /api/incidents/:id': { version: 1, status: 'handling' },
  'POST /api/meetings/:id/agenda/items': { kind: 'report', title: 'x', startAt: 1, endAt: 2 },
  'PUT /api/meetings/:id/agenda/items/:itemId': { kind: 'report', title: 'x', startAt: 1, endAt: 2 },
  'POST /api/meetings/:id/checkin/lists': { name: 'x', kind: 'meal' },
  'PUT /api/checkin/lists/:id': { name: 'x', kind: 'meal', version: 1 },
  'POST /api/checkin/scans/:id/review': { note: 'x' },
  'POST /api/meetings/:id/seating-plans': { name: 'x' },
  'PUT /api/seating-plans/:id': { version: 1, name: 'x', venueId: null, settings: {}, layout: { rows: 1, seatsPerRow: 1 }, assignments: [] },
  'POST /api/seating-plans/:id/auto-assign': { version: 1 },
  'PUT /api/meetings/:id/protocol-ranks': { participantIds: [] },
};

beforeAll(async () => {
  t = await createTestApp();
  const invitation = await createInvitation(ctxFor(t.database, t.org, 'admin'), { displayName: 'x', roles: ['member'] }, 'http://x');
  const meeting = await buildMeeting(t.database, t.org);
  const person = await buildPerson(t.database.db, t.org.id);
  const venueId = await buildVenue(t.database, t.org);
  const admin = await signIn(t, t.org, 'admin');
  const booking = await call(t.app, 'POST', '/api/bookings', { as: admin, body: { venueId, title: 'x', startAt: tomorrowAt(t.org, 9), endAt: tomorrowAt(t.org, 10) } });
  const service = await call(t.app, 'POST', `/api/bookings/${booking.data.id}/services`, { as: admin, body: { kind: 'tea_water' } });
  const closure = await call(t.app, 'POST', `/api/venues/${venueId}/closures`, { as: admin, body: { startAt: tomorrowAt(t.org, 20), endAt: tomorrowAt(t.org, 21), reason: 'x' } });
  const participants = await call(t.app, 'POST', `/api/meetings/${meeting.id}/participants`, { as: admin, body: { personId: person } });
  const waiting = await call(t.app, 'POST', '/api/bookings/waitlist', { as: admin, body: { venueId, title: 'y', startAt: tomorrowAt(t.org, 9), endAt: tomorrowAt(t.org, 10) } });
  const feed = await call(t.app, 'POST', '/api/calendar-feeds', { as: admin, body: { subjectType: 'venue', subjectId: venueId } });
  const notice = await call(t.app, 'POST', `/api/meetings/${meeting.id}/notices`, { as: admin, body: { kind: 'meeting' } });
  const bot = await call(t.app, 'POST', '/api/channel-bots', { as: admin, body: { platform: 'dingtalk', name: 'x', webhookUrl: 'http://127.0.0.1:9/robot' } });
  const outboxId = newId();
  await t.database.db.insertInto('mail_outbox').values({ id: outboxId, org_id: t.org.id, delivery_id: newId(), to_address: 'x@example.com', subject: 'x', raw: 'x', created_at: 1 }).execute();
  const playbooks = await call(t.app, 'GET', '/api/playbooks', { as: admin });
  const tasks = await call(t.app, 'POST', `/api/meetings/${meeting.id}/playbook`, { as: admin, body: { playbookId: playbooks.data[0].id } });
  const agenda = await call(t.app, 'POST', `/api/meetings/${meeting.id}/agenda/items`, { as: admin, body: { kind: 'report', title: 'x', startAt: meeting.startAt, endAt: meeting.startAt + 600_000 } });
  const note = await call(t.app, 'POST', `/api/meetings/${meeting.id}/coordination-notes`, { as: admin, body: { heldAt: 1, title: 'x' } });
  const checkinLists = await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/lists`, { as: admin });
  const scan = await call(t.app, 'POST', '/api/checkin/scans', { as: admin, body: { scans: [{ nonce: 'authz-0001', listId: checkinLists.data[0].id, participantId: participants.data[0].id, method: 'manual', scannedAt: Date.now(), deviceId: 'x' }] } });
  expect(scan.data.outcomes[0].result).toBe('ok');
  const scanId = (await t.database.db.selectFrom('checkin_scans').select('id').executeTakeFirstOrThrow()).id;
  const seatingPlan = await call(t.app, 'POST', `/api/meetings/${meeting.id}/seating-plans`, { as: admin, body: { name: 'x' } });
  const material = await t.app.inject({
    method: 'POST', url: `/api/meetings/${meeting.id}/materials?fileName=x.pdf`, payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/octet-stream' },
  });
  const incident = await call(t.app, 'POST', `/api/meetings/${meeting.id}/incidents`, { as: admin, body: { kind: 'other', severity: 'low', place: 'x', description: 'x' } });
  paramFixtures = { serviceId: service.data.id, participantId: participants.data[0].id, kind: 'meeting', locale: 'zh-CN', itemId: agenda.data.items[0].id };
  fixtures = {
    '/api/venues/': venueId,
    '/api/calendar-feeds/': feed.data.id,
    '/api/venue-closures/': closure.data.id,
    '/api/bookings/waitlist/': waiting.data.id,
    '/api/bookings/': booking.data.id,
    '/api/meetings/': meeting.id,
    '/api/departments/': await buildDepartment(t.database.db, t.org.id),
    '/api/people/': await buildPerson(t.database.db, t.org.id),
    '/api/users/': t.org.users.member.id,
    '/api/invitations/': invitation.id,
    '/api/notices/': notice.data.id,
    '/api/channel-bots/': bot.data.id,
    '/api/outbox/': outboxId,
    '/api/tasks/': tasks.data[0].id,
    '/api/materials/': material.json()[0].id,
    '/api/playbooks/': playbooks.data[0].id,
    '/api/coordination-notes/': note.data[0].id,
    '/api/checkin/lists/': checkinLists.data[0].id,
    '/api/checkin/scans/': scanId,
    '/api/seating-plans/': seatingPlan.data.id,
    '/api/incidents/': incident.data[0].id,
  };
});
afterAll(() => t.close());

/** The route's URL with every parameter replaced by a real row of the first organisation. */
function realUrl(url: string): string {
  const prefix = Object.keys(fixtures).sort((a, b) => b.length - a.length).find((p) => url.startsWith(`${p}:id`));
  return url.replace(/:(\w+)/g, (_m, name: string) => {
    const value = name === 'id' ? (prefix && fixtures[prefix]) : paramFixtures[name];
    if (!value) throw new Error(`No fixture for :${name} in ${url}: add one to authz.test.ts`);
    return value;
  });
}

/** The route's URL with every parameter pointing at nothing. */
const fakeUrl = (url: string, value: string) => url.replace(/:\w+/g, value);

const allows = (role: Role, access: string) => access === 'signed_in' || (access !== 'public' && hasPermission([role], access as Permission));

describe('authorization of every API route', () => {
  it('has routes, each declaring access, and exactly the expected public ones', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(25);
    const publicRoutes = t.app.apiRoutes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('anonymous callers get 401 from every non-public route', async () => {
    for (const r of t.app.apiRoutes.filter((x) => x.access !== 'public')) {
      const url = fakeUrl(r.url, 'anything');
      const res = await call(t.app, r.method as 'GET', url, { body: validBody[`${r.method} ${r.url}`] });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('each role gets 403 exactly where its permissions do not reach', async () => {
    for (const r of t.app.apiRoutes.filter((x) => x.access !== 'public')) {
      for (const role of ROLES) {
        const caller = await signIn(t, t.org, role);
        // Allowed callers aim at a row that does not exist, so nothing shared is changed.
        const res = await call(t.app, r.method as 'GET', fakeUrl(r.url, 'no-such-row'), { as: caller });
        const label = `${role} ${r.method} ${r.url} → ${res.statusCode}`;
        if (allows(role, r.access)) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
      }
    }
  });

  it('a second organisation’s callers get 404 for the first organisation’s rows, with a valid body', async () => {
    for (const r of t.app.apiRoutes.filter((x) => x.url.includes(':id'))) {
      const role = ROLES.find((x) => allows(x, r.access))!;
      const caller = await signIn(t, t.otherOrg, role);
      const body = validBody[`${r.method} ${r.url}`] ?? { reason: 'x' };
      const res = await call(t.app, r.method as 'GET', realUrl(r.url), { as: caller, body });
      expect(res.statusCode, `${role}@other ${r.method} ${r.url}`).toBe(404);
    }
  });
});
