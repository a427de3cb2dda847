import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dueAt } from './tasks';
import { scheduleTasks, type SchedulableTask } from './task-schedule';

const H = 3_600_000;
const D = 24 * H;
const at = (iso: string, zone = 'UTC') => DateTime.fromISO(iso, { zone }).toMillis();
const task = (id: string, due: number, durationDays: number, dependsOn: string[] = [], extra: Partial<SchedulableTask> = {}): SchedulableTask => ({
  id, dueAt: due, durationDays, dependsOn, status: 'open', doneAt: null, ...extra,
});

describe('scheduleTasks: a hand-worked example (UTC, today 1 Mar 09:00)', () => {
  // A (2 d, due 5 Mar 17:00) → B (3 d, due 8 Mar 17:00) → D (2 d, due 10 Mar 17:00); A → C (1 d, due 7 Mar 17:00) → D.
  // Forward: EF(A) = 1 Mar 09:00 + 2 d = 3 Mar 09:00; EF(B) = 6 Mar 09:00; EF(C) = 4 Mar 09:00; EF(D) = max(6, 4) Mar 09:00 + 2 d = 8 Mar 09:00.
  // Backward: LF(D) = 10 Mar 17:00, LS(D) = 8 Mar 17:00; LF(B) = min(8 Mar, 8 Mar) 17:00, LS(B) = 5 Mar 17:00;
  //           LF(C) = min(7 Mar, 8 Mar) = 7 Mar 17:00, LS(C) = 6 Mar 17:00; LF(A) = min(5, 5, 6) = 5 Mar 17:00.
  // Slack: A 5 Mar 17:00 − 3 Mar 09:00 = 56 h; B 8 Mar 17:00 − 6 Mar 09:00 = 56 h; D 56 h; C 7 Mar 17:00 − 4 Mar 09:00 = 80 h.
  const now = at('2026-03-01T09:00');
  const tasks = [
    task('D', at('2026-03-10T17:00'), 2, ['B', 'C']),
    task('C', at('2026-03-07T17:00'), 1, ['A']),
    task('A', at('2026-03-05T17:00'), 2),
    task('B', at('2026-03-08T17:00'), 3, ['A']),
  ];
  const s = scheduleTasks(tasks, { now, zone: 'UTC' });

  it('computes the bars, earliest and latest dates and slack', () => {
    expect(s.entries.A).toMatchObject({ start: at('2026-03-03T17:00'), end: at('2026-03-05T17:00'), earliestStart: now, earliestFinish: at('2026-03-03T09:00'), latestFinish: at('2026-03-05T17:00') });
    expect(s.entries.B).toMatchObject({ earliestStart: at('2026-03-03T09:00'), earliestFinish: at('2026-03-06T09:00'), latestStart: at('2026-03-05T17:00'), latestFinish: at('2026-03-08T17:00') });
    expect(s.entries.C).toMatchObject({ earliestFinish: at('2026-03-04T09:00'), latestFinish: at('2026-03-07T17:00'), slackMs: 80 * H });
    expect(s.entries.D).toMatchObject({ earliestStart: at('2026-03-06T09:00'), earliestFinish: at('2026-03-08T09:00'), latestStart: at('2026-03-08T17:00') });
    expect([s.entries.A.slackMs, s.entries.B.slackMs, s.entries.D.slackMs]).toEqual([56 * H, 56 * H, 56 * H]);
    expect(s.entries.A.slackDays).toBeCloseTo(56 / 24);
    expect(s.minSlackDays).toBeCloseTo(56 / 24);
  });

  it('marks the least-slack chain A → B → D as critical, in order, and its edges', () => {
    expect(s.criticalPath).toEqual(['A', 'B', 'D']);
    expect(Object.values(s.entries).filter((e) => e.critical).map((e) => e.id).sort()).toEqual(['A', 'B', 'D']);
    expect(s.order).toEqual(['A', 'B', 'C', 'D']);
    expect(s.edges).toEqual([
      { from: 'A', to: 'B', critical: true }, { from: 'A', to: 'C', critical: false },
      { from: 'B', to: 'D', critical: true }, { from: 'C', to: 'D', critical: false },
    ]);
    expect(Object.values(s.entries).some((e) => e.atRisk)).toBe(false);
    expect(s.cycleEdges).toEqual([]);
  });
});

