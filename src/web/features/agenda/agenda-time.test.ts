// The run-of-show countdown against a fake clock, its wording, the server-clock estimate, and items by day.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { clockWithSeconds, countdownAt, countdownText, formatClock, itemsByDay, MINUTE, runningEnd, sameDay, serverNow } from './agenda-time';

const ZONE = 'Asia/Shanghai';
const at = (hm: string, day = '2026-12-07') => DateTime.fromISO(`${day}T${hm}`, { zone: ZONE }).toMillis();

describe('countdown of the running item', () => {
  const item = { startAt: at('09:10'), endAt: at('09:30'), actualStartAt: null as number | null };

  it('counts to the planned end while nobody recorded a start', () => {
    const c = countdownAt(item, at('09:17:30'));
    expect(c).toEqual({ endAt: at('09:30'), remainingMs: 12.5 * MINUTE, overrunMs: 0, over: false });
    expect(countdownText(c)).toBe('12:30');
  });

  it('runs the planned length from the actual start, as the server does', () => {
    const late = { ...item, actualStartAt: at('09:14') };
    expect(runningEnd(late)).toBe(at('09:34'));
    expect(countdownText(countdownAt(late, at('09:30')))).toBe('04:00');
  });

  it('reads 00:00 exactly at the end and is not over yet; a second later it is +00:01 and red', () => {
    const end = countdownAt(item, at('09:30'));
    expect(end.over).toBe(false);
    expect(countdownText(end)).toBe('00:00');
    const past = countdownAt(item, at('09:30') + 1000);
    expect(past.over).toBe(true);
    expect(countdownText(past)).toBe('+00:01');
  });

  it('ticks second by second into the overrun on a fake clock', () => {
    const started = { ...item, actualStartAt: at('09:10') };
    const shown = [-2000, -1000, -1, 0, 999, 1000, 61_000, 3 * 60_000 + 20_000].map((d) => countdownText(countdownAt(started, at('09:30') + d)));
    expect(shown).toEqual(['00:02', '00:01', '00:01', '00:00', '+00:00', '+00:01', '+01:01', '+03:20']);
  });

  it('rounds time left up (never shows 00:00 while time is left) and the overrun down', () => {
    expect(formatClock(500, 'up')).toBe('00:01');
    expect(formatClock(59_999)).toBe('00:59');
    expect(formatClock(-5000)).toBe('00:00');
  });

  it('shows hours from one hour up', () => {
    expect(formatClock(60 * MINUTE)).toBe('1:00:00');
    expect(formatClock(2 * 60 * MINUTE + 5 * MINUTE + 9000)).toBe('2:05:09');
    expect(countdownText(countdownAt({ startAt: 0, endAt: 120 * MINUTE, actualStartAt: null }, 30 * MINUTE))).toBe('1:30:00');
  });
});

describe('server clock estimate', () => {
  it('moves the server time of the last answer on by the local time since it came', () => {
    expect(serverNow({ now: 1_000_000 }, 5_000, 8_000)).toBe(1_003_000);
    expect(serverNow(undefined, 5_000, 8_000)).toBe(8_000);
  });

  it('formats the wall clock with seconds in the meeting zone', () => {
    expect(clockWithSeconds(at('09:05:07'), ZONE)).toBe('09:05:07');
  });
});

describe('items by day', () => {
  it('groups by local day in the zone, in time order, whatever the input order', () => {
    const items = [
      { id: 'c', startAt: at('09:00', '2026-12-08'), endAt: at('10:00', '2026-12-08') },
      { id: 'b', startAt: at('13:30'), endAt: at('15:00') },
      { id: 'a', startAt: at('08:30'), endAt: at('09:00') },
      // 00:30 in Shanghai is still the previous day in UTC: it belongs to the 8th here.
      { id: 'd', startAt: at('00:30', '2026-12-08'), endAt: at('01:00', '2026-12-08') },
    ];
    const days = itemsByDay(items, ZONE);
    expect(days.map((d) => [d.day, d.items.map((i) => i.id)])).toEqual([['2026-12-07', ['a', 'b']], ['2026-12-08', ['d', 'c']]]);
    expect(days[0].startOfDay).toBe(at('00:00'));
  });

  it('tells the same local day apart in the zone, not in UTC', () => {
    expect(sameDay(at('00:30', '2026-12-08'), at('23:00', '2026-12-08'), ZONE)).toBe(true);
    expect(sameDay(at('23:30'), at('00:30', '2026-12-08'), ZONE)).toBe(false);
  });
});
