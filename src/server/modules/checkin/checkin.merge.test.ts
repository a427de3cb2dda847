import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { openDatabase } from '../../db/database';
import type { ZodApp } from '../../platform/routing';
import { TEST_DIALECT } from '../../testing/test-db';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { checkinMeeting, listsOf, postScans } from './checkin.fixture';
import { mergeScans, scanOrder, type MergeScan } from './checkin.merge';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
});
afterAll(() => t.close());

const T0 = 1_900_000_000_000;
/** Scans of a few people: times close together (ties on purpose), devices, online or offline. */
const scanSet = fc.uniqueArray(
  fc.record({ person: fc.integer({ min: 0, max: 4 }), dt: fc.integer({ min: 0, max: 6 }), device: fc.constantFrom('A', 'B', 'C'), offline: fc.boolean(), nonce: fc.stringMatching(/^[a-z0-9]{8,12}$/) }),
  { minLength: 1, maxLength: 24, selector: (s) => s.nonce },
);

describe('mergeScans (pure)', () => {
  it('whatever the order, the attendance is the earliest (scannedAt, nonce) entry and every other entry is its duplicate', () => {
    fc.assert(fc.property(scanSet, fc.integer(), (set, seed) => {
      const scans: MergeScan[] = set.map((s) => ({ id: s.nonce, nonce: s.nonce, scannedAt: T0 + s.dt * 1000, direction: 'in', offline: s.offline, toldOk: false }));
      const shuffled = fc.sample(fc.shuffledSubarray(scans, { minLength: scans.length }), { seed, numRuns: 1 })[0];
      const a = mergeScans(scans, { trackExit: false, allowReentry: false });
      const b = mergeScans(shuffled, { trackExit: false, allowReentry: false });
      expect([...b.verdicts.entries()].sort()).toEqual([...a.verdicts.entries()].sort());
      const min = [...scans].sort(scanOrder)[0];
      expect(a.attendance).toEqual({ firstScanId: min.id, firstAt: min.scannedAt, inside: true, lastAt: min.scannedAt });
      for (const s of scans) {
        const v = a.verdicts.get(s.id)!;
        if (s === min) expect(v).toEqual({ result: 'ok', duplicateOf: null, flagged: false });
        // Received together: only an offline admission is flagged.
        else expect(v).toEqual({ result: 'already', duplicateOf: min.id, flagged: s.offline });
      }
    }), { numRuns: 300 });
  });
});

