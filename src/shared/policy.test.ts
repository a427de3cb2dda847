import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { checkMeetingPolicy, DEFAULT_POLICY, isMultiDepartment } from './policy';

const at = (iso: string, zone = 'Asia/Shanghai') => DateTime.fromISO(iso, { zone }).toMillis();
const base = { kind: 'report' as const, timeZone: 'Asia/Shanghai', departmentIds: ['a', 'b'], expectedSize: 20, plannedAt: at('2026-01-01T10:00') };

describe('multi-department start times (seed: 9:10 / 14:10)', () => {
  it('warns for 09:00 and names the allowed times', () => {
    const w = checkMeetingPolicy({ ...base, startAt: at('2026-03-02T09:00') }, DEFAULT_POLICY);
    expect(w).toEqual([{ code: 'multi_department_start_time', field: 'startAt', params: { start: '09:00', allowed: '09:10 / 14:10' } }]);
  });

  it('accepts 09:10 and 14:10 read in the meeting zone, not UTC', () => {
    expect(checkMeetingPolicy({ ...base, startAt: at('2026-03-02T09:10') }, DEFAULT_POLICY)).toEqual([]);
    expect(checkMeetingPolicy({ ...base, startAt: at('2026-03-02T14:10') }, DEFAULT_POLICY)).toEqual([]);
    const berlin = { ...base, timeZone: 'Europe/Berlin' };
    expect(checkMeetingPolicy({ ...berlin, startAt: at('2026-07-01T09:10', 'Europe/Berlin') }, DEFAULT_POLICY)).toEqual([]);
    expect(checkMeetingPolicy({ ...berlin, startAt: at('2026-07-01T09:10') }, DEFAULT_POLICY)).toHaveLength(1);
  });

  it('does not apply to a single-department meeting; an all-hands always counts as multi-department', () => {
    expect(checkMeetingPolicy({ ...base, departmentIds: ['a', 'a'], startAt: at('2026-03-02T09:00') }, DEFAULT_POLICY)).toEqual([]);
    expect(isMultiDepartment({ kind: 'all_hands', departmentIds: [] })).toBe(true);
  });

  it('follows a changed policy', () => {
    const w = checkMeetingPolicy({ ...base, startAt: at('2026-03-02T09:10') }, { ...DEFAULT_POLICY, multiDepartmentStartTimes: ['08:30'] });
    expect(w[0].params.allowed).toBe('08:30');
  });
});

describe('large meetings are planned three months ahead', () => {
  const forum = { ...base, kind: 'forum' as const, departmentIds: ['a'], expectedSize: 800 };

  it('warns a forum starting under three calendar months after planning began, with the days left', () => {
    const w = checkMeetingPolicy({ ...forum, startAt: at('2026-03-31T09:10') }, DEFAULT_POLICY);
    expect(w).toEqual([{ code: 'large_meeting_lead_time', field: 'startAt', params: { months: 3, days: 89 } }]);
    expect(checkMeetingPolicy({ ...forum, startAt: at('2026-04-01T10:00') }, DEFAULT_POLICY)).toEqual([]);
  });

  it('counts any kind at or above the size threshold as large', () => {
    const big = { ...base, departmentIds: ['a'], expectedSize: DEFAULT_POLICY.largeMeetingMinSize };
    expect(checkMeetingPolicy({ ...big, startAt: at('2026-02-01T09:10') }, DEFAULT_POLICY).map((x) => x.code)).toEqual(['large_meeting_lead_time']);
    expect(checkMeetingPolicy({ ...big, expectedSize: 199, startAt: at('2026-02-01T09:10') }, DEFAULT_POLICY)).toEqual([]);
  });
});
