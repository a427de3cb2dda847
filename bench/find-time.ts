// `npm run bench:find-time`: "find a time" for 1,000 attendees (~40 busy intervals each) and 50 rooms
// over two weeks, including the database reads; then the same with everything doubled, in one run.
// DATABASE_URL selects PostgreSQL (a fresh schema); otherwise an in-memory SQLite database.
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { findTime } from '../src/server/modules/scheduling';
import { createOrg } from '../src/server/modules/org';
import { insertAccount } from '../src/server/modules/users';
import { newId, newToken } from '../src/server/platform/ids';
import type { Ctx } from '../src/server/platform/context';
import { quantile } from './lib';

const ZONE = 'Asia/Shanghai';
const DAY = 86_400_000;
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!process.env.DATABASE_URL) {
    const database = openDatabase({ sqlitePath: ':memory:' });
    return { database, drop: () => database.close() };
  }
  const schema = `bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query('create extension if not exists btree_gist with schema public').catch(() => undefined);
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase({ url: process.env.DATABASE_URL, schema });
  return {
    database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** An organisation with `people` people each in ~40 meetings over the window, and `rooms` rooms with ~20 bookings each. */
async function populate(database: Database, people: number, rooms: number, from: number): Promise<Ctx> {
  const { db } = database;
  const now = Date.now();
  const org = await createOrg(db, { name: `bench-${people}`, timeZone: ZONE }, now);
  const user = await insertAccount(db, { orgId: org.id, username: `bench-${people}-${newToken().slice(0, 6)}`, displayName: 'bench', password: 'bench-password-1', roles: ['organiser'] }, now);
  const personIds = Array.from({ length: people }, () => newId());
  for (let i = 0; i < people; i += 500) {
    await db.insertInto('people').values(personIds.slice(i, i + 500).map((id, k) => ({ id, org_id: org.id, kind: 'staff', name: `员工${i + k}`, department_id: null, unit: null, title: null, phone: null, email: null, is_active: 1, created_at: now, updated_at: now }))).execute();
  }
  const slot = () => {
    const day = DateTime.fromMillis(from, { zone: ZONE }).plus({ days: Math.floor(rand() * 14) });
    const start = day.set({ hour: 8 + Math.floor(rand() * 9), minute: [0, 15, 30, 45][Math.floor(rand() * 4)] }).toMillis();
    return [start, start + (30 + Math.floor(rand() * 4) * 30) * 60_000] as const;
  };
  // Each meeting has 20 participants; people × 40 / 20 meetings give each person about 40 busy intervals.
  const meetings = (people * 40) / 20;
  const meetingRows = [];
  const participantRows = [];
  for (let m = 0; m < meetings; m++) {
    const [s, e] = slot();
    const id = newId();
    meetingRows.push({ id, org_id: org.id, series_id: null, occurrence_index: null, detached: 0, title: `会议${m}`, theme: null, purpose: null, kind: 'report', scope: 'internal', status: 'approved', start_at: s, end_at: e, time_zone: ZONE, place: null, host_person_id: null, department_id: null, expected_size: 20, notes: null, cancel_reason: null, created_by: user.id, created_at: now, updated_at: now, version: 1 });
    const members = new Set<number>();
    while (members.size < 20) members.add(Math.floor(rand() * people));
    for (const p of members) participantRows.push({ id: newId(), org_id: org.id, meeting_id: id, person_id: personIds[p], role: 'participant', required: 1, group_name: null, attendance: 'invited', reply_json: null, answered_at: null, answered_by_user_id: null, rsvp_epoch: 0, pass_epoch: 0, protocol_rank: null, created_at: now, updated_at: null });
  }
  for (let i = 0; i < meetingRows.length; i += 200) await db.insertInto('meetings').values(meetingRows.slice(i, i + 200)).execute();
  for (let i = 0; i < participantRows.length; i += 500) await db.insertInto('meeting_participants').values(participantRows.slice(i, i + 500)).execute();
  for (let r = 0; r < rooms; r++) {
    const venueId = newId();
    await db.insertInto('venues').values({ id: venueId, org_id: org.id, name: `会议室${r}`, building: null, floor: null, address: null, kind: 'internal', capacities_json: JSON.stringify({ boardroom: 8 + (r % 5) * 8 }), equipment_json: JSON.stringify(r % 2 ? ['projector'] : []), cost_half_day_fen: null, cost_day_fen: null, contact_name: null, contact_phone: null, notes: null, rules_json: JSON.stringify({ maxAdvanceDays: 30 }), requires_approval: 0, checkin_required: 0, door_token: newToken(), is_active: 1, created_at: now, updated_at: now, version: 1 }).execute();
    let t = from;
    for (let b = 0; b < 20; b++) {
      t += Math.floor(rand() * 14 * DAY / 20);
      const [s, e] = [t, t + 3_600_000];
      await db.insertInto('bookings').values({ id: newId(), org_id: org.id, venue_id: venueId, meeting_id: null, title: 'x', start_at: s, end_at: e, block_start: s, block_end: e, status: 'confirmed', layout: null, attendee_count: null, booked_by: user.id, hold_expires_at: null, checked_in_at: null, checked_in_by: null, decided_by: null, decision_reason: null, cancel_reason: null, created_at: now, updated_at: now, version: 1 }).execute();
      t = e;
    }
  }
  const ctx: Ctx = { db, dialect: database.dialect, lang: 'zh-CN', now: () => now, actor: { userId: user.id, orgId: org.id, name: 'bench', roles: ['organiser'], personId: null } };
  return Object.assign(ctx, { personIds });
}

async function measure(ctx: Ctx & { personIds?: string[] }, from: number, required: number, runs = 7) {
  const ids = (ctx as { personIds: string[] }).personIds;
  const body = {
    requiredPersonIds: ids.slice(0, required), optionalPersonIds: ids.slice(required), durationMinutes: 60, from, to: from + 14 * DAY,
    departmentIds: [], room: { capacity: 12, layout: 'boardroom' as const }, limit: 20,
  };
  const times: number[] = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await findTime(ctx, body);
    times.push(performance.now() - t);
  }
  const { busyOfPeople } = await import('../src/server/modules/meetings');
  const reads: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await busyOfPeople(ctx.db, ctx.actor.orgId, ids, from, from + 15 * DAY);
    reads.push(performance.now() - t);
  }
  console.log(`  (reading ${ids.length} people's meetings alone: ${quantile(reads, 0.5).toFixed(1)} ms)`);
  return { median: quantile(times, 0.5), suggestions: last!.suggestions.length, reason: last!.reason, candidates: last!.candidatesChecked };
}

