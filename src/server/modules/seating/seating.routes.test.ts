import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildPerson, buildVenue } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

type Person = { participantId: string; name: string; unit: string | null; rank: number | null };
type Seat = { area: string; row: number; seat: number; participantId: string };

/** A meeting with people of three units (names and units as a 2-row roster would give them). */
async function meetingWithPeople(roster: [string, string | null][]) {
  const m = await buildMeeting(t.database, t.org);
  const ids: string[] = [];
  for (const [name, unit] of roster) {
    const personId = await buildPerson(t.database.db, t.org.id, name);
    await t.database.db.updateTable('people').set({ unit }).where('id', '=', personId).execute();
    const list = (await call(t.app, 'POST', `/api/meetings/${m.id}/participants`, { as: organiser, body: { personId } })).data;
    ids.push(list.at(-1).id as string);
  }
  return { m, ids };
}

const roster: [string, string | null][] = [
  ['赵一', '财政部'], ['钱二', '财政部'], ['孙三', '人力资源部'], ['李四', '人力资源部'], ['周五', '工业和信息化部'], ['吴六', '工业和信息化部'],
  ['郑七', '财政部'], ['王八', '人力资源部'], ['冯九', null], ['陈十', '工业和信息化部'],
];

describe('seating plans', () => {
  it('401 anonymous, 403 for a member, 400 names the field', async () => {
    const { m } = await meetingWithPeople([]);
    expect((await call(t.app, 'GET', `/api/meetings/${m.id}/seating-plans`)).statusCode).toBe(401);
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/seating-plans`, { as: member, body: { name: '主会场' } })).statusCode).toBe(403);
    const bad = await call(t.app, 'POST', `/api/meetings/${m.id}/seating-plans`, { as: organiser, body: { name: '主会场', layout: { rows: 3, seatsPerRow: 4, reserved: ['5-1'] } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.fields[0]).toMatchObject({ field: 'layout.reserved.0', reason: 'seat_outside', message: '预留座位超出会场的排数或座位数' });
    const noVenue = await call(t.app, 'POST', `/api/meetings/${m.id}/seating-plans`, { as: organiser, body: { name: '主会场', venueId: 'nope' } });
    expect(noVenue.data.error.fields[0]).toMatchObject({ field: 'venueId', reason: 'unknown_reference' });
  });

  it('creates from the venue’s capacity, ranks the rostrum, auto-assigns by rank and unit, saves with a version, deletes', async () => {
    const { m, ids } = await meetingWithPeople(roster);
    const venueId = await buildVenue(t.database, t.org, { capacities: { theatre: 60 } });
    const created = await call(t.app, 'POST', `/api/meetings/${m.id}/seating-plans`, { as: organiser, body: { name: '主会场', venueId } });
    expect(created.statusCode).toBe(201);
    const plan = created.data;
    expect(plan.layout.rows * plan.layout.seatsPerRow).toBeGreaterThanOrEqual(60);
    expect(plan).toMatchObject({ version: 1, assignments: [], venueId, settings: { honourSide: 'left', blockOrder: 'strokes' } });
    expect(plan.blockOrder).toEqual(['人力资源部', '工业和信息化部', '财政部', '']);
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/seating-plans`, { as: organiser, body: { name: '主会场' } })).data.error.fields[0]).toMatchObject({ field: 'name', reason: 'duplicate' });

    // Three leaders on a 3-seat rostrum.
    const stranger = await call(t.app, 'PUT', `/api/meetings/${m.id}/protocol-ranks`, { as: organiser, body: { participantIds: [ids[0], 'nobody'] } });
    expect(stranger.data.error.fields[0]).toMatchObject({ field: 'participantIds.1', reason: 'not_a_participant' });
    const ranked = await call(t.app, 'PUT', `/api/meetings/${m.id}/protocol-ranks`, { as: organiser, body: { participantIds: [ids[6], ids[2], ids[4]] } });
    expect((ranked.data as Person[]).filter((p) => p.rank !== null).map((p) => [p.name, p.rank])).toEqual([['孙三', 2], ['周五', 3], ['郑七', 1]]);
    const layout = { ...plan.layout, rostrumRows: [3], rows: 3, seatsPerRow: 4, aisles: [2], reserved: ['1-4'] };
    const saved = await call(t.app, 'PUT', `/api/seating-plans/${plan.id}`, { as: organiser, body: { version: 1, name: '主会场', venueId, settings: plan.settings, layout, assignments: [] } });
    expect(saved.data.version).toBe(2);

    const auto = await call(t.app, 'POST', `/api/seating-plans/${plan.id}/auto-assign`, { as: organiser, body: { version: 2 } });
    expect(auto.statusCode).toBe(200);
    const name = (id: string) => roster[ids.indexOf(id)][0];
    const rostrum = (auto.data.assignments as Seat[]).filter((a) => a.area === 'rostrum').sort((a, b) => a.seat - b.seat).map((a) => name(a.participantId));
    // Seen from the audience under 左为上: 3 1 2.
    expect(rostrum).toEqual(['周五', '郑七', '孙三']);
    // The hall's first row fills from the honour side (the audience's right; seat 4 is reserved), later rows snake back and forth;
    // blocks in stroke order: 人力资源部, 工业和信息化部 (not split to leave one alone in row 1), 财政部, then no unit.
    const hall = (auto.data.assignments as Seat[]).filter((a) => a.area === 'audience').sort((a, b) => a.row - b.row || b.seat - a.seat).map((a) => `${a.row}-${a.seat} ${name(a.participantId)}`);
    // Within a block names go by 笔画 too: 吴 and 陈 both have 7 strokes, 吴 starts with 竖 and 陈 with a 折, so 吴 sits first.
    expect(hall).toEqual(['1-3 王八', '1-2 李四', '2-4 钱二', '2-3 赵一', '2-2 陈十', '2-1 吴六', '3-4 冯九']);
    expect(auto.data.unassigned).toEqual([]);

    // A stale version is refused; seats are checked against the layout and the meeting's people.
    const stale = await call(t.app, 'POST', `/api/seating-plans/${plan.id}/auto-assign`, { as: organiser, body: { version: 2 } });
    expect(stale.statusCode).toBe(409);
    const body = (assignments: Seat[]) => ({ version: 3, name: '主会场', venueId, settings: plan.settings, layout, assignments });
    const reserved = await call(t.app, 'PUT', `/api/seating-plans/${plan.id}`, { as: organiser, body: body([{ area: 'audience', row: 1, seat: 4, participantId: ids[0] }]) });
    expect(reserved.data.error.fields[0]).toMatchObject({ field: 'assignments.0.seat', reason: 'seat_reserved' });
    const outsider = await call(t.app, 'PUT', `/api/seating-plans/${plan.id}`, { as: organiser, body: body([{ area: 'audience', row: 1, seat: 1, participantId: 'x' }]) });
    expect(outsider.data.error.fields[0]).toMatchObject({ field: 'assignments.0.participantId', reason: 'not_a_participant' });
    const moved = await call(t.app, 'PUT', `/api/seating-plans/${plan.id}`, { as: organiser, body: body([{ area: 'audience', row: 3, seat: 1, participantId: ids[0] }]) });
    expect(moved.data).toMatchObject({ version: 4, assignments: [{ participantId: ids[0], row: 3, seat: 1 }] });

    // The participant sees their seat through their personal link; a wrong link says so.
    const link = (await call(t.app, 'GET', `/api/meetings/${m.id}/participants/${ids[0]}/link`, { as: organiser })).data.url as string;
    const token = link.split('/r/')[1];
    const seat = await call(t.app, 'GET', `/api/rsvp/${token}/seat`);
    expect(seat.data).toEqual({ seats: [{ planName: '主会场', venueName: expect.any(String), area: 'audience', row: 3, seat: 1 }] });
    expect((await call(t.app, 'GET', `/api/rsvp/${token.slice(0, -2)}xx/seat`)).data.error.code).toBe('link_invalid');
    // …and on the pass they show at the door.
    expect((await call(t.app, 'GET', `/api/rsvp/${token}/pass`)).data.seat).toBe('第3排1号');

    const list = await call(t.app, 'GET', `/api/meetings/${m.id}/seating-plans`, { as: member });
    expect(list.data).toEqual([expect.objectContaining({ name: '主会场', seated: 1, version: 4 })]);
    const other = await signIn(t, t.otherOrg, 'organiser');
    expect((await call(t.app, 'GET', `/api/seating-plans/${plan.id}`, { as: other })).statusCode).toBe(404);
    expect((await call(t.app, 'DELETE', `/api/seating-plans/${plan.id}`, { as: organiser })).data).toEqual({ ok: true });
    expect((await call(t.app, 'GET', `/api/seating-plans/${plan.id}`, { as: organiser })).statusCode).toBe(404);
  });

  it('a cancelled meeting’s seating can no longer change', async () => {
    const { m } = await meetingWithPeople([['甲', null]]);
    await t.database.db.updateTable('meetings').set({ status: 'cancelled' }).where('id', '=', m.id).execute();
    const res = await call(t.app, 'POST', `/api/meetings/${m.id}/seating-plans`, { as: organiser, body: { name: 'x' } });
    expect(res.data.error.fields[0]).toMatchObject({ field: 'status', reason: 'seating_not_editable' });
  });
});
