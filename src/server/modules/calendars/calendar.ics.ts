/** Builds iCalendar text: single events, and series as one RRULE event with EXDATEs and overridden occurrences. */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { expandRecurrence } from '../../../shared/recurrence';

/** One event as a calendar shows it. */
export type CalEvent = { uid: string; title: string; startAt: number; endAt: number; location: string | null; description: string | null; tentative: boolean };

/** A series: its rule from its original start, and the occurrences the feed includes, by occurrence index. */
export type CalSeries = { uid: string; rrule: string; dtstart: number; durationMs: number; zone: string; included: Map<number, CalEvent> };

/** A feed's content: single events and series, all in one zone. */
export type FeedContent = { name: string; zone: string; singles: CalEvent[]; series: CalSeries[] };

// ical-generator writes TZID times from zoned Luxon values (a plain Date would be written in UTC under the TZID).
const zoned = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone });
const stamp = (ms: number, zone: string) => zoned(ms, zone).toFormat("yyyyMMdd'T'HHmmss");

function add(cal: ICalCalendar, e: CalEvent, zone: string, extra: { repeating?: string; recurrenceId?: number } = {}): void {
  cal.createEvent({
    id: e.uid, start: zoned(e.startAt, zone), end: zoned(e.endAt, zone), timezone: zone, summary: e.title,
    location: e.location ?? undefined, description: e.description ?? undefined,
    status: e.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    ...(extra.repeating ? { repeating: extra.repeating } : {}),
    ...(extra.recurrenceId !== undefined ? { recurrenceId: zoned(extra.recurrenceId, zone) } : {}),
  });
}

/** The .ics text of a feed. */
export function buildIcs(content: FeedContent): string {
  const cal = ical({ name: content.name, prodId: { company: 'Huiwu', product: 'huiwu', language: 'ZH' } });
  // No calendar-wide zone: with one, ical-generator writes DTSTAMP as local time without the Z RFC 5545 requires; events keep their TZID and VTIMEZONE.
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  for (const e of content.singles) add(cal, e, content.zone);
  for (const s of content.series) {
    // A series is written in its own zone: its rule only keeps local times there.
    const zone = s.zone;
    const x = expandRecurrence(s.rrule, s.dtstart, zone);
    if (!x.ok || s.included.size === 0) continue;
    const first = [...s.included.values()][0];
    const master: CalEvent = { ...first, uid: s.uid, startAt: x.starts[0], endAt: x.starts[0] + s.durationMs };
    const excluded = x.starts.filter((_st, i) => !s.included.has(i));
    const rule = `RRULE:${s.rrule.replace(/^RRULE:/i, '')}${excluded.length ? `\nEXDATE;TZID=${zone}:${excluded.map((st) => stamp(st, zone)).join(',')}` : ''}`;
    add(cal, master, zone, { repeating: rule });
    for (const [i, e] of s.included) {
      const original = x.starts[i];
      if (original === undefined) continue;
      const same = e.startAt === original && e.endAt === original + s.durationMs && e.title === master.title && e.location === master.location && e.tentative === master.tentative;
      if (!same) add(cal, { ...e, uid: s.uid }, zone, { recurrenceId: original });
    }
  }
  return cal.toString();
}
