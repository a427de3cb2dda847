import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVenue, tomorrowAt } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let member: Caller;
let organiser: Caller;
beforeAll(async () => {
  t = await createTestApp();
  member = await signIn(t, t.org, 'member');
  organiser = await signIn(t, t.org, 'organiser');
});
afterAll(() => t.close());

const book = (as: Caller, body: object) => call(t.app, 'POST', '/api/bookings', { as, body });

describe('POST /api/bookings', () => {
  it('401 anonymous; 400 names the venue, rule and capacity problems', async () => {
    const venueId = await buildVenue(t.database, t.org);
    expect((await call(t.app, 'POST', '/api/bookings', { body: { venueId } })).statusCode).toBe(401);
    const missing = await book(member, { venueId: 'nope', title: 'x', startAt: tomorrowAt(t.org, 9), endAt: tomorrowAt(t.org, 10) });
    expect(missing.data.error.fields[0]).toMatchObject({ field: 'venueId', reason: 'unknown_reference' });
    const bad = await book(member, { venueId, title: 'x', startAt: tomorrowAt(t.org, 6, 30), endAt: tomorrowAt(t.org, 6, 45), layout: 'banquet', attendeeCount: 10 });
    expect(bad.data.error.fields.map((f: { reason: string }) => f.reason).sort()).toEqual(['booking_too_short', 'no_layout', 'outside_bookable_hours']);
    expect(bad.data.error.message).toContain('可预订时间为 07:00–23:00');
    const far = await book(member, { venueId, title: 'x', startAt: tomorrowAt(t.org, 9, 0, 9), endAt: tomorrowAt(t.org, 10, 0, 9) });
    expect(far.data.error.fields[0]).toMatchObject({ field: 'startAt', reason: 'too_far_ahead', message: '该会场最多只能提前 7 天预订' });
    const big = await book(member, { venueId, title: 'x', startAt: tomorrowAt(t.org, 9), endAt: tomorrowAt(t.org, 10), layout: 'boardroom', attendeeCount: 31, equipment: ['led_wall'] });
    expect(big.data.error.fields.map((f: { reason: string }) => f.reason).sort()).toEqual(['missing_equipment', 'over_capacity']);
  });

  it('books, then refuses an overlap with 409 naming the booking in the way and offering alternatives', async () => {
    const venueId = await buildVenue(t.database, t.org, { name: '第一会议室', capacities: { boardroom: 20 } });
    await buildVenue(t.database, t.org, { name: '第二会议室', capacities: { boardroom: 25 } });
    await buildVenue(t.database, t.org, { name: '小会议室', capacities: { boardroom: 8 } });
    const first = await book(organiser, { venueId, title: '周例会', startAt: tomorrowAt(t.org, 9), endAt: tomorrowAt(t.org, 10), layout: 'boardroom', attendeeCount: 12 });
    expect(first.statusCode).toBe(201);
    expect(first.data).toMatchObject({ status: 'confirmed', venueName: '第一会议室', blockStart: tomorrowAt(t.org, 9) });
    const clash = await book(member, { venueId, title: '项目评审', startAt: tomorrowAt(t.org, 9, 30), endAt: tomorrowAt(t.org, 10, 30), layout: 'boardroom', attendeeCount: 12 });
    expect(clash.statusCode).toBe(409);
    expect(clash.data.error.code).toBe('booking_conflict');
    expect(clash.data.error.message).toMatch(/已被「周例会」占用.*09:00–10:00.*预订人：organiser user/);
    expect(clash.data.error.details.blocking).toMatchObject({ id: first.data.id, title: '周例会' });
    const alts = clash.data.error.details.alternatives;
    expect(alts.find((a: { kind: string }) => a.kind === 'later')).toMatchObject({ venueId, startAt: tomorrowAt(t.org, 10), endAt: tomorrowAt(t.org, 11) });
    expect(alts.find((a: { kind: string }) => a.kind === 'earlier')).toMatchObject({ startAt: tomorrowAt(t.org, 8), endAt: tomorrowAt(t.org, 9) });
    const rooms = alts.filter((a: { kind: string }) => a.kind === 'other_room').map((a: { venueName: string }) => a.venueName);
    expect(rooms[0]).toBe('第二会议室');
    expect(rooms).not.toContain('小会议室');
    const touching = await book(member, { venueId, title: '紧接着', startAt: tomorrowAt(t.org, 10), endAt: tomorrowAt(t.org, 11) });
    expect(touching.statusCode).toBe(201);
  });

  it('setup and cleanup buffers block the neighbouring time', async () => {
    const venueId = await buildVenue(t.database, t.org, { rules: { setupMinutes: 30, cleanupMinutes: 15 } });
    await book(organiser, { venueId, title: 'a', startAt: tomorrowAt(t.org, 14), endAt: tomorrowAt(t.org, 15) });
    expect((await book(member, { venueId, title: 'b', startAt: tomorrowAt(t.org, 15), endAt: tomorrowAt(t.org, 16) })).statusCode).toBe(409);
    expect((await book(member, { venueId, title: 'c', startAt: tomorrowAt(t.org, 15, 45), endAt: tomorrowAt(t.org, 16, 45) })).statusCode).toBe(201);
  });

  it('a closure makes the venue unbookable, with its reason', async () => {
    const venueId = await buildVenue(t.database, t.org);
    const admin = await signIn(t, t.org, 'admin');
    await call(t.app, 'POST', `/api/venues/${venueId}/closures`, { as: admin, body: { startAt: tomorrowAt(t.org, 12), endAt: tomorrowAt(t.org, 18), reason: '设备检修' } });
    const res = await book(member, { venueId, title: 'x', startAt: tomorrowAt(t.org, 13), endAt: tomorrowAt(t.org, 14) });
    expect(res.data.error.fields[0]).toMatchObject({ reason: 'venue_closed', message: '该会场在此期间停用：设备检修' });
  });

  it('cancel: only the booker or staff; the slot becomes free again', async () => {
    const venueId = await buildVenue(t.database, t.org);
    const b = await book(member, { venueId, title: 'x', startAt: tomorrowAt(t.org, 16), endAt: tomorrowAt(t.org, 17) });
    const other = await signIn(t, t.org, 'finance');
    expect((await call(t.app, 'POST', `/api/bookings/${b.data.id}/cancel`, { as: other, body: {} })).statusCode).toBe(403);
    const staff = await signIn(t, t.org, 'staff');
    const cancelled = await call(t.app, 'POST', `/api/bookings/${b.data.id}/cancel`, { as: staff, body: { reason: '会议室另作他用' } });
    expect(cancelled.data).toMatchObject({ status: 'cancelled', cancelReason: '会议室另作他用' });
    const notes = await call(t.app, 'GET', '/api/notifications', { as: member });
    expect(notes.data.items[0].text).toContain('已被 staff user 取消：会议室另作他用');
    expect((await book(other, { venueId, title: 'y', startAt: tomorrowAt(t.org, 16), endAt: tomorrowAt(t.org, 17) })).statusCode).toBe(201);
  });
});

