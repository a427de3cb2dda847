/** Instants are epoch ms in UTC; these helpers read and write them as wall-clock time in a zone. */
import { DateTime, IANAZone } from 'luxon';

/** The zone an organisation gets unless it says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const zoneValidity = new Map<string, boolean>();

/** True for an IANA zone name Luxon (and so Intl) knows, e.g. `Europe/Berlin`; memoised, as each check builds an Intl formatter. */
export function isValidTimeZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  }
  return valid;
}

/** Wall-clock parts of an instant in a zone. */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

/** The wall-clock reading of an instant in a zone. */
export function toWallTime(ms: number, zone: string): WallTime {
  const d = DateTime.fromMillis(ms, { zone });
  return { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute };
}

/** The instant a wall-clock reading means in a zone (a skipped DST hour moves forward, as Luxon does). */
export function fromWallTime(wall: WallTime, zone: string): number {
  return DateTime.fromObject(wall, { zone }).toMillis();
}

/** `HH:mm` of an instant in a zone. */
export function clockTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');
}

/** Adds calendar months in a zone (three months ahead means the same day three months later). */
export function plusMonths(ms: number, months: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).plus({ months }).toMillis();
}

/** Whole calendar days from one instant's date to another's, in a zone (today to tomorrow is 1). */
export function calendarDaysBetween(fromMs: number, toMs: number, zone: string): number {
  const day = (ms: number) => DateTime.fromMillis(ms, { zone }).startOf('day');
  return Math.round(day(toMs).diff(day(fromMs), 'days').days);
}

/** Formats a range for people: `2026-12-07 09:10–11:00` or across days, in the given zone and locale. */
export function formatRange(startMs: number, endMs: number, zone: string, locale: string): string {
  const s = DateTime.fromMillis(startMs, { zone }).setLocale(locale);
  const e = DateTime.fromMillis(endMs, { zone }).setLocale(locale);
  const day = locale.startsWith('zh') ? 'yyyy年M月d日 ccc' : 'ccc d LLL yyyy';
  if (s.hasSame(e, 'day')) return `${s.toFormat(day)} ${s.toFormat('HH:mm')}–${e.toFormat('HH:mm')}`;
  return `${s.toFormat(day)} ${s.toFormat('HH:mm')} – ${e.toFormat(day)} ${e.toFormat('HH:mm')}`;
}
