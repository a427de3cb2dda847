/**
 * Find a time (the secretariat's Scheduling Assistant): starts where every required attendee is free
 * and, when asked, a fitting room is usable, ranked by how many optional attendees can come.
 * Everything is sort-and-sweep: busy lists are merged once, then each candidate is a binary search.
 */
import { boundaryAt, instantsAt, localDays, parseClock, zoneOf, type LocalDay } from './find-time-clock';
import { isFree, normalize, union, type Interval } from './intervals';

const MINUTE = 60_000;

/** Seating layouts a room may be measured in. */
export type RoomLayout = 'theatre' | 'classroom' | 'u_shape' | 'boardroom' | 'banquet';

/** A room's booking rules; clock times are local in the search's zone. */
export type RoomRules = {
  /** 'HH:mm': a booking must lie within these local hours of its day ('24:00' = midnight after). */
  bookableStart: string;
  bookableEnd: string;
  /** Allowed booking duration in minutes, inclusive. */
  minMinutes: number;
  maxMinutes: number;
  /** A booking must start by now + N × 24 h, as the venue booking check counts it (null = no limit). */
  maxAdvanceDays: number | null;
  /** The room must be free for [start - setup, end + cleanup). */
  setupMinutes: number;
  cleanupMinutes: number;
};

/** A room the search may offer, with what already blocks it. */
export type RoomCandidate = {
  id: string;
  capacities: Partial<Record<RoomLayout, number>>;
  equipment: readonly string[];
  /** Existing live bookings' blocked intervals, their own buffers already included. */
  busy: readonly Interval[];
  /** Non-bookable periods. */
  closures: readonly Interval[];
  rules: RoomRules;
};

/** What to search for; all clock times are local in `timeZone`. */
export type FindTimeInput = {
  /** Epoch ms; nothing earlier is offered. */
  now: number;
  /** IANA zone for every clock time below. */
  timeZone: string;
  /** Slots must lie between these instants. */
  window: Interval;
  durationMinutes: number;
  /** Busy intervals of each required attendee (unsorted, may overlap). */
  required: readonly (readonly Interval[])[];
  /** Busy intervals of each optional attendee. */
  optional: readonly (readonly Interval[])[];
  /** 'HH:mm' local hours ('24:00' allowed as the end) on ISO weekdays (1 = Monday … 7 = Sunday). */
  workingHours: { start: string; end: string; weekdays: readonly number[] };
  /** If given (e.g. the multi-department policy's ['09:10', '14:10']), only these local clock times may be starts. */
  startTimes?: readonly string[];
  /** Otherwise starts lie on this grid of local clock time from 00:00 (default 15). */
  stepMinutes?: number;
  /** Absent = no room needed. */
  room?: { capacity: number; layout?: RoomLayout; equipment?: readonly string[] };
  rooms: readonly RoomCandidate[];
  /** At most this many suggestions (default 20). */
  limit?: number;
};

/** One offered time. */
export type Suggestion = {
  start: number;
  end: number;
  /** The best usable room: smallest capacity that fits, then fewer unrequested equipment items, then id. */
  roomId: string | null;
  /** Other rooms free and fitting at that time, best first. */
  otherRoomIds: string[];
  /** How many optional attendees are free for the whole slot, and which (indexes into `optional`). */
  optionalFree: number;
  optionalFreeIndexes: number[];
};

/** Why nothing was offered: the first stage, in this order, that eliminated every candidate. */
export type NoFitReason =
  | 'window_empty' // window, working hours or start times leave no candidate start at all
  | 'required_busy' // candidates exist but no time has every required attendee free
  | 'no_room_fits' // no room has the capacity (in the layout) and equipment asked for
  | 'room_rules' // rooms fit, but their rules (duration, bookable hours, advance limit) exclude every candidate
  | 'rooms_busy'; // rooms fit and rules allow, but they are booked or closed whenever attendees are free

