/** Geometry of the task timeline (Gantt): the day axis in the meeting's zone, the rows by 会务分工 group, and dependency arrows. */
import { DateTime } from 'luxon';
import type { Lang } from '../../../shared/errors';
import type { TaskScheduleEntry } from '../../../shared/task-schedule';
import type { Task } from './api';

const DAY = 86_400_000;

/** A month band of the header. */
export type AxisMonth = { x: number; width: number; label: string };
/** A tick of the header's second row (a day, or a Monday when days are too narrow to label). */
export type AxisTick = { x: number; label: string };
/** The time axis: whole local days from `start`, `pxPerDay` wide each. */
export type TimelineAxis = {
  dayStarts: number[]; pxPerDay: number; width: number; mode: 'day' | 'week';
  months: AxisMonth[]; ticks: AxisTick[]; weekends: { x: number; width: number }[];
  /** Horizontal position of an instant (clamped to the axis); daylight-saving days are 23 or 25 hours and still one column. */
  xOf: (ms: number) => number;
  /** True when the instant falls on the axis. */
  covers: (ms: number) => boolean;
};

/** Days narrower than this get week labels instead of day numbers. */
export const DAY_LABEL_MIN_PX = 20;

/** Builds the axis from the local day of `from` to the end of the local day of `to`, filling `available` px when it can. */
export function buildAxis({ from, to, zone, available, minPx, lang }: { from: number; to: number; zone: string; available: number; minPx: number; lang: Lang }): TimelineAxis {
  const dayStarts: number[] = [];
  const first = DateTime.fromMillis(from, { zone }).startOf('day');
  const stop = DateTime.fromMillis(Math.max(from, to), { zone }).startOf('day').plus({ days: 1 }).toMillis();
  for (let d = first; ; d = d.plus({ days: 1 })) {
    dayStarts.push(d.toMillis());
    if (d.toMillis() >= stop) break;
  }
  const n = dayStarts.length - 1;
  const pxPerDay = Math.min(64, Math.max(minPx, available / n));
  const width = Math.round(n * pxPerDay);
  const mode = pxPerDay >= DAY_LABEL_MIN_PX ? 'day' : 'week';
  const xOf = (ms: number) => {
    if (ms <= dayStarts[0]) return 0;
    if (ms >= dayStarts[n]) return width;
    let lo = 0;
    let hi = n;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (dayStarts[mid] <= ms) lo = mid;
      else hi = mid;
    }
    return (lo + (ms - dayStarts[lo]) / (dayStarts[lo + 1] - dayStarts[lo])) * pxPerDay;
  };

  const months: AxisMonth[] = [];
  const ticks: AxisTick[] = [];
  const weekends: { x: number; width: number }[] = [];
  // Week labels need about 44 px; on a very compressed axis, every second (or third) Monday.
  const weekStep = Math.max(1, Math.ceil(44 / (7 * pxPerDay)));
  let mondays = 0;
  for (let i = 0; i < n; i++) {
    const d = DateTime.fromMillis(dayStarts[i], { zone }).setLocale(lang);
    const x = i * pxPerDay;
    if (i === 0 || d.day === 1) months.push({ x, width: 0, label: '' });
    if (d.weekday >= 6) weekends.push({ x, width: pxPerDay });
    if (mode === 'day') ticks.push({ x, label: String(d.day) });
    else if (d.weekday === 1 && mondays++ % weekStep === 0) ticks.push({ x, label: lang === 'zh-CN' ? d.toFormat('M/d') : d.toFormat('d LLL') });
  }
  months.forEach((m, i) => {
    m.width = (i + 1 < months.length ? months[i + 1].x : width) - m.x;
    const d = DateTime.fromMillis(dayStarts[Math.round(m.x / pxPerDay)], { zone }).setLocale(lang);
    const long = lang === 'zh-CN' ? d.toFormat('yyyy年M月') : d.toFormat('LLL yyyy');
    const short = lang === 'zh-CN' ? d.toFormat('M月') : d.toFormat('LLL');
    m.label = m.width >= textWidth(long) + 10 ? long : m.width >= textWidth(short) + 8 ? short : '';
  });
  return { dayStarts, pxPerDay, width, mode, months, ticks, weekends, xOf, covers: (ms) => ms >= dayStarts[0] && ms <= dayStarts[n] };
}

