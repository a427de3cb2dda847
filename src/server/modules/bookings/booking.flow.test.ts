import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepBookings } from './booking.checkin';
import { buildMeeting, buildPerson, buildVenue, tomorrowAt } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let member: Caller;
let leader: Caller;
beforeAll(async () => {
  t = await createTestApp();
  member = await signIn(t, t.org, 'member');
  leader = await signIn(t, t.org, 'leader');
});
afterAll(() => t.close());

const book = (as: Caller, body: object) => call(t.app, 'POST', '/api/bookings', { as, body });
const texts = async (as: Caller) => (await call(t.app, 'GET', '/api/notifications', { as })).data.items.map((n: { text: string }) => n.text) as string[];

describe('approval by venue managers', () => {
  it('a booking of an approval venue is pending; only its manager decides; the booker is told', async () => {
    const venueId = await buildVenue(t.database, t.org, { name: '董事会议室', requiresApproval: true, managerUserIds: [t.org.users.leader.id] });
    const b = await book(member, { venueId, title: '部门述职', startAt: tomorrowAt(t.org, 9), endAt: tomorrowAt(t.org, 10) });
    expect(b.data.status).toBe('pending');
    expect((await texts(leader))[0]).toMatch(/member user 申请预订 董事会议室.*部门述职，请审批/);
    expect((await call(t.app, 'GET', '/api/bookings/approvals', { as: leader })).data.map((x: { id: string }) => x.id)).toContain(b.data.id);
    expect((await call(t.app, 'GET', '/api/bookings/approvals', { as: member })).data).toEqual([]);
    expect((await call(t.app, 'POST', `/api/bookings/${b.data.id}/approve`, { as: member, body: {} })).statusCode).toBe(403);
    const noReason = await call(t.app, 'POST', `/api/bookings/${b.data.id}/reject`, { as: leader, body: {} });
    expect(noReason.data.error.fields[0].field).toBe('reason');
    const ok = await call(t.app, 'POST', `/api/bookings/${b.data.id}/approve`, { as: leader, body: {} });
    expect(ok.data.status).toBe('confirmed');
    expect((await texts(member))[0]).toMatch(/董事会议室.*已获批准/);
  });

  it('a pending booking already holds the slot', async () => {
    const venueId = await buildVenue(t.database, t.org, { requiresApproval: true, managerUserIds: [t.org.users.leader.id] });
    await book(member, { venueId, title: 'a', startAt: tomorrowAt(t.org, 14), endAt: tomorrowAt(t.org, 15) });
    expect((await book(await signIn(t, t.org, 'finance'), { venueId, title: 'b', startAt: tomorrowAt(t.org, 14), endAt: tomorrowAt(t.org, 15) })).statusCode).toBe(409);
  });
});

// These start minutes from now, whatever the hour: the venue is bookable around the clock.
const anyHour = { rules: { bookableStart: null, bookableEnd: null } };