describe('scheduleTasks: the seed chain venue → meeting_notice → attendee_confirm (Asia/Shanghai)', () => {
  const zone = 'Asia/Shanghai';
  const start = at('2026-06-15T09:00', zone);
  const T = (days: number, time = '17:00') => dueAt(start, days, time, zone);
  const chain = (extra: Record<string, Partial<SchedulableTask>> = {}) => [
    task('venue', T(-14), 3, [], extra.venue),
    task('meeting_notice', T(-10), 2, ['venue'], extra.meeting_notice),
    task('attendee_confirm', T(-7), 3, ['meeting_notice'], extra.attendee_confirm),
  ];

  it('three weeks ahead, the venue (slack 3 d 8 h) is the tightest; the rest have 5 d 8 h', () => {
    const s = scheduleTasks(chain(), { now: T(-20, '09:00'), zone });
    expect(s.entries.venue.slackMs).toBe(3 * D + 8 * H);
    expect(s.entries.meeting_notice.slackMs).toBe(5 * D + 8 * H);
    expect(s.entries.attendee_confirm.slackMs).toBe(5 * D + 8 * H);
    expect(s.entries.meeting_notice.latestFinish).toBe(T(-10)); // min(own due T−10, LS(attendee_confirm) = T−7 − 3 d)
    expect(s.entries.venue.latestFinish).toBe(T(-14)); // min(T−14, LS(meeting_notice) = T−12)
    expect(s.criticalPath).toEqual(['venue']);
  });

  it('with the venue overdue, everything is at risk and the notice is blocked by it', () => {
    const s = scheduleTasks(chain(), { now: T(-13, '09:00'), zone });
    // EF(venue) = T−13 09:00 + 3 d = T−10 09:00; its due is T−14 17:00: −3 d 16 h. EF(notice) = T−8 09:00 vs T−10 17:00: −1 d 16 h.
    expect(s.entries.venue.slackMs).toBe(-(3 * D + 16 * H));
    expect(s.entries.meeting_notice.slackMs).toBe(-(D + 16 * H));
    expect(s.entries.attendee_confirm.slackMs).toBe(-(D + 16 * H));
    expect(Object.values(s.entries).every((e) => e.atRisk)).toBe(true);
    expect(s.criticalPath).toEqual(['venue']);
    expect(s.entries.meeting_notice.blockedBy).toEqual(['venue']);
    expect(s.entries.attendee_confirm.blockedBy).toEqual([]); // the notice is not overdue yet
  });

  it('a done task is fixed at doneAt and constrains nothing; the rest of the chain becomes critical', () => {
    const s = scheduleTasks(chain({ venue: { status: 'done', doneAt: T(-15, '10:00') } }), { now: T(-13, '09:00'), zone });
    expect(s.entries.venue).toMatchObject({ earliestFinish: T(-15, '10:00'), latestFinish: null, slackMs: null, critical: false, atRisk: false, blockedBy: [] });
    // EF(notice) = now + 2 d = T−11 09:00, LF = T−10 17:00: 1 d 8 h; EF(attendee) = T−8 09:00, LF = T−7 17:00: 1 d 8 h.
    expect(s.entries.meeting_notice.earliestStart).toBe(T(-13, '09:00'));
    expect(s.entries.meeting_notice.slackMs).toBe(D + 8 * H);
    expect(s.entries.attendee_confirm.slackMs).toBe(D + 8 * H);
    expect(s.criticalPath).toEqual(['meeting_notice', 'attendee_confirm']);
    expect(s.edges).toEqual([
      { from: 'venue', to: 'meeting_notice', critical: false },
      { from: 'meeting_notice', to: 'attendee_confirm', critical: true },
    ]);
  });

  it('a cancelled task is ignored and its edges skipped', () => {
    const s = scheduleTasks(chain({ meeting_notice: { status: 'cancelled' } }), { now: T(-20, '09:00'), zone });
    expect(s.entries.meeting_notice).toMatchObject({ earliestFinish: null, latestFinish: null, slackDays: null, critical: false, start: T(-12) });
    expect(s.entries.attendee_confirm.earliestStart).toBe(T(-20, '09:00')); // no longer waits for the venue through the notice
    expect(s.entries.venue.latestFinish).toBe(T(-14));
    expect(s.order).toEqual(['venue', 'attendee_confirm']);
    expect(s.edges).toEqual([]);
  });
});

