/** The rooms × time grid's arithmetic: day bounds in the organisation's zone, 30-minute slots, block positions, free gaps. */
import dayjs, { type Dayjs } from 'dayjs';
import { fromWallTime } from '../../../shared/time';

/** The grid shows 07:00–23:00 in 30-minute cells. */
export const GRID_START_HOUR = 7;
/** End of the time axis (exclusive). */
export const GRID_END_HOUR = 23;
/** Minutes per cell. */
export const SLOT_MINUTES = 30;
/** Cells per day. */
export const SLOTS = ((GRID_END_HOUR - GRID_START_HOUR) * 60) / SLOT_MINUTES;

const MINUTE = 60_000;

/** A day of the grid as instants: midnight, the first and the end of the last cell. */
export type DayBounds = { dayStart: number; dayEnd: number; gridStart: number; gridEnd: number };

const wall = (d: Dayjs, hour: number) => ({ year: d.year(), month: d.month() + 1, day: d.date(), hour, minute: 0 });

/** The bounds of a calendar day (a picker value) in `zone`. */
export function dayBounds(day: Dayjs, zone: string): DayBounds {
  const next = day.add(1, 'day');
  return {
    dayStart: fromWallTime(wall(day, 0), zone),
    dayEnd: fromWallTime(wall(next, 0), zone),
    gridStart: fromWallTime(wall(day, GRID_START_HOUR), zone),
    gridEnd: fromWallTime(wall(day, GRID_END_HOUR), zone),
  };
}

/** The start of cell `i` of a day. */
export function slotStart(b: DayBounds, i: number): number {
  return b.gridStart + i * SLOT_MINUTES * MINUTE;
}

/** Where an interval sits on a day's axis, in percent; undefined when it lies outside 07:00–23:00. */
export function placeOnAxis(start: number, end: number, b: Pick<DayBounds, 'gridStart' | 'gridEnd'>): { left: number; width: number } | undefined {
  const s = Math.max(start, b.gridStart);
  const e = Math.min(end, b.gridEnd);
  if (e <= s) return undefined;
  const span = b.gridEnd - b.gridStart;
  return { left: ((s - b.gridStart) / span) * 100, width: ((e - s) / span) * 100 };
}

/** Monday of the week a day is in (Chinese calendars start on Monday). */
export function weekStart(day: Dayjs): Dayjs {
  return day.subtract((day.day() + 6) % 7, 'day').startOf('day');
}

/** The seven days of a week from its Monday. */
export function weekDays(monday: Dayjs): Dayjs[] {
  return Array.from({ length: 7 }, (_, i) => monday.add(i, 'day'));
}

/** A `date` URL parameter: `YYYY-MM-DD`, or an instant in ms (notification links carry one), read in `zone`. */
export function parseDateParam(s: string | null, zone: string, toDay: (ms: number, zone: string) => Dayjs): Dayjs | undefined {
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const d = dayjs(s, 'YYYY-MM-DD');
    return d.isValid() ? d : undefined;
  }
  if (/^\d{10,}$/.test(s)) return toDay(Number(s), zone).startOf('day');
  return undefined;
}

/** An item of a one-room day list: a booking, a closure, or a free gap to book. */
export type DayItem<B, C> =
  | { kind: 'booking'; startAt: number; endAt: number; booking: B }
  | { kind: 'closure'; startAt: number; endAt: number; closure: C }
  | { kind: 'free'; startAt: number; endAt: number };

/** A room's day in time order, with the free gaps between `from` and `to` (gaps shorter than a cell are left out). */
export function dayItems<B extends { startAt: number; endAt: number }, C extends { startAt: number; endAt: number }>(
  bookings: readonly B[], closures: readonly C[], from: number, to: number,
): DayItem<B, C>[] {
  const taken: DayItem<B, C>[] = [
    ...bookings.map((b) => ({ kind: 'booking' as const, startAt: b.startAt, endAt: b.endAt, booking: b })),
    ...closures.map((c) => ({ kind: 'closure' as const, startAt: c.startAt, endAt: c.endAt, closure: c })),
  ].sort((a, b) => a.startAt - b.startAt);
  const out: DayItem<B, C>[] = [];
  let cursor = from;
  for (const item of taken) {
    if (item.startAt - cursor >= SLOT_MINUTES * MINUTE && cursor < to) out.push({ kind: 'free', startAt: cursor, endAt: Math.min(item.startAt, to) });
    out.push(item);
    cursor = Math.max(cursor, item.endAt);
  }
  if (to - cursor >= SLOT_MINUTES * MINUTE) out.push({ kind: 'free', startAt: cursor, endAt: to });
  return out;
}

/** The next cell boundary at or after an instant (so a free gap today starts at the next half hour). */
export function ceilToSlot(ms: number, b: DayBounds): number {
  if (ms <= b.gridStart) return b.gridStart;
  const step = SLOT_MINUTES * MINUTE;
  return b.gridStart + Math.ceil((ms - b.gridStart) / step) * step;
}
