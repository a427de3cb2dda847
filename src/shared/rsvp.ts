/** The reply slip (回执): what a participant answers about attending, travel, lodging, diet, payment and companions. */
import { z } from 'zod';

/** Where a participant stands: invited until they (or an organiser on their behalf) answer. */
export const ATTENDANCE = ['invited', 'confirmed', 'declined', 'substitute', 'leave', 'tentative'] as const;
/** One attendance state. */
export type Attendance = (typeof ATTENDANCE)[number];
/** The states a reply may set (not back to invited). */
export const REPLY_ATTENDANCE = ['confirmed', 'declined', 'substitute', 'leave', 'tentative'] as const;

/** How someone travels. */
export const TRAVEL_MODES = ['train', 'flight', 'car', 'other'] as const;
/** Lodging wish: 单住, 拼住 (share a twin room), 不住宿. */
export const LODGING_NEEDS = ['single', 'shared', 'none'] as const;
/** Payment status for paid meetings. */
export const PAYMENT_STATUSES = ['unpaid', 'paid', 'invoice_requested', 'exempt'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }).refine(isRealDate, { message: 'date' });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'clock_time' });
const text = (max: number) => z.string().trim().max(max);
const phone = z.string().trim().regex(/^(?:(?:\+?86[- ]?)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/, { message: 'phone' });

/** True for a calendar date that exists (2027-02-30 does not). */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** One leg of travel: 抵达 or 返程. */
export const travelSchema = z.object({
  date: isoDate,
  time: hhmm.nullable().optional(),
  mode: z.enum(TRAVEL_MODES).nullable().optional(),
  number: text(20).nullable().optional(),
  station: text(50).nullable().optional(),
});

/** The reply slip body: `PUT /api/rsvp/:token` and the organiser's on-behalf answer. */
export const replySchema = z
  .object({
    attendance: z.enum(REPLY_ATTENDANCE),
    substitute: z.object({ name: text(50).min(1), title: text(50).nullable().optional(), phone: phone.nullable().optional() }).nullable().optional(),
    leaveReason: text(500).nullable().optional(),
    arrival: travelSchema.nullable().optional(),
    departure: travelSchema.nullable().optional(),
    lodging: z.object({ need: z.enum(LODGING_NEEDS), nights: z.array(isoDate).max(31).optional(), shareWith: text(50).nullable().optional() }).nullable().optional(),
    dietary: z.object({ halal: z.boolean().default(false), vegetarian: z.boolean().default(false), allergies: text(200).nullable().optional(), other: text(200).nullable().optional() }).nullable().optional(),
    payment: z.object({ status: z.enum(PAYMENT_STATUSES), invoiceTitle: text(100).nullable().optional(), taxId: text(30).nullable().optional() }).nullable().optional(),
    companions: z.array(z.object({ name: text(50).min(1), phone: phone.nullable().optional(), relation: text(20).nullable().optional() })).max(5).optional(),
    note: text(500).nullable().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.attendance === 'substitute' && !r.substitute) ctx.addIssue({ code: 'custom', path: ['substitute', 'name'], message: 'substitute_required' });
    if (r.attendance === 'leave' && !r.leaveReason) ctx.addIssue({ code: 'custom', path: ['leaveReason'], message: 'leave_reason_required' });
    if (r.arrival && r.departure && `${r.departure.date}T${r.departure.time ?? '23:59'}` < `${r.arrival.date}T${r.arrival.time ?? '00:00'}`) {
      ctx.addIssue({ code: 'custom', path: ['departure', 'date'], message: 'departure_before_arrival' });
    }
  });
/** A reply. */
export type Reply = z.infer<typeof replySchema>;

/** What the personal RSVP page shows (public, by token). */
export const rsvpViewSchema = z.object({
  orgName: z.string(),
  meeting: z.object({ title: z.string(), startAt: z.number(), endAt: z.number(), timeZone: z.string(), place: z.string().nullable(), purpose: z.string().nullable() }),
  participant: z.object({ name: z.string(), unit: z.string().nullable(), role: z.string(), groupName: z.string().nullable() }),
  attendance: z.enum(ATTENDANCE),
  reply: z.any().nullable(),
  answeredAt: z.number().nullable(),
  deadline: z.number().nullable(),
  contact: z.string().nullable(),
  /** True when the meeting collects fees (the payment block is shown). */
  paid: z.boolean(),
  /** True while answers are accepted (until the meeting starts). */
  open: z.boolean(),
  expiresAt: z.number(),
});
/** The RSVP page's data. */
export type RsvpView = z.infer<typeof rsvpViewSchema>;

/** Attendance as lists show it. */
export const ATTENDANCE_LABELS: Record<Attendance, { 'zh-CN': string; en: string }> = {
  invited: { 'zh-CN': '待回复', en: 'Invited' },
  confirmed: { 'zh-CN': '确认参会', en: 'Attending' },
  declined: { 'zh-CN': '不参会', en: 'Declined' },
  substitute: { 'zh-CN': '代参会', en: 'Substitute' },
  leave: { 'zh-CN': '请假', en: 'On leave' },
  tentative: { 'zh-CN': '待定', en: 'Tentative' },
};
/** 住宿需求 as the 名单 writes it. */
export const LODGING_LABELS: Record<(typeof LODGING_NEEDS)[number], { 'zh-CN': string; en: string }> = {
  single: { 'zh-CN': '单住', en: 'Single room' },
  shared: { 'zh-CN': '拼住', en: 'Shared room' },
  none: { 'zh-CN': '不住宿', en: 'No lodging' },
};
/** 交通方式 as the 名单 writes it. */
export const TRAVEL_MODE_LABELS: Record<(typeof TRAVEL_MODES)[number], { 'zh-CN': string; en: string }> = {
  train: { 'zh-CN': '高铁', en: 'Train' },
  flight: { 'zh-CN': '航班', en: 'Flight' },
  car: { 'zh-CN': '自驾', en: 'Car' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

const waitingPerson = z.object({ participantId: z.string(), name: z.string(), unit: z.string().nullable(), phone: z.string().nullable(), groupName: z.string().nullable() });
const byAttendance = z.record(z.enum(ATTENDANCE), z.number());

/** The RSVP dashboard of a meeting (`GET /api/meetings/:id/rsvp`). */
export const rsvpSummarySchema = z.object({
  total: z.number(),
  byAttendance,
  byGroup: z.array(z.object({ group: z.string(), total: z.number(), byAttendance })),
  /** No notice reached them on any channel. */
  notReached: z.array(waitingPerson),
  /** Reached, not opened, not answered. */
  notRead: z.array(waitingPerson),
  notAnswered: z.array(waitingPerson),
  lodging: z.object({ single: z.number(), shared: z.number(), none: z.number(), roomNights: z.number() }),
  dietary: z.object({ halal: z.number(), vegetarian: z.number(), allergies: z.number() }),
  arrivalsByDate: z.array(z.object({ date: z.string(), count: z.number() })),
});
/** The dashboard's data. */
export type RsvpSummary = z.infer<typeof rsvpSummarySchema>;
