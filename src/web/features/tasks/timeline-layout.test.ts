import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/tasks';
import { scheduleTasks } from '../../../shared/task-schedule';
import { arrowPath, axisRange, buildAxis, timelineRows } from './timeline-layout';

const D = 86_400_000;
const ny = (iso: string) => DateTime.fromISO(iso, { zone: 'America/New_York' }).toMillis();

describe('buildAxis', () => {
  it('gives every local day one column, a 23-hour DST day included, and labels days or Mondays by width', () => {
    const axis = buildAxis({ from: ny('2026-03-06T12:00'), to: ny('2026-03-10T12:00'), zone: 'America/New_York', available: 250, minPx: 20, lang: 'en' });
    expect(axis.dayStarts).toHaveLength(6); // 6, 7, 8 (23 h), 9, 10 March, and the end of the 10th
    expect(axis.pxPerDay).toBe(50);
    expect(axis.xOf(ny('2026-03-08T00:00'))).toBe(100);
    expect(axis.xOf(ny('2026-03-09T00:00'))).toBe(150); // the short day is still one column
    expect(axis.xOf(ny('2026-03-08T12:00'))).toBeCloseTo(100 + (11 / 23) * 50); // 12:00 is 11 real hours into a 23-hour day
    expect(axis.xOf(0)).toBe(0);
    expect(axis.xOf(ny('2027-01-01T00:00'))).toBe(axis.width);
    expect(axis.mode).toBe('day');
    expect(axis.ticks.map((k) => k.label)).toEqual(['6', '7', '8', '9', '10']);
    expect(axis.weekends.map((w) => w.x)).toEqual([50, 100]); // Sat 7, Sun 8
    expect(axis.months).toEqual([{ x: 0, width: 250, label: 'Mar 2026' }]);

    const long = buildAxis({ from: ny('2026-01-01T00:00'), to: ny('2026-03-31T00:00'), zone: 'America/New_York', available: 300, minPx: 10, lang: 'zh-CN' });
    expect(long.mode).toBe('week');
    expect(long.ticks[0].label).toBe('1/5'); // the first Monday
    expect(long.months.map((m) => m.label)).toEqual(['2026年1月', '2026年2月', '2026年3月']);
  });
});

describe('axisRange', () => {
  it('covers the bars and the meeting; today and forecasts only when near', () => {
    const spans = [{ start: 10 * D, end: 20 * D }];
    expect(axisRange(spans, { start: 25 * D, end: 26 * D }, 200 * D)).toEqual({ from: 10 * D - D / 2, to: 26 * D + D / 2 });
    expect(axisRange(spans, {}, 30 * D)).toEqual({ from: 10 * D - D / 2, to: 30 * D + D / 2 });
    expect(axisRange([{ ...spans[0], forecast: 300 * D }], {}, 0).to).toBe(20 * D + 21 * D + D / 2);
  });
});

describe('timelineRows', () => {
  const task = (id: string, group: string, due: number, extra: Partial<Task> = {}): Task => ({
    meetingId: 'm', meetingTitle: 'M', stepKey: null, description: '', ownerRole: 'staff', ownerUserId: null, ownerName: null, evidence: null, doneAt: null, doneBy: null, doneNote: null,
    dependsOn: [], overdue: false, version: 1, phase: 'before', id, group, title: id, dueAt: due, status: 'open', durationDays: 1, parentTaskId: null, ...extra,
  });

  it('groups by 会务分工 group ordered by first bar, sub-tasks under their parent, cancelled tasks left out', () => {
    const tasks = [
      task('b1', '后勤保障组', 5 * D), task('a1', '会务组', 3 * D), task('a2', '会务组', 8 * D), task('a1x', '会务组', 9 * D, { parentTaskId: 'a1' }),
      task('b2', '后勤保障组', 2 * D, { status: 'cancelled' }), task('b3', '后勤保障组', 6 * D, { status: 'done', doneAt: 6 * D }),
    ];
    const rows = timelineRows(tasks, scheduleTasks(tasks, { now: 0, zone: 'UTC' }).entries);
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.group} ${r.done}/${r.total}]` : `${r.indent ? '  ' : ''}${r.task.id}`))).toEqual([
      '[会务组 0/3]', 'a1', '  a1x', 'a2', '[后勤保障组 1/2]', 'b1', 'b3',
    ]);
  });
});

describe('arrowPath', () => {
  it('goes right, down and right when the successor starts later, and round between rows otherwise', () => {
    expect(arrowPath(10, 15, 50, 75, 30)).toBe('M10,15 H16 V75 H50');
    expect(arrowPath(50, 15, 20, 75, 30)).toBe('M50,15 H56 V60 H8 V75 H20');
    expect(arrowPath(50, 75, 20, 15, 30)).toBe('M50,75 H56 V30 H8 V15 H20');
  });
});