/** Suggestions best first; `reason` only when there are none; `candidatesChecked` counts candidate starts. */
export type FindTimeResult = { suggestions: Suggestion[]; reason?: NoFitReason; candidatesChecked: number };

type Candidate = { start: number; end: number; day: LocalDay };

type PreparedRoom = {
  id: string;
  size: number;
  extra: number;
  blocked: Interval[];
  setup: number;
  cleanup: number;
  ruleOk: boolean;
  advanceLimit: number;
  bookStart: number;
  bookEnd: number;
  bookable: Map<number, Interval>;
};

/** Every start allowed by window, now, weekdays, working hours and the start-time rule, in time order. */
function candidateStarts(input: FindTimeInput, durationMs: number): Candidate[] {
  const step = input.stepMinutes ?? 15;
  if (!Number.isInteger(step) || step < 1 || step > 1440) throw new RangeError(`stepMinutes must be 1..1440: ${step}`);
  const minutes = input.startTimes
    ? [...new Set(input.startTimes.map(parseClock))].filter((m) => m < 1440).sort((a, b) => a - b)
    : Array.from({ length: Math.ceil(1440 / step) }, (_, i) => i * step);
  const workStart = parseClock(input.workingHours.start);
  const workEnd = parseClock(input.workingHours.end);
  const weekdays = new Set(input.workingHours.weekdays);
  const from = Math.max(input.window[0], input.now);
  const to = input.window[1];
  const out: Candidate[] = [];
  for (const day of localDays(zoneOf(input.timeZone), from, to)) {
    if (!weekdays.has(day.isoWeekday)) continue;
    const lo = Math.max(from, boundaryAt(day, workStart));
    const hi = Math.min(to, boundaryAt(day, workEnd));
    if (hi - lo < durationMs) continue;
    for (const m of minutes) {
      for (const start of instantsAt(day, m)) {
        if (start >= lo && start + durationMs <= hi) out.push({ start, end: start + durationMs, day });
      }
    }
  }
  // A repeated autumn hour yields its second pass after later clock times; put it back in time order.
  return out.sort((a, b) => a.start - b.start);
}

