import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDepartment, buildMeeting, buildPerson, buildVenue } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let monday: DateTime;
const at = (h: number, m = 0) => monday.set({ hour: h, minute: m }).toMillis();
const clock = (ms: number) => DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).toFormat('HH:mm');

beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  const today = DateTime.now().setZone('Asia/Shanghai').startOf('day');
  monday = today.plus({ days: ((8 - today.weekday) % 7) || 7 });
});
afterAll(() => t.close());

const search = (body: object) => call(t.app, 'POST', '/api/find-time', { as: organiser, body: { from: at(0), to: at(23, 59), durationMinutes: 60, ...body } });

describe('POST /api/find-time', () => {
  it('400 for a window over 31 days or ending before it starts', async () => {
    expect((await search({ from: at(0), to: at(0) + 32 * 86_400_000 })).data.error.fields[0]).toMatchObject({ field: 'to', reason: 'too_big' });
    expect((await search({ to: at(0) - 1 })).data.error.fields[0].reason).toBe('end_before_start');
  });

  it('skips the times required people are in meetings, inside working hours, ranked by optional people free', async () => {
    const [a, b] = [await buildPerson(t.database.db, t.org.id, '甲'), await buildPerson(t.database.db, t.org.id, '乙')];
    await buildMeeting(t.database, t.org, { startAt: at(8, 30), endAt: at(12), hostPersonId: a });
    const busyB = await buildMeeting(t.database, t.org, { startAt: at(14), endAt: at(18) });
    await call(t.app, 'POST', `/api/meetings/${busyB.id}/participants`, { as: organiser, body: { personId: b } });
    const res = await search({ requiredPersonIds: [a], optionalPersonIds: [b], limit: 100 });
    const starts = res.data.suggestions.map((s: { startAt: number }) => clock(s.startAt));
    expect(starts).not.toContain('11:00');
    expect(starts[0]).toBe('12:00');
    expect(starts).toContain('17:00');
    expect(starts.at(-1)).toBe('17:00');
    expect(res.data.suggestions[0]).toMatchObject({ optionalFree: 1, optionalFreeNames: ['乙'] });
    const afternoon = res.data.suggestions.find((s: { startAt: number }) => clock(s.startAt) === '15:00');
    expect(afternoon.optionalFree).toBe(0);
  });

  it('multi-department meetings only start at 09:10 or 14:10, and a room is found that fits', async () => {
    await buildVenue(t.database, t.org, { name: '小会议室', capacities: { boardroom: 10 } });
    const big = await buildVenue(t.database, t.org, { name: '大会议室', capacities: { boardroom: 40 } });
    const depts = [await buildDepartment(t.database.db, t.org.id), await buildDepartment(t.database.db, t.org.id)];
    const res = await search({ departmentIds: depts, room: { capacity: 20, layout: 'boardroom' }, durationMinutes: 90 });
    const starts = res.data.suggestions.map((s: { startAt: number }) => clock(s.startAt));
    expect(new Set(starts)).toEqual(new Set(['09:10', '14:10']));
    const names = res.data.suggestions.map((s: { venueName: string }) => s.venueName);
    expect(names.every((n: string) => n !== '小会议室')).toBe(true);
    expect(res.data.suggestions.find((s: { venueId: string }) => s.venueId === big) ?? res.data.suggestions[0].otherVenues.find((v: { id: string }) => v.id === big)).toBeTruthy();
  });

  it('says why nothing fits', async () => {
    const res = await search({ room: { capacity: 5000 } });
    expect(res.data).toMatchObject({ suggestions: [], reason: 'no_room_fits', reasonMessage: '没有会场满足人数、布局和设备要求' });
    const sunday = monday.minus({ days: 1 });
    const none = await search({ from: sunday.toMillis(), to: sunday.set({ hour: 23 }).toMillis() });
    expect(none.data.reason).toBe('window_empty');
  });
});
