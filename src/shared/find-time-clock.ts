/** Local calendar days and wall-clock instants for find-a-time, exact on daylight-saving days. */
import { IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** `HH:mm` (00:00–24:00) as minutes after local midnight; throws RangeError, as a bad policy value is a programming error. */
export function parseClock(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || !(minutes <= 1440)) throw new RangeError(`Not a clock time: ${hhmm}`);
  return minutes;
}

/** One local calendar date in a zone, with the UTC offsets (minutes) that can apply to its wall-clock readings. */
export type LocalDay = {
  /** The date's midnight as if the wall clock were UTC; its wall-clock minute m reads as `wall + m min`. */
  wall: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
  /** One offset on ordinary days, two on a daylight-saving day. */
  offsets: readonly number[];
  zone: IANAZone;
};

/** A zone object for offset lookups; throws RangeError for an unknown zone name. */
export function zoneOf(name: string): IANAZone {
  if (!IANAZone.isValidZone(name)) throw new RangeError(`Unknown time zone: ${name}`);
  return IANAZone.create(name);
}

/** Every local date that an instant in [from, to) falls on, in order. */
export function localDays(zone: IANAZone, from: number, to: number): LocalDay[] {
  if (!(to > from)) return [];
  const wallOf = (t: number) => Math.floor((t + zone.offset(t) * MINUTE) / DAY) * DAY;
  const days: LocalDay[] = [];
  for (let wall = wallOf(from), last = wallOf(to - 1); wall <= last; wall += DAY) {
    // Readings of one date lie within a day either side of it, whatever the offset (−12h to +14h).
    const offsets = [...new Set([wall - DAY, wall, wall + DAY, wall + 2 * DAY].map((t) => zone.offset(t)))];
    days.push({ wall, isoWeekday: ((new Date(wall).getUTCDay() + 6) % 7) + 1, offsets, zone });
  }
  return days;
}

/**
 * The instants at which the clock reads `minute` on this date: none in a spring-forward gap, two in
 * a repeated autumn hour, otherwise one. Ordinary days cost no zone lookups at all.
 */
export function instantsAt(day: LocalDay, minute: number): number[] {
  const reading = day.wall + minute * MINUTE;
  if (day.offsets.length === 1) return [reading - day.offsets[0] * MINUTE];
  const out: number[] = [];
  for (const o of day.offsets) {
    const t = reading - o * MINUTE;
    if (day.zone.offset(t) === o && !out.includes(t)) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The instant a boundary such as "working hours start at 08:00" means on this date: the first
 * instant the clock reads that time, or, inside a spring-forward gap, the moment the clock jumps.
 */
export function boundaryAt(day: LocalDay, minute: number): number {
  const at = instantsAt(day, minute);
  if (at.length > 0) return at[0];
  // In a gap: before the jump the clock reads earlier, after it later; find the jump to the minute.
  const reading = day.wall + minute * MINUTE;
  let lo = reading - Math.max(...day.offsets) * MINUTE; // still the old offset: reads before `minute`
  let hi = reading - Math.min(...day.offsets) * MINUTE; // already the new offset: reads after `minute`
  const before = day.zone.offset(lo);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (day.zone.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