describe('no double booking under concurrency', () => {
  it('16 simultaneous requests for one slot: exactly one wins, the rest get 409, none 500', async () => {
    const venueId = await buildVenue(t.database, t.org);
    const callers = await Promise.all(Array.from({ length: 16 }, () => signIn(t, t.org, 'member')));
    const results = await Promise.all(callers.map((c, i) => book(c, { venueId, title: `r${i}`, startAt: tomorrowAt(t.org, 11, i % 4 * 5), endAt: tomorrowAt(t.org, 12) })));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(15);
    const live = await t.database.db.selectFrom('bookings').selectAll().where('venue_id', '=', venueId).where('status', '=', 'confirmed').execute();
    expect(live).toHaveLength(1);
  });

  it('the database itself refuses an overlapping live row, whatever the application does', async () => {
    const venueId = await buildVenue(t.database, t.org);
    const b = await book(member, { venueId, title: 'x', startAt: tomorrowAt(t.org, 19), endAt: tomorrowAt(t.org, 20) });
    const row = await t.database.db.selectFrom('bookings').selectAll().where('id', '=', b.data.id).executeTakeFirstOrThrow();
    const overlap = { ...row, id: `${row.id}-copy`, start_at: row.start_at + 60_000, block_start: row.block_start + 60_000 };
    await expect(t.database.db.insertInto('bookings').values(overlap).execute()).rejects.toThrow(/bookings_no_overlap|exclusion|conflicting key/);
    await t.database.db.insertInto('bookings').values({ ...overlap, status: 'cancelled' }).execute();
    await expect(t.database.db.updateTable('bookings').set({ status: 'confirmed' }).where('id', '=', overlap.id).execute()).rejects.toThrow();
  });
});
