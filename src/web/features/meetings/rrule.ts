/** Repeat rules: the form's choices (weekly on some days, monthly on the same day) as an RRULE, and any RRULE back in words. */
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { Lang } from '../../../shared/errors';

/** RRULE weekday codes, Monday first as Chinese calendars show them. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** One weekday code. */
export type Weekday = (typeof WEEKDAYS)[number];

/** How often a new meeting repeats. */
export type RepeatKind = 'none' | 'weekly' | 'monthly';

/** The repeat part of the meeting form. */
export type RepeatValues = {
  repeat: RepeatKind;
  weekdays?: Weekday[];
  endMode?: 'until' | 'count';
  until?: Dayjs | null;
  count?: number | null;
};

/** The weekday code of a picked date. */
export function weekdayOf(d: Dayjs): Weekday {
  return WEEKDAYS[(d.day() + 6) % 7];
}

/** The RRULE for the form's choices, or undefined for a single meeting. */
export function buildRrule(v: RepeatValues, start: Dayjs | undefined): string | undefined {
  if (v.repeat === 'none' || !start) return undefined;
  const parts =
    v.repeat === 'weekly'
      ? ['FREQ=WEEKLY', `BYDAY=${(v.weekdays?.length ? WEEKDAYS.filter((d) => v.weekdays!.includes(d)) : [weekdayOf(start)]).join(',')}`]
      : ['FREQ=MONTHLY', `BYMONTHDAY=${start.date()}`];
  if (v.endMode === 'count' && v.count) parts.push(`COUNT=${v.count}`);
  if (v.endMode !== 'count' && v.until) parts.push(`UNTIL=${v.until.format('YYYYMMDD')}`);
  return parts.join(';');
}

function parseRule(rule: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of rule.replace(/^RRULE:/i, '').split(';')) {
    const [k, v] = part.split('=');
    if (k && v) map.set(k.toUpperCase(), v.toUpperCase());
  }
  return map;
}

function untilText(until: string, lang: Lang): string {
  const d = DateTime.fromFormat(until.slice(0, 8), 'yyyyMMdd').setLocale(lang);
  if (!d.isValid) return until;
  return lang === 'zh-CN' ? d.toFormat('yyyy年M月d日') : d.toFormat('d LLL yyyy');
}

/** A series rule in words, e.g. 「每周一，共 26 次」 or "Weekly on Mon, 26 times"; unknown parts fall back to the raw rule. */
export function describeRrule(rule: string, t: TFunction, lang: Lang): string {
  const r = parseRule(rule);
  const n = Number(r.get('INTERVAL') ?? '1') || 1;
  const days = (r.get('BYDAY') ?? '')
    .split(',')
    .filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d))
    .map((d) => t(`weekday.${d}`))
    .join(t('repeat.listSeparator'));
  let text: string;
  switch (r.get('FREQ')) {
    case 'DAILY':
      text = n > 1 ? t('repeat.everyDays', { n }) : t('repeat.daily');
      break;
    case 'WEEKLY':
      if (days) text = n > 1 ? t('repeat.everyWeeksOn', { n, days }) : t('repeat.weeklyOn', { days });
      else text = n > 1 ? t('repeat.everyWeeks', { n }) : t('repeat.weekly');
      break;
    case 'MONTHLY':
      if (r.get('BYMONTHDAY')) text = n > 1 ? t('repeat.everyMonthsOn', { n, day: r.get('BYMONTHDAY') }) : t('repeat.monthlyOn', { day: r.get('BYMONTHDAY') });
      else text = n > 1 ? t('repeat.everyMonths', { n }) : t('repeat.monthly');
      break;
    case 'YEARLY':
      text = t('repeat.yearly');
      break;
    default:
      return rule;
  }
  const count = r.get('COUNT');
  const until = r.get('UNTIL');
  if (count) text += t('repeat.countSuffix', { count: Number(count) });
  else if (until) text += t('repeat.untilSuffix', { date: untilText(until, lang) });
  return text;
}
