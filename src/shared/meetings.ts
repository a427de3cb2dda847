/** The meeting plan (会议方案): its fields, kinds, lifecycle and the schemas server and web share. */
import { z } from 'zod';
import type { Permission } from './roles';
import { isValidTimeZone } from './time';

/** Kinds of meeting from the seed: by purpose (汇报/通报/研讨) and by occasion. */
export const MEETING_KINDS = [
  'report', 'briefing', 'discussion', 'kickoff', 'review', 'coordination', 'all_hands', 'forum', 'regular',
] as const;
/** One meeting kind. */
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Held inside the organisation or outside (hotel, conference centre): the flows differ later. */
export const MEETING_SCOPES = ['internal', 'external'] as const;
/** Internal or external. */
export type MeetingScope = (typeof MEETING_SCOPES)[number];

/** Lifecycle states (DOMAIN.md "The lifecycle"), plus cancelled. */
export const MEETING_STATUSES = [
  'draft', 'planned', 'approved', 'notified', 'in_progress', 'concluded', 'closed', 'cancelled',
] as const;
/** One lifecycle state. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** 会前 / 会中 / 会后, derived from the state so it never disagrees with it. */
export type MeetingPhase = 'before' | 'during' | 'after' | 'cancelled';

/** Which phase a state belongs to. */
export function phaseOf(status: MeetingStatus): MeetingPhase {
  if (status === 'cancelled') return 'cancelled';
  if (status === 'in_progress') return 'during';
  if (status === 'concluded' || status === 'closed') return 'after';
  return 'before';
}

/** A state change: where it may start, where it ends, who may do it and whether a reason is required. */
export type Transition = { from: readonly MeetingStatus[]; to: MeetingStatus; permission: Permission; reason: boolean };

/** The only allowed state changes; each becomes one route `POST /api/meetings/:id/<action>`. */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'planned', permission: 'meeting.write', reason: false },
  withdraw: { from: ['planned'], to: 'draft', permission: 'meeting.write', reason: false },
  approve: { from: ['planned'], to: 'approved', permission: 'meeting.approve', reason: false },
  reject: { from: ['planned'], to: 'draft', permission: 'meeting.approve', reason: true },
  notify: { from: ['approved'], to: 'notified', permission: 'meeting.write', reason: false },
  start: { from: ['approved', 'notified'], to: 'in_progress', permission: 'meeting.write', reason: false },
  conclude: { from: ['in_progress'], to: 'concluded', permission: 'meeting.write', reason: false },
  close: { from: ['concluded'], to: 'closed', permission: 'meeting.write', reason: false },
  cancel: { from: ['draft', 'planned', 'approved', 'notified'], to: 'cancelled', permission: 'meeting.write', reason: true },
} as const satisfies Record<string, Transition>;
/** A transition name, e.g. `approve`. */
export type TransitionAction = keyof typeof TRANSITIONS;

/** Actions available from a state (the web shows these as buttons). */
export function actionsFrom(status: MeetingStatus): TransitionAction[] {
  return (Object.keys(TRANSITIONS) as TransitionAction[]).filter((a) =>
    (TRANSITIONS[a].from as readonly MeetingStatus[]).includes(status),
  );
}

/** States in which the plan itself may still be edited. */
export const EDITABLE_STATUSES: readonly MeetingStatus[] = ['draft', 'planned', 'approved', 'notified'];

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

/** The fields an organiser fills in; `startAt`/`endAt` are epoch ms, `timeZone` an IANA name. */
export const meetingFieldsSchema = z.object({
  title: text(100).min(1),
  theme: optionalText(200),
  purpose: optionalText(2000),
  kind: z.enum(MEETING_KINDS),
  scope: z.enum(MEETING_SCOPES),
  startAt: z.number().int().min(0),
  endAt: z.number().int().min(0),
  timeZone: z.string().refine(isValidTimeZone, { message: 'time_zone' }),
  place: optionalText(200),
  hostPersonId: id.nullable().optional(),
  departmentId: id.nullable().optional(),
  participatingDepartmentIds: z.array(id).max(200).optional(),
  expectedSize: z.number().int().min(1).max(100000).nullable().optional(),
  notes: optionalText(5000),
});

