import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { findTimes, type FindTimeInput, type RoomCandidate, type RoomLayout, type RoomRules } from './find-time';
import type { Interval } from './intervals';

const SH = 'Asia/Shanghai';
const at = (iso: string, zone = SH) => DateTime.fromISO(iso, { zone }).toMillis();
const local = (ms: number, zone = SH) => DateTime.fromMillis(ms, { zone }).toFormat("ccc HH:mm");
const span = (a: string, b: string, zone = SH): Interval => [at(a, zone), at(b, zone)];

const RULES: RoomRules = { bookableStart: '07:00', bookableEnd: '23:00', minMinutes: 30, maxMinutes: 300, maxAdvanceDays: null, setupMinutes: 0, cleanupMinutes: 0 };
const room = (id: string, over: Partial<RoomCandidate> = {}, rules: Partial<RoomRules> = {}): RoomCandidate => ({
  id, capacities: { boardroom: 20 }, equipment: [], busy: [], closures: [], ...over, rules: { ...RULES, ...rules },
});
// Monday 2026-12-07 to Wednesday 00:00 in Shanghai, 08:00–18:00 on weekdays, no one busy.
const base = (over: Partial<FindTimeInput> = {}): FindTimeInput => ({
  now: at('2026-12-01T00:00'), timeZone: SH, window: span('2026-12-07T00:00', '2026-12-09T00:00'), durationMinutes: 60,
  required: [], optional: [], workingHours: { start: '08:00', end: '18:00', weekdays: [1, 2, 3, 4, 5] }, rooms: [], limit: 500, ...over,
});
const starts = (input: FindTimeInput, zone = SH) => findTimes(input).suggestions.map((s) => local(s.start, zone));

describe('findTimes: candidate starts', () => {
  it('offers only 09:10 and 14:10 under the multi-department start-time rule', () => {
    const input = base({ startTimes: ['14:10', '09:10'], required: [[span('2026-12-07T09:00', '2026-12-07T10:00')]] });
    expect(starts(input)).toEqual(['Mon 14:10', 'Tue 09:10', 'Tue 14:10']);
    expect(findTimes(input).candidatesChecked).toBe(4);
  });

  it('keeps slots inside working hours and working days, after now, on the step grid', () => {
    const input = base({
      window: span('2026-12-05T00:00', '2026-12-08T00:00'), // Saturday to Tuesday
      now: at('2026-12-07T09:40'), stepMinutes: 30, workingHours: { start: '09:00', end: '12:00', weekdays: [1, 2, 3, 4, 5] },
    });
    expect(starts(input)).toEqual(['Mon 10:00', 'Mon 10:30', 'Mon 11:00']);
    const s = findTimes(input).suggestions[0];
    expect(s.end - s.start).toBe(3_600_000);
    expect(s).toMatchObject({ roomId: null, otherRoomIds: [], optionalFree: 0, optionalFreeIndexes: [] });
  });

  it('walks local clock time across a Berlin DST day: skips the missing hour, offers the repeated one twice', () => {
    const zone = 'Europe/Berlin';
    const day = (d: string): FindTimeInput =>
      base({ timeZone: zone, now: 0, window: span(`${d}T00:00`, `${d}T23:59`, zone), stepMinutes: 30, durationMinutes: 30, workingHours: { start: '00:00', end: '24:00', weekdays: [7] } });
    const spring = findTimes(day('2026-03-29'));
    expect(spring.candidatesChecked).toBe(23 * 2 - 1); // 23 real hours; 23:30 runs past the window end
    expect(spring.suggestions.map((s) => local(s.start, zone)).slice(3, 6)).toEqual(['Sun 01:30', 'Sun 03:00', 'Sun 03:30']);
    const autumn = findTimes(day('2026-10-25'));
    expect(autumn.candidatesChecked).toBe(25 * 2 - 1);
    expect(autumn.suggestions.map((s) => local(s.start, zone)).slice(4, 10)).toEqual(['Sun 02:00', 'Sun 02:30', 'Sun 02:00', 'Sun 02:30', 'Sun 03:00', 'Sun 03:30']);
    // Working hours that begin or end inside the missing hour begin or end when the clock jumps.
    const gap = (start: string, end: string, step: number) => findTimes({ ...day('2026-03-29'), stepMinutes: step, workingHours: { start, end, weekdays: [7] } });
    expect(gap('02:30', '24:00', 1).suggestions.map((s) => local(s.start, zone))[0]).toBe('Sun 03:00');
    expect(gap('00:00', '02:30', 30).suggestions.map((s) => local(s.start, zone)).at(-1)).toBe('Sun 01:30');
    // A fixed 09:10 stays 09:10 local across the change: the UTC gap is an hour short of a day.
    const week = findTimes(base({ timeZone: zone, now: 0, window: span('2026-03-28T00:00', '2026-03-31T00:00', zone), startTimes: ['09:10'], workingHours: { start: '08:00', end: '18:00', weekdays: [1, 2, 3, 4, 5, 6, 7] } }));
    expect(week.suggestions.map((s) => local(s.start, zone))).toEqual(['Sat 09:10', 'Sun 09:10', 'Mon 09:10']);
    expect(week.suggestions[1].start - week.suggestions[0].start).toBe(23 * 3_600_000);
  });
});