/** Rooms with the capacity and equipment asked for, best first, with their blocked time merged once. */
function prepareRooms(input: FindTimeInput, want: NonNullable<FindTimeInput['room']>): PreparedRoom[] {
  const wanted = new Set(want.equipment ?? []);
  const out: PreparedRoom[] = [];
  for (const room of input.rooms) {
    const caps = want.layout ? [room.capacities[want.layout]] : Object.values(room.capacities);
    const size = Math.max(-Infinity, ...caps.filter((c): c is number => typeof c === 'number'));
    const has = new Set(room.equipment);
    if (!(size >= want.capacity) || [...wanted].some((e) => !has.has(e))) continue;
    const r = room.rules;
    out.push({
      id: room.id,
      size,
      extra: [...has].filter((e) => !wanted.has(e)).length,
      blocked: normalize([...room.busy, ...room.closures]),
      setup: r.setupMinutes * MINUTE,
      cleanup: r.cleanupMinutes * MINUTE,
      ruleOk: input.durationMinutes >= r.minMinutes && input.durationMinutes <= r.maxMinutes,
      advanceLimit: r.maxAdvanceDays === null ? Infinity : input.now + r.maxAdvanceDays * 86_400_000,
      bookStart: parseClock(r.bookableStart),
      bookEnd: parseClock(r.bookableEnd),
      bookable: new Map(),
    });
  }
  return out.sort((a, b) => a.size - b.size || a.extra - b.extra || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether a room can take a candidate: its rules first, then its bookings and closures with buffers. */
function roomState(r: PreparedRoom, c: Candidate): 'rules' | 'busy' | 'ok' {
  if (!r.ruleOk || c.start > r.advanceLimit) return 'rules';
  let hours = r.bookable.get(c.day.wall);
  if (!hours) {
    hours = [boundaryAt(c.day, r.bookStart), boundaryAt(c.day, r.bookEnd)];
    r.bookable.set(c.day.wall, hours);
  }
  if (c.start < hours[0] || c.end > hours[1]) return 'rules';
  return isFree(r.blocked, [c.start - r.setup, c.end + r.cleanup]) ? 'ok' : 'busy';
}

/** First index whose value is >= x (or > x when `strict`), in a sorted array. */
function bound(sorted: Float64Array, x: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] > x || (!strict && sorted[mid] === x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * For each candidate (sorted, equal length), how many of the normalized busy lists overlap it. Each
 * busy interval marks the contiguous run of starts it blocks, (bs - duration, be), in a difference
 * array: O(intervals · log candidates) per attendee instead of one check per candidate.
 */
function countBusy(cands: readonly Candidate[], lists: readonly Interval[][], durationMs: number): Int32Array {
  const starts = Float64Array.from(cands, (c) => c.start);
  const diff = new Int32Array(cands.length + 1);
  for (const busy of lists) {
    let reached = 0; // runs of one attendee may overlap; count the attendee once
    for (const [bs, be] of busy) {
      const lo = Math.max(reached, bound(starts, bs - durationMs, true));
      const hi = bound(starts, be, false);
      if (lo < hi) {
        diff[lo]++;
        diff[hi]--;
        reached = hi;
      }
    }
  }
  for (let i = 1; i < diff.length; i++) diff[i] += diff[i - 1];
  return diff;
}

/** Suggests meeting times for a secretariat; throws RangeError only on malformed input (bad zone, clock time, step, duration, limit). */
export function findTimes(input: FindTimeInput): FindTimeResult {
  const limit = input.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer: ${limit}`);
  if (!(input.durationMinutes > 0) || !Number.isFinite(input.durationMinutes)) {
    throw new RangeError(`durationMinutes must be positive: ${input.durationMinutes}`);
  }
  const durationMs = input.durationMinutes * MINUTE;
  const candidates = candidateStarts(input, durationMs);
  const none = (reason: NoFitReason): FindTimeResult => ({ suggestions: [], reason, candidatesChecked: candidates.length });
  if (candidates.length === 0) return none('window_empty');

  const requiredBusy = union(...input.required);
  const free = candidates.filter((c) => isFree(requiredBusy, [c.start, c.end]));
  if (free.length === 0) return none('required_busy');

  let valid = free;
  let rooms: PreparedRoom[] = [];
  if (input.room) {
    rooms = prepareRooms(input, input.room);
    if (rooms.length === 0) return none('no_room_fits');
    let rulesAllow = false;
    valid = free.filter((c) =>
      rooms.some((r) => {
        const state = roomState(r, c);
        if (state !== 'rules') rulesAllow = true;
        return state === 'ok';
      }),
    );
    if (valid.length === 0) return none(rulesAllow ? 'rooms_busy' : 'room_rules');
  }

  const optional = input.optional.map((list) => normalize(list));
  const busyCount = countBusy(valid, optional, durationMs);
  const order = valid.map((_, i) => i).sort((a, b) => busyCount[a] - busyCount[b] || valid[a].start - valid[b].start);
  const suggestions = order.slice(0, limit).map((i): Suggestion => {
    const c = valid[i];
    const roomIds = rooms.filter((r) => roomState(r, c) === 'ok').map((r) => r.id);
    const optionalFreeIndexes: number[] = [];
    optional.forEach((busy, k) => {
      if (isFree(busy, [c.start, c.end])) optionalFreeIndexes.push(k);
    });
    return {
      start: c.start,
      end: c.end,
      roomId: roomIds[0] ?? null,
      otherRoomIds: roomIds.slice(1),
      optionalFree: optionalFreeIndexes.length,
      optionalFreeIndexes,
    };
  });
  return { suggestions, candidatesChecked: candidates.length };
}
