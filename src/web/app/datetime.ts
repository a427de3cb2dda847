/** Dates and times on screen: pickers work in the browser's zone, meetings live in their own, so we convert by wall-clock parts. */
import dayjs, { type Dayjs } from 'dayjs';
import { DateTime } from 'luxon';
import type { Lang } from '../../shared/errors';
import { fromWallTime, toWallTime } from '../../shared/time';

/** The zone the browser renders pickers in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The instant a picker value means when its wall-clock reading is taken in `zone`. */
export function pickerToMs(value: Dayjs, zone: string): number {
  return fromWallTime({ year: value.year(), month: value.month() + 1, day: value.date(), hour: value.hour(), minute: value.minute() }, zone);
}

/** A picker value that shows the wall-clock reading of an instant in `zone`. */
export function msToPicker(ms: number, zone: string): Dayjs {
  const w = toWallTime(ms, zone);
  return dayjs(new Date(w.year, w.month - 1, w.day, w.hour, w.minute));
}

/** Midnight at the start of a picked calendar day, in `zone`. */
export function dayStartMs(value: Dayjs, zone: string): number {
  return fromWallTime({ year: value.year(), month: value.month() + 1, day: value.date(), hour: 0, minute: 0 }, zone);
}

/** `YYYY-MM-DD` of a picked day (for URLs). */
export function toDateParam(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** A picker value from a `YYYY-MM-DD` URL parameter; undefined when it is not a date. */
export function fromDateParam(s: string | null): Dayjs | undefined {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = dayjs(s, 'YYYY-MM-DD');
  return d.isValid() ? d : undefined;
}

/** Today's date as a picker value in `zone` (the organisation's today, not the browser's). */
export function todayIn(zone: string): Dayjs {
  const now = DateTime.now().setZone(zone);
  return dayjs(new Date(now.year, now.month - 1, now.day));
}

/** `2026-12-07 09:10` of an instant in a zone. */
export function formatInstant(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm');
}

/** A date in words in a zone: `2027年6月30日` or `30 Jun 2027`. */
export function formatDate(ms: number, zone: string, lang: Lang): string {
  const d = DateTime.fromMillis(ms, { zone }).setLocale(lang);
  return lang === 'zh-CN' ? d.toFormat('yyyy年M月d日') : d.toFormat('d LLL yyyy');
}

/** Zones offered in the meeting form besides the meeting's and the organisation's own. */
export const COMMON_TIME_ZONES = [
  'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tokyo', 'Asia/Seoul', 'Asia/Singapore',
  'Europe/London', 'Europe/Berlin', 'Europe/Paris', 'America/New_York', 'America/Los_Angeles', 'UTC',
] as const;

/** Select options of zones: the given ones first, then the common ones, without duplicates. */
export function timeZoneOptions(first: readonly (string | undefined)[]): { value: string; label: string }[] {
  const zones = [...new Set([...first.filter((z): z is string => !!z), ...COMMON_TIME_ZONES])];
  return zones.map((z) => ({ value: z, label: z }));
}

/** Every zone the browser knows, for the organisation settings. */
export function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [...COMMON_TIME_ZONES];
  }
}
