/** Pure time helpers of the agenda screens: the run-of-show countdown and its wording, and items grouped by local day. */
import { DateTime } from 'luxon';

const SECOND = 1000;
/** One minute in ms. */
export const MINUTE = 60_000;

/** What the countdown needs of an item. */
export type TimedItem = { startAt: number; endAt: number; actualStartAt: number | null };

/** Where the running item stands: time left until its planned end, or how far past it. */
export type Countdown = { endAt: number; remainingMs: number; overrunMs: number; over: boolean };

/** The end an item is run against: its planned length counted from its actual start (the server's rule), else its planned end. */
export function runningEnd(item: TimedItem): number {
  return (item.actualStartAt ?? item.startAt) + (item.endAt - item.startAt);
}

/** The countdown of an item at `now`; `over` once `now` is past the end. */
export function countdownAt(item: TimedItem, now: number): Countdown {
  const endAt = runningEnd(item);
  return { endAt, remainingMs: Math.max(0, endAt - now), overrunMs: Math.max(0, now - endAt), over: now > endAt };
}

/** `mm:ss` of a span (`h:mm:ss` from one hour up); negative spans read as zero. `round: 'up'` suits time left (it reads 00:00 only at the end). */
export function formatClock(ms: number, round: 'up' | 'down' = 'down'): string {
  const total = Math.max(0, round === 'up' ? Math.ceil(ms / SECOND) : Math.floor(ms / SECOND));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** The big number of the run-of-show page: time left (`12:05`) or, past the end, the overrun (`+03:20`). */
export function countdownText(c: Countdown): string {
  return c.over ? `+${formatClock(c.overrunMs)}` : formatClock(c.remainingMs, 'up');
}

/** Whole minutes between two instants (rounded, so a DST-free wall clock reads as expected). */
export function minutesBetween(startMs: number, endMs: number): number {
  return Math.round((endMs - startMs) / MINUTE);
}

/** The server's clock as this page estimates it: the server's `now` when the answer came, moved on by the local clock since. */
export function serverNow(answer: { now: number } | undefined, receivedAt: number, localNow: number): number {
  return answer ? answer.now + (localNow - receivedAt) : localNow;
}

/** Items grouped by their local day in a zone, days in order and items by start inside each. */
export function itemsByDay<T extends { startAt: number; endAt: number }>(items: readonly T[], zone: string): { day: string; startOfDay: number; items: T[] }[] {
  const days = new Map<string, { day: string; startOfDay: number; items: T[] }>();
  for (const item of [...items].sort((a, b) => a.startAt - b.startAt || a.endAt - b.endAt)) {
    const d = DateTime.fromMillis(item.startAt, { zone });
    const key = d.toFormat('yyyy-MM-dd');
    const entry = days.get(key) ?? { day: key, startOfDay: d.startOf('day').toMillis(), items: [] };
    entry.items.push(item);
    days.set(key, entry);
  }
  return [...days.values()].sort((a, b) => a.startOfDay - b.startOfDay);
}

/** A day heading: `12月7日 星期一` or `Mon 7 Dec`. */
export function dayHeading(ms: number, zone: string, lang: 'zh-CN' | 'en'): string {
  const d = DateTime.fromMillis(ms, { zone }).setLocale(lang);
  return lang === 'zh-CN' ? d.toFormat('yyyy年M月d日 cccc') : d.toFormat('cccc d LLLL yyyy');
}

/** `14:05:09` of an instant in a zone (the clock on the run-of-show page). */
export function clockWithSeconds(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('HH:mm:ss');
}

/** True when two instants fall on the same local day in a zone. */
export function sameDay(a: number, b: number, zone: string): boolean {
  return DateTime.fromMillis(a, { zone }).hasSame(DateTime.fromMillis(b, { zone }), 'day');
}