describe('findTimes: rooms and ranking', () => {
  const mon = (hhmm: string) => at(`2026-12-07T${hhmm}`);

  it('chooses the smallest fitting room, then fewer extra equipment, then id', () => {
    const rooms = [
      room('big', { capacities: { theatre: 200, boardroom: 40 }, equipment: ['projector', 'video', 'mic'] }),
      room('b-small', { capacities: { boardroom: 12 }, equipment: ['projector', 'video'] }),
      room('a-small', { capacities: { boardroom: 12 }, equipment: ['projector', 'video'] }),
      room('c-small', { capacities: { boardroom: 12 }, equipment: ['projector'] }),
      room('tiny', { capacities: { boardroom: 6 }, equipment: ['projector'] }),
      room('theatre-only', { capacities: { theatre: 15 }, equipment: ['projector'] }),
    ];
    const s = findTimes(base({ rooms, room: { capacity: 10, layout: 'boardroom', equipment: ['projector'] } })).suggestions[0];
    expect(s.roomId).toBe('c-small');
    expect(s.otherRoomIds).toEqual(['a-small', 'b-small', 'big']);
    // Without a layout a room counts with its largest one.
    expect(findTimes(base({ rooms, room: { capacity: 100 } })).suggestions[0].roomId).toBe('big');
    expect(findTimes(base({ rooms, room: { capacity: 13 } })).suggestions[0]).toMatchObject({ roomId: 'theatre-only', otherRoomIds: ['big'] });
  });

  it('honours setup and cleanup buffers around existing bookings', () => {
    const booked = room('r1', { busy: [[mon('10:00'), mon('11:00')]] }, { setupMinutes: 15, cleanupMinutes: 15 });
    const input = base({ window: [mon('09:00'), mon('13:00')], stepMinutes: 30, rooms: [booked], room: { capacity: 5 } });
    // 09:00–10:00 needs cleanup until 10:15 and 11:00–12:00 needs setup from 10:45: both clash; 11:30 is the first after.
    expect(starts(input)).toEqual(['Mon 11:30', 'Mon 12:00']);
    const spare = room('r2', { capacities: { boardroom: 50 } });
    expect(findTimes({ ...input, rooms: [booked, spare] }).suggestions.map((s) => [local(s.start), s.roomId, s.otherRoomIds])).toEqual([
      ['Mon 09:00', 'r2', []], ['Mon 09:30', 'r2', []], ['Mon 10:00', 'r2', []], ['Mon 10:30', 'r2', []], ['Mon 11:00', 'r2', []],
      ['Mon 11:30', 'r1', ['r2']], ['Mon 12:00', 'r1', ['r2']],
    ]);
  });

  it('ranks by optional attendees free, then by start, and honours the limit', () => {
    const input = base({
      window: [mon('09:00'), mon('13:00')], stepMinutes: 60,
      optional: [[[mon('09:00'), mon('10:00')]], [[mon('10:30'), mon('09:30')], [mon('09:30'), mon('10:30')]], []],
      limit: 3,
    });
    expect(findTimes(input).suggestions.map((s) => [local(s.start), s.optionalFree, s.optionalFreeIndexes])).toEqual([
      ['Mon 11:00', 3, [0, 1, 2]], ['Mon 12:00', 3, [0, 1, 2]], ['Mon 10:00', 2, [0, 2]],
    ]);
  });

  it('counts an optional attendee once however many of their bookings touch the slot', () => {
    const input = base({
      window: [mon('09:00'), mon('11:00')], stepMinutes: 60,
      optional: [[[mon('09:00'), mon('09:10')], [mon('09:20'), mon('09:30')], [mon('09:40'), mon('09:50')]], [[mon('10:00'), mon('10:30')]], [[mon('10:30'), mon('11:00')]]],
    });
    expect(findTimes(input).suggestions.map((s) => [local(s.start), s.optionalFree])).toEqual([['Mon 09:00', 2], ['Mon 10:00', 1]]);
  });

  it('says which stage eliminated everything', () => {
    const reason = (over: Partial<FindTimeInput>) => findTimes(base({ room: { capacity: 10 }, rooms: [room('r1')], ...over })).reason;
    expect(reason({})).toBeUndefined();
    expect(reason({ workingHours: { start: '08:00', end: '18:00', weekdays: [6, 7] } })).toBe('window_empty');
    expect(reason({ now: at('2026-12-10T00:00') })).toBe('window_empty');
    expect(reason({ durationMinutes: 11 * 60 })).toBe('window_empty');
    expect(reason({ required: [[], [span('2026-12-07T07:00', '2026-12-09T00:00')]] })).toBe('required_busy');
    expect(reason({ room: { capacity: 30 } })).toBe('no_room_fits');
    expect(reason({ room: { capacity: 10, equipment: ['video'] } })).toBe('no_room_fits');
    expect(reason({ room: { capacity: 10, layout: 'theatre' } })).toBe('no_room_fits');
    expect(reason({ rooms: [room('r1', {}, { maxMinutes: 45 })] })).toBe('room_rules');
    expect(reason({ rooms: [room('r1', {}, { bookableStart: '19:00' })] })).toBe('room_rules');
    expect(reason({ rooms: [room('r1', {}, { maxAdvanceDays: 3 })] })).toBe('room_rules');
    expect(reason({ rooms: [room('r1', { closures: [span('2026-12-01T00:00', '2026-12-31T00:00')] })] })).toBe('rooms_busy');
    expect(reason({ rooms: [room('r1', { busy: [span('2026-12-07T08:00', '2026-12-08T18:00')] })] })).toBe('rooms_busy');
  });

  it('refuses malformed input with a RangeError', () => {
    expect(() => findTimes(base({ timeZone: 'Mars/Olympus' }))).toThrow(RangeError);
    expect(() => findTimes(base({ startTimes: ['9:10'] }))).toThrow(RangeError);
    expect(() => findTimes(base({ stepMinutes: 0 }))).toThrow(RangeError);
    expect(() => findTimes(base({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => findTimes(base({ limit: 0 }))).toThrow(RangeError);
  });
});

// ---- Property: agree with a brute force that walks every minute of every slot ----

const MIN = 60_000;
const LAYOUTS: RoomLayout[] = ['theatre', 'classroom', 'u_shape', 'boardroom', 'banquet'];
const EQUIPMENT = ['projector', 'video', 'mic'];
// Working and bookable bounds stay clear of the zones' DST hours, where "the first instant at or after
// 02:30" and "minutes reading 02:30 or later" part ways; starts (below) do fall into those hours.
const BOUND_START = ['00:00', '07:00', '08:30', '09:00', '11:00'];
const BOUND_END = ['12:00', '17:00', '18:00', '20:00', '24:00'];
const clock = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

type Expected = { candidates: number; valid: Map<number, { rooms: string[]; optional: number[] }>; reason?: string };

/** The definition, minute by minute: slow, obvious, and written without the sweep. */
function bruteForce(input: FindTimeInput): Expected {
  const [w0, w1] = input.window;
  const dur = input.durationMinutes;
  const readings = new Map<number, { date: string; clock: number; weekday: number }>();
  for (let t = w0; t < w1; t += MIN) {
    const d = DateTime.fromMillis(t, { zone: input.timeZone });
    readings.set(t, { date: d.toISODate()!, clock: d.hour * 60 + d.minute, weekday: d.weekday });
  }
  const minutes = (list: readonly Interval[]) => {
    const set = new Set<number>();
    for (const [s, e] of list) for (let t = s; t < e; t += MIN) set.add(t);
    return set;
  };
  const freeFor = (set: Set<number>, from: number, to: number) => {
    for (let t = from; t < to; t += MIN) if (set.has(t)) return false;
    return true;
  };
  const withinHours = (t: number, start: string, end: string) => {
    const date = readings.get(t)!.date;
    for (let u = t; u < t + dur * MIN; u += MIN) {
      const r = readings.get(u)!;
      if (r.date !== date || r.clock < clock(start) || r.clock >= clock(end)) return false;
    }
    return true;
  };
  const wh = input.workingHours;
  const onGrid = (c: number) => (input.startTimes ? input.startTimes.map(clock).includes(c) : c % (input.stepMinutes ?? 15) === 0);
  const candidates: number[] = [];
  for (let t = w0; t + dur * MIN <= w1; t += MIN) {
    const r = readings.get(t)!;
    if (t >= input.now && wh.weekdays.includes(r.weekday) && onGrid(r.clock) && withinHours(t, wh.start, wh.end)) candidates.push(t);
  }
  const required = input.required.map(minutes);
  const free = candidates.filter((t) => required.every((set) => freeFor(set, t, t + dur * MIN)));
  const want = input.room;
  const fitting = input.rooms
    .map((room) => {
      const caps = want?.layout ? [room.capacities[want.layout] ?? 0] : Object.values(room.capacities);
      const extra = room.equipment.filter((e) => !want?.equipment?.includes(e)).length;
      return { room, size: Math.max(0, ...caps), extra, blocked: minutes([...room.busy, ...room.closures]) };
    })
    .filter((r) => want && r.size >= want.capacity && (want.equipment ?? []).every((e) => r.room.equipment.includes(e)))
    .sort((a, b) => a.size - b.size || a.extra - b.extra || (a.room.id < b.room.id ? -1 : 1));
  const rulesAllow = (r: (typeof fitting)[number], t: number) => {
    const rules = r.room.rules;
    const limit = rules.maxAdvanceDays === null ? Infinity : input.now + rules.maxAdvanceDays * 86_400_000;
    return dur >= rules.minMinutes && dur <= rules.maxMinutes && t <= limit && withinHours(t, rules.bookableStart, rules.bookableEnd);
  };
  const usable = (t: number) =>
    fitting.filter((r) => rulesAllow(r, t) && freeFor(r.blocked, t - r.room.rules.setupMinutes * MIN, t + (dur + r.room.rules.cleanupMinutes) * MIN)).map((r) => r.room.id);
  const optionalSets = input.optional.map(minutes);
  const valid = new Map<number, { rooms: string[]; optional: number[] }>();
  for (const t of free) {
    const rooms = want ? usable(t) : [];
    if (want && rooms.length === 0) continue;
    const optional = optionalSets.map((set, i) => (freeFor(set, t, t + dur * MIN) ? i : -1)).filter((i) => i >= 0);
    valid.set(t, { rooms, optional });
  }
  let reason: string | undefined;
  if (candidates.length === 0) reason = 'window_empty';
  else if (free.length === 0) reason = 'required_busy';
  else if (want && fitting.length === 0) reason = 'no_room_fits';
  else if (want && !free.some((t) => fitting.some((r) => rulesAllow(r, t)))) reason = 'room_rules';
  else if (valid.size === 0) reason = 'rooms_busy';
  return { candidates: candidates.length, valid, reason };
}

const spanArb = fc.tuple(fc.integer({ min: -300, max: 4500 }), fc.integer({ min: 1, max: 300 }));
const spans = fc.array(spanArb, { maxLength: 5 });
const roomArb = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'),
  capacities: fc.record({ theatre: fc.constantFrom(10, 20, 30), boardroom: fc.constantFrom(10, 20), banquet: fc.constantFrom(20, 40) }, { requiredKeys: [] }),
  equipment: fc.subarray(EQUIPMENT),
  busy: fc.array(spanArb, { maxLength: 3 }),
  closures: fc.array(fc.tuple(fc.integer({ min: -300, max: 4500 }), fc.integer({ min: 1, max: 3000 })), { maxLength: 1 }),
  rules: fc.record({
    bookableStart: fc.constantFrom(...BOUND_START), bookableEnd: fc.constantFrom(...BOUND_END),
    minMinutes: fc.constantFrom(10, 15, 30, 60), maxMinutes: fc.constantFrom(60, 180, 300),
    maxAdvanceDays: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 2 }),
    setupMinutes: fc.constantFrom(0, 10, 15, 30), cleanupMinutes: fc.constantFrom(0, 10, 15, 30),
  }),
});
const inputArb = fc.record({
  // Days with a DST change (Lord Howe's is half an hour) and an ordinary one.
  zoneDay: fc.constantFrom(['Europe/Berlin', '2026-03-29'], ['Europe/Berlin', '2026-10-25'], ['America/New_York', '2026-11-01'], ['Australia/Lord_Howe', '2026-04-05'], ['Australia/Lord_Howe', '2026-10-04'], [SH, '2026-12-07']),
  shift: fc.integer({ min: -2880, max: 1440 }), length: fc.integer({ min: 1440, max: 4320 }), now: fc.integer({ min: -600, max: 900 }),
  duration: fc.integer({ min: 10, max: 180 }),
  grid: fc.oneof(
    { arbitrary: fc.constantFrom(5, 15, 20, 30, 45, 60, 7), weight: 2 },
    { arbitrary: fc.uniqueArray(fc.constantFrom('00:00', '01:45', '02:00', '02:15', '02:30', '09:10', '14:10', '23:30'), { minLength: 2, maxLength: 5 }), weight: 1 },
  ),
  work: fc.record({ start: fc.constantFrom(...BOUND_START.slice(0, 4)), end: fc.constantFrom(...BOUND_END), weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 4 }) }),
  required: fc.array(spans, { maxLength: 3 }), optional: fc.array(spans, { maxLength: 4 }),
  room: fc.option(fc.record({ capacity: fc.integer({ min: 1, max: 20 }), layout: fc.option(fc.constantFrom(...LAYOUTS), { nil: undefined, freq: 2 }), equipment: fc.subarray(EQUIPMENT, { maxLength: 1 }) }), { nil: undefined, freq: 2 }),
  rooms: fc.uniqueArray(roomArb, { minLength: 1, maxLength: 5, selector: (r) => r.id }),
});