const endAfterStart = (v: { startAt?: number; endAt?: number }) =>
  v.startAt === undefined || v.endAt === undefined || v.endAt > v.startAt;
const endAfterStartIssue = { message: 'end_before_start', path: ['endAt'] };

/** A series rule: an RFC 5545 RRULE without DTSTART (the meeting's start is the first occurrence). */
export const recurrenceSchema = z.object({ rrule: z.string().trim().min(1).max(500) });

/** Body of `POST /api/meetings`. */
export const createMeetingSchema = meetingFieldsSchema
  .extend({ recurrence: recurrenceSchema.optional() })
  .refine(endAfterStart, endAfterStartIssue);
/** Create input. */
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

/** Body of `PATCH /api/meetings/:id`: any subset of fields, the version read, and for a series how far to apply. */
export const updateMeetingSchema = meetingFieldsSchema
  .partial()
  .extend({
    version: z.number().int().min(1),
    applyTo: z.enum(['occurrence', 'following']).optional(),
  })
  .refine(endAfterStart, endAfterStartIssue);
/** Update input. */
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

/** Body of a transition: a reason where required, and for a series whether following occurrences change too. */
export const transitionSchema = z.object({
  reason: optionalText(1000),
  applyTo: z.enum(['occurrence', 'following']).optional(),
});

/** Query of `GET /api/meetings`. */
export const listMeetingsQuery = z.object({
  status: z.enum(MEETING_STATUSES).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  departmentId: id.optional(),
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  q: z.string().trim().max(100).optional(),
  seriesId: id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
/** List filters. */
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuery>;

/** A meeting as the API returns it. */
export const meetingSchema = meetingFieldsSchema.extend({
  id: z.string(),
  timeZone: z.string(),
  status: z.enum(MEETING_STATUSES),
  phase: z.enum(['before', 'during', 'after', 'cancelled']),
  theme: z.string().nullable(),
  purpose: z.string().nullable(),
  place: z.string().nullable(),
  hostPersonId: z.string().nullable(),
  hostName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  participatingDepartmentIds: z.array(z.string()),
  expectedSize: z.number().nullable(),
  notes: z.string().nullable(),
  seriesId: z.string().nullable(),
  seriesRule: z.string().nullable(),
  detached: z.boolean(),
  cancelReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
  actions: z.array(z.enum(Object.keys(TRANSITIONS) as [TransitionAction, ...TransitionAction[]])),
  warnings: z.array(z.object({ code: z.string(), field: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
  /** Health from its tasks (lists only): red when one is overdue, amber when one is due within two days, null without tasks. */
  taskHealth: z.enum(['green', 'amber', 'red']).nullable().optional(),
});
/** A meeting DTO. */
export type Meeting = z.infer<typeof meetingSchema>;

/** State names in both languages (also used inside error messages). */
export const STATUS_LABELS: Record<MeetingStatus, { 'zh-CN': string; en: string }> = {
  draft: { 'zh-CN': '草拟', en: 'Draft' },
  planned: { 'zh-CN': '方案待批', en: 'Planned' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  notified: { 'zh-CN': '已通知', en: 'Notified' },
  in_progress: { 'zh-CN': '进行中', en: 'In progress' },
  concluded: { 'zh-CN': '已结束', en: 'Concluded' },
  closed: { 'zh-CN': '已总结', en: 'Closed' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};

/** Action names as they read inside a sentence ("cannot be approved" / 不能批准). */
export const ACTION_LABELS: Record<TransitionAction, { 'zh-CN': string; en: string }> = {
  submit: { 'zh-CN': '提交审批', en: 'submitted' },
  withdraw: { 'zh-CN': '撤回', en: 'withdrawn' },
  approve: { 'zh-CN': '批准', en: 'approved' },
  reject: { 'zh-CN': '退回', en: 'rejected' },
  notify: { 'zh-CN': '标记为已通知', en: 'marked notified' },
  start: { 'zh-CN': '开始', en: 'started' },
  conclude: { 'zh-CN': '结束', en: 'concluded' },
  close: { 'zh-CN': '归档', en: 'closed' },
  cancel: { 'zh-CN': '取消', en: 'cancelled' },
};