const { database, drop } = await open();
try {
  await migrateToLatest(database.db);
  const from = DateTime.now().setZone(ZONE).plus({ days: 1 }).startOf('day').toMillis();
  const small = await populate(database, 1000, 50, from);
  const big = await populate(database, 2000, 100, from);
  const a = await measure(small, from, 10);
  const b = await measure(big, from, 20);
  console.log(`database: ${database.dialect}; two-week window, 60-minute meeting, 10/20 required attendees, room for 12`);
  console.log(`1,000 attendees, 50 rooms:  ${a.median.toFixed(1)} ms (median of 7, incl. reads)  → ${a.suggestions} suggestions from ${a.candidates} candidate starts${a.reason ? `, ${a.reason}` : ''}`);
  console.log(`2,000 attendees, 100 rooms: ${b.median.toFixed(1)} ms  → ${b.suggestions} suggestions from ${b.candidates} candidate starts${b.reason ? `, ${b.reason}` : ''}`);
  console.log(`ratio when the input doubles: ${(b.median / a.median).toFixed(2)}`);
  fs.writeFileSync(path.join(import.meta.dirname, 'results', `find-time-${database.dialect}.json`), JSON.stringify({ at: new Date().toISOString(), small: a, big: b, ratio: b.median / a.median }, null, 2) + '\n');
} finally {
  await drop();
}