describe('room check-in, release and the waitlist', () => {
  it('check-in only inside the window, by the booker, the meeting’s people or the door QR', async () => {
    const venueId = await buildVenue(t.database, t.org, anyHour);
    const start = Date.now() + 3 * 60_000;
    const b = await book(member, { venueId, title: 'x', startAt: start, endAt: start + 3_600_000 });
    const stranger = await signIn(t, t.org, 'finance');
    const refused = await call(t.app, 'POST', `/api/bookings/${b.data.id}/checkin`, { as: stranger, body: {} });
    expect(refused.statusCode).toBe(403);
    expect(refused.data.error.message).toMatch(/^只有预订人、主持人、参会人或会务人员可以确认使用/);
    const door = await call(t.app, 'GET', `/api/venues/${venueId}/door`, { as: stranger });
    const venue = await t.database.db.selectFrom('venues').select('door_token').where('id', '=', venueId).executeTakeFirstOrThrow();
    expect(door.data).toMatchObject({ tokenValid: false, bookings: [expect.objectContaining({ id: b.data.id })] });
    const viaDoor = await call(t.app, 'POST', `/api/bookings/${b.data.id}/checkin`, { as: stranger, body: { doorToken: venue.door_token } });
    expect(viaDoor.data.checkedInAt).toBeGreaterThan(0);

    const later = await book(member, { venueId, title: 'later', startAt: tomorrowAt(t.org, 9), endAt: tomorrowAt(t.org, 10) });
    const early = await call(t.app, 'POST', `/api/bookings/${later.data.id}/checkin`, { as: member, body: {} });
    expect(early.data.error.fields[0]).toMatchObject({ reason: 'not_checkin_window', message: '签到时间为开始前 5 分钟至开始后 10 分钟' });
  });

  it('a participant of the booked meeting may check in', async () => {
    const venueId = await buildVenue(t.database, t.org, anyHour);
    const person = await buildPerson(t.database.db, t.org.id, '参会人甲');
    await t.database.db.updateTable('users').set({ person_id: person }).where('id', '=', t.org.users.finance.id).execute();
    const start = Date.now() + 2 * 60_000;
    const meeting = await buildMeeting(t.database, t.org, { startAt: start, endAt: start + 3_600_000 });
    const organiser = await signIn(t, t.org, 'organiser');
    await call(t.app, 'POST', `/api/meetings/${meeting.id}/participants`, { as: organiser, body: { personId: person } });
    const b = await book(organiser, { venueId, meetingId: meeting.id, startAt: start, endAt: start + 3_600_000 });
    expect(b.data.title).toBe(meeting.title);
    const res = await call(t.app, 'POST', `/api/bookings/${b.data.id}/checkin`, { as: await signIn(t, t.org, 'finance'), body: {} });
    expect(res.statusCode).toBe(200);
  });

  it('an unclaimed booking is released after the window and offered to the first in line, whose hold then expires to the next', async () => {
    const venueId = await buildVenue(t.database, t.org, anyHour);
    const start = Date.now() + 2 * 60_000;
    const end = start + 2 * 3_600_000;
    const b = await book(member, { venueId, title: 'unclaimed', startAt: start, endAt: end });
    const first = await signIn(t, t.org, 'finance');
    const second = await signIn(t, t.org, 'staff');
    const w1 = await call(t.app, 'POST', '/api/bookings/waitlist', { as: first, body: { venueId, title: 'w1', startAt: start + 3_000_000, endAt: end } });
    const w2 = await call(t.app, 'POST', '/api/bookings/waitlist', { as: second, body: { venueId, title: 'w2', startAt: start + 3_000_000, endAt: end } });
    expect([w1.data.position, w2.data.position]).toEqual([1, 2]);
    const free = await call(t.app, 'POST', '/api/bookings/waitlist', { as: second, body: { venueId, title: 'free', startAt: end + 3_600_000, endAt: end + 7_200_000 } });
    expect(free.data.error.fields[0].reason).toBe('slot_free');

    expect(await sweepBookings(t.database, start + 5 * 60_000)).toEqual({ released: 0, expired: 0 });
    const at = start + 11 * 60_000;
    expect(await sweepBookings(t.database, at)).toMatchObject({ released: 1 });
    expect((await call(t.app, 'GET', `/api/bookings/${b.data.id}`, { as: member })).data.status).toBe('released');
    expect((await texts(member))[0]).toContain('已自动释放');
    expect((await texts(first))[0]).toMatch(/已空出，为您保留至/);
    const mine = (await call(t.app, 'GET', '/api/bookings/waitlist', { as: first })).data;
    expect(mine[0]).toMatchObject({ status: 'offered' });
    const held = await call(t.app, 'GET', `/api/bookings/${mine[0].offeredBookingId}`, { as: first });
    expect(held.data).toMatchObject({ status: 'held', bookedBy: first.userId });
    expect((await call(t.app, 'POST', `/api/bookings/${held.data.id}/accept-hold`, { as: second })).statusCode).toBe(400);

    expect(await sweepBookings(t.database, held.data.holdExpiresAt + 1)).toMatchObject({ expired: 1 });
    const secondOffer = (await call(t.app, 'GET', '/api/bookings/waitlist', { as: second })).data[0];
    expect(secondOffer.status).toBe('offered');
    const accepted = await call(t.app, 'POST', `/api/bookings/${secondOffer.offeredBookingId}/accept-hold`, { as: second });
    expect(accepted.data).toMatchObject({ status: 'confirmed', title: 'w2' });
  });
});

