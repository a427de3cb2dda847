import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passPublicKey, verifyPass, signPass } from '../../../shared/pass';
import { passSeed } from '../../platform/secrets';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { checkinMeeting, listsOf, postScans } from './checkin.fixture';
import { defaultListId } from './checkin.lists';
import { qrSvg } from './checkin.pass';
import { orgPublicKey, passToken, readPass } from './pass.keys';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
let other: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
  other = await signIn(t, t.otherOrg, 'organiser');
});
afterAll(() => t.close());

const people = [
  { name: '王丽华', role: 'host', group: '公司领导', phone: '13800001234' }, { name: '周涛', group: '部门负责人' }, { name: '李娜', group: '部门负责人' },
  { name: '赵强', group: '部门负责人', attendance: 'leave' }, { name: '钱进', group: null },
];

describe('check-in lists', () => {
  it('401/403/404 first; the default 主会场签到 list is made once on first read; 400 names the field', async () => {
    const { meeting } = await checkinMeeting(t, people);
    const url = `/api/meetings/${meeting.id}/checkin/lists`;
    expect((await call(t.app, 'GET', url)).statusCode).toBe(401);
    expect((await call(t.app, 'GET', url, { as: other })).statusCode).toBe(404);
    expect((await call(t.app, 'POST', url, { as: staff, body: { name: '午餐', kind: 'meal' } })).statusCode).toBe(403);
    const [a, b] = await Promise.all([call(t.app, 'GET', url, { as: member }), call(t.app, 'GET', url, { as: staff })]);
    expect(a.data).toEqual([{ id: defaultListId(meeting.id), meetingId: meeting.id, name: '主会场签到', kind: 'main', agendaItemId: null, allowedRoles: null, allowedGroups: null, trackExit: false, allowReentry: false, opensAt: null, closesAt: null, version: 1 }]);
    expect(b.data).toEqual(a.data);
    const bad = await call(t.app, 'POST', url, { as: organiser, body: { name: '午餐', kind: 'meal', opensAt: 2000, closesAt: 1000 } });
    expect(bad.data.error.fields[0]).toMatchObject({ field: 'closesAt', reason: 'end_before_start' });
    expect((await call(t.app, 'POST', url, { as: organiser, body: { name: '午餐', kind: 'lunch' } })).data.error.fields[0]).toMatchObject({ field: 'kind', reason: 'invalid_option' });
    expect((await call(t.app, 'POST', url, { as: organiser, body: { name: 'x', kind: 'session', agendaItemId: 'nope' } })).data.error.fields[0]).toMatchObject({ field: 'agendaItemId', reason: 'unknown_reference' });
  });

  it('adds, changes at a version (409 when stale) and removes lists; a list with check-ins is kept', async () => {
    const { meeting, pass } = await checkinMeeting(t, people);
    const url = `/api/meetings/${meeting.id}/checkin/lists`;
    const lists = (await call(t.app, 'POST', url, { as: organiser, body: { name: '午餐', kind: 'meal', allowedGroups: ['部门负责人'] } })).data;
    expect(lists.map((l: { name: string }) => l.name)).toEqual(['主会场签到', '午餐']);
    const lunch = lists[1];
    const changed = await call(t.app, 'PUT', `/api/checkin/lists/${lunch.id}`, { as: organiser, body: { ...lunch, name: '午餐（自助）', version: 1 } });
    expect(changed.data[1]).toMatchObject({ name: '午餐（自助）', version: 2, allowedGroups: ['部门负责人'] });
    expect((await call(t.app, 'PUT', `/api/checkin/lists/${lunch.id}`, { as: organiser, body: { ...lunch, version: 1 } })).statusCode).toBe(409);
    expect((await call(t.app, 'DELETE', `/api/checkin/lists/${lunch.id}?version=1`, { as: organiser })).statusCode).toBe(409);
    expect((await postScans(t, staff, [{ listId: lists[0].id, pass: pass(1) }])).outcomes[0].result).toBe('ok');
    expect((await call(t.app, 'DELETE', `/api/checkin/lists/${lists[0].id}`, { as: organiser })).data.error.fields[0].reason).toBe('checkin_list_used');
    expect((await call(t.app, 'DELETE', `/api/checkin/lists/${lunch.id}?version=2`, { as: organiser })).data.map((l: { name: string }) => l.name)).toEqual(['主会场签到']);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', meeting.id).where('action', 'like', 'checkin.%').orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['checkin.list_create', 'checkin.list_update', 'checkin.list_delete']);
  });
});