// Rough width of a 12 px label: CJK characters are square, Latin ones about 7 px.
function textWidth(s: string): number {
  return [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
}

/** The span the axis should show: every bar and the meeting, plus today and late forecasts when they are within `reach` of it. */
export function axisRange(spans: readonly { start: number; end: number; forecast?: number | null }[], meeting: { start?: number; end?: number }, now: number, reach = 21 * DAY): { from: number; to: number } {
  const starts = [...spans.map((s) => s.start), ...(meeting.start !== undefined ? [meeting.start] : [])];
  const ends = [...spans.map((s) => s.end), ...(meeting.end !== undefined ? [meeting.end] : [])];
  let from = Math.min(...starts, ...ends);
  let to = Math.max(...starts, ...ends);
  if (!Number.isFinite(from)) { from = now; to = now; }
  const lo = from - reach;
  const hi = to + reach;
  if (now >= lo && now <= hi) { from = Math.min(from, now); to = Math.max(to, now); }
  for (const s of spans) if (s.forecast != null) to = Math.max(to, Math.min(s.forecast, hi));
  return { from: from - DAY / 2, to: to + DAY / 2 };
}

/** A row of the chart: a group heading or a task (sub-tasks indented under their parent). */
export type TimelineRow =
  | { kind: 'group'; key: string; group: string; done: number; total: number }
  | { kind: 'task'; key: string; task: Task; entry: TaskScheduleEntry; indent: boolean };

/**
 * Rows by 会务分工 group, groups ordered by their first bar; within a group by planned start, sub-tasks right after their parent.
 * Cancelled tasks are left out (they have no place in the schedule).
 */
export function timelineRows(tasks: readonly Task[], entries: Record<string, TaskScheduleEntry>): TimelineRow[] {
  const live = tasks.filter((t) => t.status !== 'cancelled' && entries[t.id]);
  const byStart = (a: Task, b: Task) => entries[a.id].start - entries[b.id].start || a.dueAt - b.dueAt || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1);
  const ids = new Set(live.map((t) => t.id));
  const childrenOf = new Map<string, Task[]>();
  for (const t of live) if (t.parentTaskId && ids.has(t.parentTaskId)) childrenOf.set(t.parentTaskId, [...(childrenOf.get(t.parentTaskId) ?? []), t]);
  const groups = new Map<string, Task[]>();
  for (const t of [...live].sort(byStart)) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  const rows: TimelineRow[] = [];
  for (const [group, list] of groups) {
    rows.push({ kind: 'group', key: `g:${group}`, group, done: list.filter((t) => t.status === 'done').length, total: list.length });
    for (const t of list) {
      if (t.parentTaskId && ids.has(t.parentTaskId)) continue;
      rows.push({ kind: 'task', key: t.id, task: t, entry: entries[t.id], indent: false });
      for (const c of (childrenOf.get(t.id) ?? []).sort(byStart)) rows.push({ kind: 'task', key: c.id, task: c, entry: entries[c.id], indent: true });
    }
  }
  return rows;
}

/**
 * An arrow from the end of one bar to the start of another, as an SVG path: right, down, right when there is room;
 * when the successor's bar starts before the predecessor's ends, it goes round between the rows.
 */
export function arrowPath(x1: number, y1: number, x2: number, y2: number, rowHeight: number): string {
  const g = 6;
  if (x2 - x1 >= 2 * g) return `M${x1},${y1} H${x1 + g} V${y2} H${x2}`;
  const ym = y2 > y1 ? y2 - rowHeight / 2 : y2 + rowHeight / 2;
  return `M${x1},${y1} H${x1 + g} V${ym} H${x2 - g * 2} V${y2} H${x2}`;
}
