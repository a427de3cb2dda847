import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expandRecurrence, MAX_OCCURRENCES, moveOccurrence } from './recurrence';

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();
const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm ccc");

describe('expandRecurrence', () => {
  it('keeps a weekly 09:10 at 09:10 local across the European DST change', () => {
    const x = expandRecurrence('FREQ=WEEKLY;BYDAY=MO;COUNT=4', at('2026-03-16T09:10', 'Europe/Berlin'), 'Europe/Berlin');
    expect(x.ok && x.starts.map((s) => local(s, 'Europe/Berlin'))).toEqual([
      '2026-03-16T09:10 Mon', '2026-03-23T09:10 Mon', '2026-03-30T09:10 Mon', '2026-04-06T09:10 Mon',
    ]);
    // The UTC gap between the 23rd and 30th is one hour short of a week: the clock moved, the meeting did not.
    if (x.ok) expect(x.starts[2] - x.starts[1]).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('includes the whole UNTIL day and accepts an RRULE: prefix', () => {
    const x = expandRecurrence('RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261214', at('2026-11-30T09:10', 'Asia/Shanghai'), 'Asia/Shanghai');
    expect(x.ok && x.starts.map((s) => local(s, 'Asia/Shanghai'))).toEqual(['2026-11-30T09:10 Mon', '2026-12-07T09:10 Mon', '2026-12-14T09:10 Mon']);
  });

  it('refuses unbounded, malformed, hourly and oversized rules with a reason', () => {
    const start = at('2026-11-30T09:10', 'Asia/Shanghai');
    expect(expandRecurrence('FREQ=WEEKLY', start, 'Asia/Shanghai')).toEqual({ ok: false, problem: 'rrule_unbounded' });
    expect(expandRecurrence('FREQ=SOMETIMES;COUNT=2', start, 'Asia/Shanghai')).toMatchObject({ ok: false });
    expect(expandRecurrence('FREQ=HOURLY;COUNT=2', start, 'Asia/Shanghai')).toEqual({ ok: false, problem: 'rrule_freq' });
    expect(expandRecurrence(`FREQ=DAILY;COUNT=${MAX_OCCURRENCES + 1}`, start, 'Asia/Shanghai')).toEqual({ ok: false, problem: 'rrule_too_many' });
    expect(expandRecurrence('FREQ=DAILY;UNTIL=20400101', start, 'Asia/Shanghai')).toEqual({ ok: false, problem: 'rrule_too_many' });
  });

  it('monthly on the 31st skips short months as RFC 5545 says', () => {
    const x = expandRecurrence('FREQ=MONTHLY;COUNT=3', at('2027-01-31T14:10', 'Asia/Shanghai'), 'Asia/Shanghai');
    expect(x.ok && x.starts.map((s) => local(s, 'Asia/Shanghai').slice(0, 10))).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('property: every daily occurrence starts at the same wall-clock time in any zone', () => {
    const zones = ['Asia/Shanghai', 'Europe/London', 'America/New_York', 'Australia/Sydney'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (zone, dayOffset, h, m) => {
        const first = DateTime.fromObject({ year: 2026, month: 1, day: 1, hour: h, minute: m }, { zone }).plus({ days: dayOffset });
        if (first.hour !== h) return; // the hour does not exist that day (DST gap)
        const x = expandRecurrence('FREQ=DAILY;COUNT=40', first.toMillis(), zone);
        expect(x.ok).toBe(true);
        if (!x.ok) return;
        for (const s of x.starts) {
          const d = DateTime.fromMillis(s, { zone });
          if (d.hour !== h) expect(DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: h, minute: m }, { zone }).hour).not.toBe(h);
          else expect(d.minute).toBe(m);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('moveOccurrence', () => {
  const zone = 'Europe/Berlin';
  it('moves later occurrences by the same days to the new clock time, across DST', () => {
    const edited = { oldStart: at('2026-03-16T09:10', zone), newStart: at('2026-03-17T14:10', zone) };
    expect(local(moveOccurrence(at('2026-03-30T09:10', zone), edited, zone, zone), zone)).toBe('2026-03-31T14:10 Tue');
  });

  it('property: an edit that keeps the time keeps every occurrence where it was', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }), (startDay, weeks) => {
        const first = DateTime.fromObject({ year: 2026, month: 1, day: 1, hour: 9, minute: 10 }, { zone }).plus({ days: startDay });
        const occ = first.plus({ weeks }).toMillis();
        expect(moveOccurrence(occ, { oldStart: first.toMillis(), newStart: first.toMillis() }, zone, zone)).toBe(occ);
      }),
    );
  });

  it('reads the new clock time in a new zone', () => {
    const s = at('2026-06-01T09:10', 'Asia/Shanghai');
    const moved = moveOccurrence(at('2026-06-08T09:10', 'Asia/Shanghai'), { oldStart: s, newStart: at('2026-06-01T10:00', 'Europe/London') }, 'Asia/Shanghai', 'Europe/London');
    expect(local(moved, 'Europe/London')).toBe('2026-06-08T10:00 Mon');
  });
});
