/** Occurrences of a meeting series: an RRULE expanded in the meeting's zone, so 09:10 stays 09:10 across DST. */
import { DateTime } from 'luxon';
import * as rruleModule from 'rrule';
import { fromWallTime, toWallTime } from './time';

// rrule ships ESM for bundlers (named exports) but CommonJS to Node (everything under `default`).
const RRule: typeof rruleModule.RRule = rruleModule.RRule ?? (Reflect.get(rruleModule, 'default') as typeof rruleModule).RRule;

/** A series may not produce more occurrences than this (a weekly meeting for ten years is 520). */
export const MAX_OCCURRENCES = 520;

/** Why a rule was refused: the message key the error table translates. */
export type RecurrenceProblem = 'rrule_invalid' | 'rrule_unbounded' | 'rrule_too_many' | 'rrule_freq';

/** Result of expanding a rule. */
export type Expansion = { ok: true; starts: number[] } | { ok: false; problem: RecurrenceProblem };

const allowedFreq = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);

/**
 * Expands `rrule` (RFC 5545, no DTSTART) from `firstStart` in `zone`. Rules are evaluated on
 * floating wall time and each result converted back in the zone, which keeps the local clock time
 * fixed across daylight-saving changes. A date-only UNTIL includes that whole day.
 */
export function expandRecurrence(rrule: string, firstStart: number, zone: string): Expansion {
  let options;
  try {
    options = RRule.parseString(rrule.replace(/^RRULE:/i, ''));
  } catch {
    return { ok: false, problem: 'rrule_invalid' };
  }
  if (options.freq === undefined || !allowedFreq.has(options.freq)) return { ok: false, problem: 'rrule_freq' };
  if (!options.until && !options.count) return { ok: false, problem: 'rrule_unbounded' };
  if (options.count && options.count > MAX_OCCURRENCES) return { ok: false, problem: 'rrule_too_many' };
  if (options.until) {
    const u = options.until;
    options.until = new Date(Date.UTC(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), 23, 59, 59));
  }
  const w = toWallTime(firstStart, zone);
  const dtstart = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
  let dates: Date[];
  try {
    dates = new RRule({ ...options, dtstart }).all((_d, i) => i <= MAX_OCCURRENCES);
  } catch {
    return { ok: false, problem: 'rrule_invalid' };
  }
  if (dates.length > MAX_OCCURRENCES) return { ok: false, problem: 'rrule_too_many' };
  const starts = dates.map((d) =>
    fromWallTime(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() },
      zone,
    ),
  );
  return { ok: true, starts };
}

/**
 * Where an occurrence goes when the series is edited "from this one on": the same number of calendar
 * days as the edited occurrence moved, at its new wall-clock time, read in the (possibly new) zone.
 */
export function moveOccurrence(
  occurrenceStart: number,
  edited: { oldStart: number; newStart: number },
  oldZone: string,
  newZone: string,
): number {
  const calendarDay = (ms: number, zone: string) => {
    const d = DateTime.fromMillis(ms, { zone });
    return DateTime.utc(d.year, d.month, d.day);
  };
  const days = Math.round(calendarDay(edited.newStart, newZone).diff(calendarDay(edited.oldStart, oldZone), 'days').days);
  const date = calendarDay(occurrenceStart, oldZone).plus({ days });
  const clock = DateTime.fromMillis(edited.newStart, { zone: newZone });
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: clock.hour, minute: clock.minute }, { zone: newZone }).toMillis();
}