describe('scheduleTasks: cycles', () => {
  it('drops the back edge deterministically, reports it, and still schedules', () => {
    const now = at('2026-03-01T09:00');
    // A (due 5 Mar) depends on C (due 9 Mar), which depends on B, which depends on A.
    const tasks = [task('A', at('2026-03-05T17:00'), 1, ['C']), task('B', at('2026-03-07T17:00'), 1, ['A']), task('C', at('2026-03-09T17:00'), 1, ['B'])];
    const s = scheduleTasks(tasks, { now, zone: 'UTC' });
    expect(s.cycleEdges).toEqual([{ from: 'C', to: 'A' }]);
    expect(s.order).toEqual(['A', 'B', 'C']);
    expect(s.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['A>B', 'B>C']);
    expect(scheduleTasks([...tasks].reverse(), { now, zone: 'UTC' })).toEqual(s);
  });

  it('a self-dependency is a cycle too; unknown ids are ignored', () => {
    const s = scheduleTasks([task('A', at('2026-03-05T17:00'), 1, ['A', 'ghost'])], { now: at('2026-03-01T09:00'), zone: 'UTC' });
    expect(s.cycleEdges).toEqual([{ from: 'A', to: 'A' }]);
    expect(s.criticalPath).toEqual(['A']);
  });

  it('a long chain does not overflow the stack', () => {
    const n = 5_000;
    const tasks = Array.from({ length: n }, (_, i) => task(`t${String(i).padStart(5, '0')}`, at('2026-03-01T17:00') + i * D, 1, i > 0 ? [`t${String(i - 1).padStart(5, '0')}`] : []));
    const s = scheduleTasks(tasks, { now: at('2026-03-01T09:00'), zone: 'UTC' });
    expect(s.order).toHaveLength(n);
  });
});

describe('scheduleTasks: daylight saving (America/New_York, clocks forward on 8 Mar 2026)', () => {
  const zone = 'America/New_York';
  const ny = (iso: string) => at(iso, zone);

  it('a duration is calendar days: 3 days before 10 Mar 17:00 EDT is 7 Mar 17:00 EST, 71 hours', () => {
    const s = scheduleTasks([task('A', ny('2026-03-10T17:00'), 3)], { now: ny('2026-03-01T09:00'), zone });
    expect(s.entries.A.start).toBe(ny('2026-03-07T17:00'));
    expect(s.entries.A.end - s.entries.A.start).toBe(71 * H);
    const solo = scheduleTasks([task('A', ny('2026-03-10T17:00'), 1)], { now: ny('2026-03-05T17:00'), zone });
    expect(solo.entries.A.slackDays).toBe(4); // 6 Mar 17:00 → 10 Mar 17:00: four calendar days …
    expect(solo.entries.A.slackMs).toBe(4 * D - H); // … of 95 hours
  });

  it('slack along a chain compares in calendar days, so both ends of the chain are critical', () => {
    // now 6 Mar 17:00 EST. A (1 d, due 12 Mar) → B (2 d, due 12 Mar). EF(A) = 7 Mar 17:00 EST; EF(B) = 9 Mar 17:00 EDT (47 h later).
    // LS(B) = 10 Mar 17:00 EDT = LF(A). Slack(A) = 7 Mar 17:00 EST → 10 Mar 17:00 EDT = 3 days (71 h); slack(B) = 9 → 12 Mar = 3 days (72 h).
    const s = scheduleTasks([task('A', ny('2026-03-12T17:00'), 1), task('B', ny('2026-03-12T17:00'), 2, ['A'])], { now: ny('2026-03-06T17:00'), zone });
    expect(s.entries.B.earliestFinish).toBe(ny('2026-03-09T17:00'));
    expect([s.entries.A.slackDays, s.entries.B.slackDays]).toEqual([3, 3]);
    expect([s.entries.A.slackMs, s.entries.B.slackMs]).toEqual([71 * H, 72 * H]);
    expect(s.criticalPath).toEqual(['A', 'B']);
  });
});

