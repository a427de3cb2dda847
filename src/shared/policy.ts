/** Organisation policy from the seed's 会议制度, checked as warnings the organiser sees before saving. */
import { z } from 'zod';
import type { MeetingKind } from './meetings';
import { calendarDaysBetween, clockTime, plusMonths } from './time';

/** The largest material upload the server reads at all (the upload route's body limit); an organisation's own limit is at most this. */
export const MATERIAL_HARD_CAP_MB = 100;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'clock_time' });

/** Policy settings an admin may change; the defaults are the seed's. */
export const orgPolicySchema = z.object({
  /** 多个部门参加的会议: 上午 9:10 开始, 下午 14:10 开始. */
  multiDepartmentStartTimes: z.array(hhmm).min(1).max(6),
  /** A meeting at least this size counts as large (a forum always does). */
  largeMeetingMinSize: z.number().int().min(2).max(100000),
  /** 原则上, 提前三个月以上进行大型会议的策划. */
  largeMeetingLeadMonths: z.number().int().min(0).max(24),
  /** Working hours and days: "find a time" only suggests inside them. */
  workdayStart: hhmm,
  workdayEnd: hhmm,
  workdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  /** Default booking rules of internal rooms (a venue may override each). */
  bookingStart: hhmm,
  bookingEnd: hhmm,
  bookingMinMinutes: z.number().int().min(5).max(24 * 60),
  bookingMaxMinutes: z.number().int().min(5).max(14 * 24 * 60),
  bookingMaxAdvanceDays: z.number().int().min(0).max(3650),
  bookingSetupMinutes: z.number().int().min(0).max(24 * 60),
  bookingCleanupMinutes: z.number().int().min(0).max(24 * 60),
  /** Room check-in window around the start; unconfirmed bookings are released after it. */
  checkinBeforeMinutes: z.number().int().min(0).max(240),
  checkinAfterMinutes: z.number().int().min(1).max(240),
  /** How long a freed slot offered to the waitlist is held for the person offered it. */
  waitlistHoldMinutes: z.number().int().min(1).max(24 * 60),
  /** Notices are approved by a leader before they go out (审核后发出). */
  noticeRequiresApproval: z.boolean(),
  /** Personal reply links stop working this many days after the meeting ends. */
  rsvpLinkDaysAfter: z.number().int().min(0).max(365),
  /** The organisation's colours (agenda slides, badges, printed pages). */
  brandPrimary: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour' }),
  brandAccent: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour' }),
  /** Largest meeting material (PPT, PDF, Word) one may upload, in MB. */
  materialMaxMb: z.number().int().min(1).max(MATERIAL_HARD_CAP_MB),
});
/** Policy values. */
export type OrgPolicy = z.infer<typeof orgPolicySchema>;

/** The seed's defaults. */
export const DEFAULT_POLICY: OrgPolicy = {
  multiDepartmentStartTimes: ['09:10', '14:10'],
  largeMeetingMinSize: 200,
  largeMeetingLeadMonths: 3,
  workdayStart: '08:30',
  workdayEnd: '18:00',
  workdays: [1, 2, 3, 4, 5],
  bookingStart: '07:00',
  bookingEnd: '23:00',
  bookingMinMinutes: 30,
  bookingMaxMinutes: 300,
  bookingMaxAdvanceDays: 7,
  bookingSetupMinutes: 0,
  bookingCleanupMinutes: 0,
  checkinBeforeMinutes: 5,
  checkinAfterMinutes: 10,
  waitlistHoldMinutes: 30,
  noticeRequiresApproval: true,
  rsvpLinkDaysAfter: 14,
  brandPrimary: '#1d4ed8',
  brandAccent: '#c00000',
  materialMaxMb: 50,
};

/** What the policy check needs to know about a meeting. */
export type PolicySubject = {
  kind: MeetingKind;
  startAt: number;
  timeZone: string;
  departmentIds: readonly string[];
  expectedSize?: number | null;
  /** When planning began: now for a new meeting, its creation time afterwards. */
  plannedAt: number;
};

/** A policy warning: a code the web translates, the field it concerns, and values for the message. */
export type PolicyWarning = { code: string; field: string; params: Record<string, string | number> };

/** True when the meeting involves more than one department (an all-hands always does). */
export function isMultiDepartment(s: Pick<PolicySubject, 'kind' | 'departmentIds'>): boolean {
  return s.kind === 'all_hands' || new Set(s.departmentIds).size > 1;
}

/** True for a forum or a meeting at or above the policy's size. */
export function isLargeMeeting(s: Pick<PolicySubject, 'kind' | 'expectedSize'>, policy: OrgPolicy): boolean {
  return s.kind === 'forum' || (s.expectedSize ?? 0) >= policy.largeMeetingMinSize;
}

/** Every policy rule the meeting breaks; an empty list means it follows the policy. */
export function checkMeetingPolicy(s: PolicySubject, policy: OrgPolicy): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  const start = clockTime(s.startAt, s.timeZone);
  if (isMultiDepartment(s) && !policy.multiDepartmentStartTimes.includes(start)) {
    warnings.push({
      code: 'multi_department_start_time',
      field: 'startAt',
      params: { start, allowed: policy.multiDepartmentStartTimes.join(' / ') },
    });
  }
  if (isLargeMeeting(s, policy) && policy.largeMeetingLeadMonths > 0) {
    const earliest = plusMonths(s.plannedAt, policy.largeMeetingLeadMonths, s.timeZone);
    if (s.startAt < earliest) {
      const days = Math.max(0, calendarDaysBetween(s.plannedAt, s.startAt, s.timeZone));
      warnings.push({
        code: 'large_meeting_lead_time',
        field: 'startAt',
        params: { months: policy.largeMeetingLeadMonths, days },
      });
    }
  }
  return warnings;
}