describe('findTimes: property against the minute-by-minute brute force', () => {
  it('suggests exactly the valid starts, with valid rooms, optional counts, order and reason', () => {
    fc.assert(
      fc.property(inputArb, (g) => {
        const w0 = at(`${g.zoneDay[1]}T00:00`, g.zoneDay[0]) + g.shift * MIN;
        const abs = (list: [number, number][]): Interval[] => list.map(([s, l]) => [w0 + s * MIN, w0 + (s + l) * MIN]);
        const input: FindTimeInput = {
          now: w0 + g.now * MIN, timeZone: g.zoneDay[0], window: [w0, w0 + g.length * MIN], durationMinutes: g.duration,
          required: g.required.map(abs), optional: g.optional.map(abs), workingHours: g.work,
          ...(typeof g.grid === 'number' ? { stepMinutes: g.grid } : { startTimes: g.grid }),
          room: g.room, rooms: g.rooms.map((r) => ({ ...r, busy: abs(r.busy), closures: abs(r.closures) })), limit: 100_000,
        };
        const got = findTimes(input);
        const want = bruteForce(input);
        expect(got.candidatesChecked).toBe(want.candidates);
        expect(got.reason).toBe(want.reason);
        expect(got.suggestions.map((s) => s.start).sort((a, b) => a - b)).toEqual([...want.valid.keys()]);
        got.suggestions.forEach((s, i) => {
          const v = want.valid.get(s.start)!;
          expect(s.end).toBe(s.start + g.duration * MIN);
          expect([s.roomId, s.otherRoomIds]).toEqual([v.rooms[0] ?? null, v.rooms.slice(1)]);
          expect([s.optionalFree, s.optionalFreeIndexes]).toEqual([v.optional.length, v.optional]);
          const prev = got.suggestions[i - 1];
          if (prev) expect(prev.optionalFree > s.optionalFree || (prev.optionalFree === s.optionalFree && prev.start < s.start)).toBe(true);
        });
        expect(findTimes({ ...input, limit: 3 }).suggestions).toEqual(got.suggestions.slice(0, 3));
      }),
      { numRuns: 100 },
    );
  });
});