describe('scheduleTasks: properties', () => {
  const zones = ['UTC', 'Asia/Shanghai', 'America/New_York'] as const;
  const base = at('2026-02-20T00:00');
  // Up to 14 tasks with arbitrary dependencies (cycles included), statuses, durations and due hours within a month around the DST change.
  const plan = fc.integer({ min: 1, max: 14 }).chain((n) =>
    fc.tuple(
      fc.array(
        fc.record({
          dueHour: fc.integer({ min: 0, max: 30 * 24 }), dur: fc.integer({ min: 0, max: 6 }), status: fc.constantFrom('open', 'open', 'open', 'done', 'cancelled'),
          deps: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), doneHour: fc.integer({ min: 0, max: 20 * 24 }),
        }),
        { minLength: n, maxLength: n },
      ),
      fc.integer({ min: 0, max: 25 * 24 }), fc.constantFrom(...zones),
    ).map(([rows, nowHour, zone]) => ({
      zone, now: base + nowHour * H,
      tasks: rows.map((r, i): SchedulableTask => ({
        id: `t${i}`, dueAt: base + r.dueHour * H, durationDays: r.dur, dependsOn: r.deps.map((d) => `t${d}`),
        status: r.status as SchedulableTask['status'], doneAt: r.status === 'done' ? base + r.doneHour * H : null,
      })),
    })),
  );

  it('critical tasks are exactly the open tasks with the least slack; there is one whenever a task is open', () => {
    fc.assert(fc.property(plan, ({ tasks, now, zone }) => {
      const s = scheduleTasks(tasks, { now, zone });
      const open = Object.values(s.entries).filter((e) => e.slackDays !== null);
      const min = Math.min(...open.map((e) => e.slackDays!));
      for (const e of open) expect(e.critical).toBe(e.slackDays === min);
      expect(s.criticalPath.length > 0).toBe(open.length > 0);
      for (const e of Object.values(s.entries)) expect(e.atRisk).toBe(e.slackDays !== null && e.slackDays < 0);
    }), { numRuns: 300 });
  });

  it('no task may finish later than any open successor can start, nor earlier than its open dependencies finish', () => {
    fc.assert(fc.property(plan, ({ tasks, now, zone }) => {
      const s = scheduleTasks(tasks, { now, zone });
      const st = new Map(tasks.map((t) => [t.id, t.status]));
      for (const { from, to } of s.edges) {
        const p = s.entries[from];
        const q = s.entries[to];
        if (st.get(from) === 'open' && st.get(to) === 'open') {
          expect(p.latestFinish!).toBeLessThanOrEqual(q.latestStart!); // slack(from) ≤ slack implied by the successor: LS(to) − EF(from)
          expect(q.earliestStart!).toBeGreaterThanOrEqual(p.earliestFinish!);
        }
      }
      for (const e of Object.values(s.entries)) if (e.latestFinish !== null) expect(e.latestFinish).toBeLessThanOrEqual(e.end);
      // Every live task is scheduled once; the kept edges are acyclic (order is topological).
      const pos = new Map(s.order.map((id, i) => [id, i]));
      expect(pos.size).toBe(tasks.filter((t) => t.status !== 'cancelled').length);
      for (const { from, to } of s.edges) expect(pos.get(from)!).toBeLessThan(pos.get(to)!);
    }), { numRuns: 300 });
  });

  it('the result does not depend on the order of the input', () => {
    fc.assert(fc.property(plan.chain((p) => fc.shuffledSubarray(p.tasks, { minLength: p.tasks.length }).map((shuffled) => ({ ...p, shuffled }))), ({ tasks, shuffled, now, zone }) => {
      expect(scheduleTasks(shuffled, { now, zone })).toEqual(scheduleTasks(tasks, { now, zone }));
    }), { numRuns: 300 });
  });
});