describe('merging through the API', () => {
  it('any split and order of uploads gives one attendance per person, at the earliest scan, and the same stored outcomes', async () => {
    const people = Array.from({ length: 5 }, (_v, i) => ({ name: `参会人${i + 1}` }));
    const { meeting, ids, pass } = await checkinMeeting(t, people);
    let n = 0;
    await fc.assert(fc.asyncProperty(scanSet, fc.integer({ min: 1, max: 5 }), fc.integer(), async (set, batchSize, seed) => {
      const lists = (await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, { as: organiser, body: { name: `场次${++n}`, kind: 'session' } })).data;
      const listId = lists.at(-1).id as string;
      const scans = set.map((s) => ({ nonce: s.nonce, listId, pass: pass(s.person), scannedAt: T0 + s.dt * 1000, deviceId: s.device, offline: true }));
      const order = fc.sample(fc.shuffledSubarray(scans, { minLength: scans.length }), { seed, numRuns: 1 })[0];
      for (let i = 0; i < order.length; i += batchSize) {
        const res = await postScans(t, staff, order.slice(i, i + batchSize));
        expect(res.statusCode).toBe(200);
      }
      // Upload everything again, as a device that never heard back would: nothing changes.
      const replay = await postScans(t, staff, scans);
      expect(replay.outcomes.every((o) => o.replay)).toBe(true);

      const stored = await t.database.db.selectFrom('checkin_scans').select(['id', 'client_nonce', 'participant_id', 'scanned_at', 'result', 'flagged']).where('list_id', '=', listId).execute();
      expect(stored).toHaveLength(scans.length);
      const attendance = await t.database.db.selectFrom('checkin_attendance').selectAll().where('list_id', '=', listId).execute();
      const persons = [...new Set(set.map((s) => ids[s.person]))];
      expect(attendance.map((a) => a.participant_id).sort()).toEqual(persons.sort());
      for (const pid of persons) {
        const mine = stored.filter((s) => s.participant_id === pid).sort((a, b) => scanOrder({ scannedAt: Number(a.scanned_at), nonce: a.client_nonce }, { scannedAt: Number(b.scanned_at), nonce: b.client_nonce }));
        expect(attendance.find((a) => a.participant_id === pid)!.first_scan_id).toBe(mine[0].id);
        // All were offline admissions: every one but the first is flagged.
        expect(mine.map((s) => [s.result, s.flagged])).toEqual(mine.map((_s, i) => (i === 0 ? ['ok', 0] : ['already', 1])));
      }
    }), { numRuns: TEST_DIALECT === 'postgres' ? 15 : 30 });
  });

  it('20 requests for the same pass at once (two app instances on PostgreSQL): one attendance, one ok', async () => {
    const { meeting, pass } = await checkinMeeting(t, [{ name: '并发' }]);
    const [main] = await listsOf(t, staff, meeting.id);
    const apps: ZodApp[] = [t.app];
    let second: { close: () => Promise<void> } | null = null;
    if (TEST_DIALECT === 'postgres') {
      const db2 = openDatabase({ url: t.database.url, schema: t.database.schema, poolSize: 5 });
      const app2 = await buildApp({ config: t.config, database: db2, logger: false });
      apps.push(app2);
      second = { close: async () => { await app2.close(); await db2.close(); } };
    }
    try {
      const at = Date.now();
      const results = await Promise.all(Array.from({ length: 20 }, (_v, i) =>
        call(apps[i % apps.length], 'POST', '/api/checkin/scans', { as: staff, body: { scans: [{ nonce: `parallel-${i}-${at}`, listId: main.id, pass: pass(0), scannedAt: at + i, deviceId: `gate-${i}` }] } })));
      expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
      const outcomes = results.map((r) => r.data.outcomes[0]);
      expect(outcomes.every((o) => o.result === 'ok' || o.result === 'already')).toBe(true);
      const attendance = await t.database.db.selectFrom('checkin_attendance').selectAll().where('list_id', '=', main.id).execute();
      expect(attendance).toHaveLength(1);
      // The earliest scan holds the attendance; the requests run in any order, so an earlier one arriving later takes over (it is told ok)
      // and the one it displaced, which had been told ok too, is flagged: two gates let the pass in (unless both arrived in the same
      // millisecond, when the server cannot tell which it knew first).
      expect(attendance[0].first_at).toBe(at);
      const stored = await t.database.db.selectFrom('checkin_scans').select(['result', 'flagged', 'scanned_at']).where('list_id', '=', main.id).execute();
      expect(stored).toHaveLength(20);
      expect(stored.filter((s) => s.result === 'ok').map((s) => Number(s.scanned_at))).toEqual([at]);
      expect(stored.filter((s) => s.flagged).length).toBeLessThanOrEqual(outcomes.filter((o) => o.result === 'ok').length - 1);
    } finally {
      await second?.close();
    }
  });

  it('the same offline queue uploaded by two instances at once is stored once', async () => {
    const people = Array.from({ length: 40 }, (_v, i) => ({ name: `排队${i}` }));
    const { meeting, pass } = await checkinMeeting(t, people);
    const [main] = await listsOf(t, staff, meeting.id);
    const at = Date.now() - 60_000;
    const scans = people.flatMap((_p, i) => [0, 1].map((k) => ({ nonce: `queue-${i}-${k}-${at}`, listId: main.id, pass: pass(i), scannedAt: at + i * 10 + k, deviceId: `gate-${k}`, offline: true })));
    const [a, b] = await Promise.all([postScans(t, staff, scans), postScans(t, staff, [...scans].reverse())]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(await t.database.db.selectFrom('checkin_scans').select('id').where('list_id', '=', main.id).execute()).toHaveLength(80);
    const attendance = await t.database.db.selectFrom('checkin_attendance').select(['first_at']).where('list_id', '=', main.id).execute();
    expect(attendance).toHaveLength(40);
    expect(attendance.every((x) => (Number(x.first_at) - at) % 10 === 0)).toBe(true);
  });
});