describe('series and services', () => {
  it('books every later occurrence of a series and lists the ones that conflict, with alternatives', async () => {
    const venueId = await buildVenue(t.database, t.org, { name: '例会室', rules: { maxAdvanceDays: 30 } });
    const organiser = await signIn(t, t.org, 'organiser');
    const start = tomorrowAt(t.org, 9, 10);
    const created = await call(t.app, 'POST', '/api/meetings', {
      as: organiser,
      body: { title: '总经理室会议', kind: 'regular', scope: 'internal', startAt: start, endAt: start + 6_600_000, timeZone: t.org.timeZone, recurrence: { rrule: 'FREQ=WEEKLY;COUNT=6' } },
    });
    const blocker = await book(member, { venueId, title: '培训', startAt: start + 7 * 86_400_000, endAt: start + 7 * 86_400_000 + 3_600_000 });
    expect(blocker.statusCode).toBe(201);
    const res = await call(t.app, 'POST', '/api/bookings/series', { as: organiser, body: { meetingId: created.data.id, venueId } });
    expect(res.statusCode).toBe(200);
    expect(res.data.booked).toHaveLength(4);
    expect(res.data.conflicts.map((c: { reason: string }) => c.reason)).toEqual(['booked', 'too_far_ahead']);
    expect(res.data.conflicts[0]).toMatchObject({ blocking: { title: '培训' }, alternatives: expect.arrayContaining([expect.objectContaining({ kind: 'later' })]) });
    expect(res.data.conflicts[1].message).toBe('该会场最多只能提前 30 天预订');
    const again = await call(t.app, 'POST', '/api/bookings/series', { as: organiser, body: { meetingId: created.data.id, venueId } });
    expect(again.data.booked).toHaveLength(0);
    const elsewhere = await buildVenue(t.database, t.org, { name: '备用会议室', rules: { maxAdvanceDays: 60 } });
    const other = await call(t.app, 'POST', '/api/bookings/series', { as: organiser, body: { meetingId: created.data.id, venueId: elsewhere } });
    expect(other.data.booked).toHaveLength(2);
    expect(other.data.conflicts.map((c: { reason: string }) => c.reason)).toEqual(['already_booked', 'already_booked', 'already_booked', 'already_booked']);
    expect(other.data.conflicts[0].message).toBe('这次会议已预订了「例会室」');
  });

  it('when a meeting moves, its bookings follow where the room is free, and the rest are listed with alternatives', async () => {
    const organiser = await signIn(t, t.org, 'organiser');
    const [a, b] = [await buildVenue(t.database, t.org, { name: '跟随甲' }), await buildVenue(t.database, t.org, { name: '跟随乙' })];
    const start = tomorrowAt(t.org, 10);
    const m = await buildMeeting(t.database, t.org, { startAt: start, endAt: start + 3_600_000 });
    const ba = await book(organiser, { venueId: a, meetingId: m.id, startAt: start, endAt: start + 3_600_000 });
    const bb = await book(organiser, { venueId: b, meetingId: m.id, startAt: start, endAt: start + 3_600_000 });
    await book(member, { venueId: b, title: '占用', startAt: start + 86_400_000, endAt: start + 86_400_000 + 3_600_000 });
    await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: 1, startAt: start + 86_400_000, endAt: start + 86_400_000 + 3_600_000 } });
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/bookings/follow`, { as: member })).statusCode).toBe(403);
    const res = await call(t.app, 'POST', `/api/meetings/${m.id}/bookings/follow`, { as: organiser });
    expect(res.data.booked.map((x: { id: string; startAt: number }) => [x.id, x.startAt])).toEqual([[ba.data.id, start + 86_400_000]]);
    expect(res.data.conflicts).toEqual([expect.objectContaining({ reason: 'booked', blocking: expect.objectContaining({ title: '占用' }) })]);
    expect((await call(t.app, 'GET', `/api/bookings/${bb.data.id}`, { as: organiser })).data.startAt).toBe(start);
    const list = await call(t.app, 'GET', `/api/bookings?from=0&to=${Number.MAX_SAFE_INTEGER}&meetingId=${m.id}`, { as: organiser });
    expect(list.data).toHaveLength(2);
  });

  it('a service request reaches the venue’s service staff, who move it on', async () => {
    const venueId = await buildVenue(t.database, t.org, { name: '报告厅', serviceUserIds: [t.org.users.staff.id] });
    const b = await book(member, { venueId, title: '季度总结会', startAt: tomorrowAt(t.org, 15), endAt: tomorrowAt(t.org, 16) });
    const s = await call(t.app, 'POST', `/api/bookings/${b.data.id}/services`, { as: member, body: { kind: 'tea_water', details: '30 人茶歇' } });
    expect(s.statusCode).toBe(201);
    const staff = await signIn(t, t.org, 'staff');
    expect(await texts(staff)).toContainEqual(expect.stringMatching(/报告厅.*季度总结会.*需要会务服务：茶水 30 人茶歇/));
    expect((await call(t.app, 'PATCH', `/api/bookings/${b.data.id}/services/${s.data.id}`, { as: member, body: { status: 'done' } })).statusCode).toBe(403);
    const done = await call(t.app, 'PATCH', `/api/bookings/${b.data.id}/services/${s.data.id}`, { as: staff, body: { status: 'done' } });
    expect(done.data.status).toBe('done');
    expect((await call(t.app, 'GET', `/api/bookings/${b.data.id}`, { as: member })).data.services).toEqual([expect.objectContaining({ kind: 'tea_water', status: 'done' })]);
  });
});