describe('bundle and stats', () => {
  it('the bundle carries the key, lists, people with epochs and who is in; passes verify offline with it', async () => {
    const { meeting, ids, pass } = await checkinMeeting(t, people);
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/bundle`, { as: member })).statusCode).toBe(403);
    const [main] = await listsOf(t, staff, meeting.id);
    const at = Date.now() - 1000;
    await postScans(t, staff, [{ listId: main.id, pass: pass(0), scannedAt: at }]);
    const b = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/bundle`, { as: staff })).data;
    expect(b).toMatchObject({ meetingId: meeting.id, meetingTitle: meeting.title, timeZone: 'Asia/Shanghai', publicKey: orgPublicKey(t.org.id), checkedIn: { [main.id]: { [ids[0]]: at } } });
    expect(b.participants[0]).toEqual({ id: ids[0], name: '王丽华', unit: '华信科技集团', role: 'host', groupName: '公司领导', phoneTail: '1234', passEpoch: 0, hasPhoto: false, attendance: 'confirmed' });
    expect(await verifyPass(pass(2), b.publicKey)).toEqual({ m: meeting.id, p: ids[2], e: 0 });
    expect(b.presence).toEqual({});

    // A list that tracks exits: who is in or out now, with the time of their last move, for desks at other doors.
    const lists = (await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, { as: organiser, body: { name: '分会场', kind: 'session', trackExit: true, allowReentry: true } })).data;
    const hall = lists.find((l: { name: string }) => l.name === '分会场');
    await postScans(t, staff, [
      { listId: hall.id, pass: pass(0), scannedAt: at }, { listId: hall.id, pass: pass(0), scannedAt: at + 60_000, direction: 'out' },
      { listId: hall.id, pass: pass(1), scannedAt: at + 1 },
    ]);
    const later = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/bundle`, { as: staff })).data;
    expect(later.presence).toEqual({ [hall.id]: { [ids[0]]: { inside: false, at: at + 60_000 }, [ids[1]]: { inside: true, at: at + 1 } } });
  });

  it('stats: expected by list and group (leave not expected), arrivals per minute, absent names, late once started', async () => {
    const start = Date.now() - 10 * 60_000;
    const { meeting, ids, pass } = await checkinMeeting(t, people, { startAt: start, endAt: start + 3_600_000 });
    const lists = (await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, { as: organiser, body: { name: '午餐', kind: 'meal', allowedGroups: ['部门负责人'] } })).data;
    const now = Date.now();
    await postScans(t, staff, [
      { listId: lists[0].id, pass: pass(0), scannedAt: now - 3 * 60_000 }, { listId: lists[0].id, pass: pass(1), scannedAt: now - 3 * 60_000 + 1 }, { listId: lists[0].id, pass: pass(3), scannedAt: now },
      { listId: lists[1].id, pass: pass(2), scannedAt: now },
    ]);
    const s = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/stats`, { as: staff })).data;
    // The leader hosting the meeting sees the same figures, but has no scanner bundle; a member sees neither.
    const leader = await signIn(t, t.org, 'leader');
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/stats`, { as: leader })).data.lists).toEqual(s.lists);
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/bundle`, { as: leader })).statusCode).toBe(403);
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/stats`, { as: member })).statusCode).toBe(403);
    expect(s.lists).toEqual([
      {
        listId: lists[0].id, name: '主会场签到', expected: 4, arrived: 3, inside: null,
        byGroup: [{ group: '公司领导', expected: 1, arrived: 1 }, { group: '部门负责人', expected: 2, arrived: 2 }, { group: '', expected: 1, arrived: 0 }],
      },
      { listId: lists[1].id, name: '午餐', expected: 2, arrived: 1, inside: null, byGroup: [{ group: '部门负责人', expected: 2, arrived: 1 }] },
    ]);
    expect(s.absent).toEqual([{ id: ids[2], name: '李娜', unit: '华信科技集团', groupName: '部门负责人' }, { id: ids[4], name: '钱进', unit: '华信科技集团', groupName: null }]);
    expect(s.perMinute).toHaveLength(60);
    expect(s.perMinute.reduce((n: number, [, c]: [number, number]) => n + c, 0)).toBe(3);
    expect(s.perMinute.find(([m]: [number, number]) => m === Math.floor((now - 3 * 60_000) / 60_000) * 60_000)[1]).toBe(2);
    expect(s).toMatchObject({ late: true, flaggedDuplicates: 0 });
  });
});

describe('passes', () => {
  it('server tokens are the shared library\'s, byte for byte; tampering fails both', async () => {
    const claims = { m: 'meeting-1', p: 'participant-1', e: 3 };
    const token = passToken(t.org.id, claims);
    expect(token).toBe(await signPass(claims, passSeed(t.org.id)));
    expect(orgPublicKey(t.org.id)).toBe(await passPublicKey(passSeed(t.org.id)));
    expect(readPass(t.org.id, token)).toEqual(claims);
    expect(readPass(t.otherOrg.id, token)).toBeNull();
    expect(readPass(t.org.id, `${token.slice(0, -3)}abc`)).toBeNull();
  });

  it('the badge list, QR images, the attendee\'s own pass by personal link', async () => {
    const { meeting, ids, pass } = await checkinMeeting(t, people);
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/passes`, { as: member })).statusCode).toBe(403);
    const passes = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/passes`, { as: staff })).data;
    expect(passes[0]).toEqual({ participantId: ids[0], name: '王丽华', unit: '华信科技集团', role: 'host', groupName: '公司领导', token: pass(0) });
    const png = await t.app.inject({ method: 'GET', url: `/api/meetings/${meeting.id}/participants/${ids[1]}/pass.png`, headers: { cookie: staff.cookie } });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const svg = await call(t.app, 'GET', `/api/meetings/${meeting.id}/participants/${ids[1]}/pass.svg`, { as: staff });
    expect(svg.body).toContain('<svg');
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/participants/${ids[1]}/pass.svg`, { as: other })).statusCode).toBe(404);
    const link = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/participants/${ids[1]}/link`, { as: staff })).data.url as string;
    const linkToken = link.split('/r/')[1];
    const mine = await call(t.app, 'GET', `/api/rsvp/${linkToken}/pass`);
    expect(mine.data).toMatchObject({ token: pass(1), seat: null });
    expect(mine.data.qrSvg).toBe(await qrSvg(pass(1)));
    expect((await call(t.app, 'GET', `/api/rsvp/${linkToken.slice(0, -2)}xx/pass`)).data.error.code).toBe('link_invalid');
  });
});

describe('photos', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const put = (id: string, as: Caller | null, body: Buffer, type = 'image/png') =>
    t.app.inject({ method: 'PUT', url: `/api/people/${id}/photo`, payload: body, headers: { 'content-type': type, ...(as ? { cookie: as.cookie, 'x-csrf-token': as.csrf } : {}) } });

  it('401/403 first; JPEG or PNG by content (415), at most 2 MB (413); the desk gets it, with hasPhoto in outcomes', async () => {
    const { meeting, ids, pass } = await checkinMeeting(t, people);
    const personId = (await t.database.db.selectFrom('meeting_participants').select('person_id').where('id', '=', ids[0]).executeTakeFirstOrThrow()).person_id;
    expect((await put(personId, null, png)).statusCode).toBe(401);
    expect((await put(personId, staff, png)).statusCode).toBe(403);
    const fake = await put(personId, organiser, Buffer.from('GIF89a....'), 'image/png');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.fields[0]).toMatchObject({ field: 'file', reason: 'photo_type' });
    expect((await put(personId, organiser, Buffer.alloc(2 * 1024 * 1024 + 1, 0xff), 'image/jpeg')).statusCode).toBe(413);
    expect((await put(personId, other, png)).statusCode).toBe(404);
    expect((await put(personId, organiser, png)).json()).toEqual({ ok: true });
    const photo = await t.app.inject({ method: 'GET', url: `/api/meetings/${meeting.id}/checkin/photos/${ids[0]}`, headers: { cookie: staff.cookie } });
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(png)).toBe(true);
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/photos/${ids[1]}`, { as: staff })).statusCode).toBe(404);
    const [main] = await listsOf(t, staff, meeting.id);
    expect((await postScans(t, staff, [{ listId: main.id, pass: pass(0) }])).outcomes[0].participant?.hasPhoto).toBe(true);
  });
});
