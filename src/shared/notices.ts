/** Notices (通知): kinds, states, channels, the seed's completeness check and the template language, shared by server and web. */
import { z } from 'zod';
import { ATTENDANCE } from './rsvp';
import { PARTICIPANT_ROLES } from './participants';

/** 会议通知, 会务通知, 变更通知, reminder (催办/提醒). */
export const NOTICE_KINDS = ['meeting', 'logistics', 'change', 'reminder'] as const;
/** One kind. */
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** draft → pending_approval → approved → queued → sent; rejected goes back to editing; cancelled stops sending. */
export const NOTICE_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'queued', 'sent', 'cancelled'] as const;
/** One state. */
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Channels a notice goes out on; `bot` is a group robot (DingTalk, WeCom, Feishu). */
export const CHANNELS = ['email', 'sms', 'inapp', 'bot'] as const;
/** One channel. */
export type Channel = (typeof CHANNELS)[number];

/** A delivery's life: queued → sent | failed → read → answered. */
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'read', 'answered'] as const;
/** One delivery state. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Group robot platforms. */
export const BOT_PLATFORMS = ['dingtalk', 'wecom', 'feishu'] as const;

/** What the seed says a notice must say (会议通知的草拟): checked before it may be sent. */
export const COMPLETENESS_ITEMS = ['purpose', 'time', 'place', 'attendees', 'prepare', 'contact', 'rsvp_deadline'] as const;
/** One item. */
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

/** Which items each kind needs: a reminder repeats an approved notice; a change notice must say the new time and place. */
export const REQUIRED_ITEMS: Record<NoticeKind, readonly CompletenessItem[]> = {
  meeting: COMPLETENESS_ITEMS,
  logistics: ['time', 'place', 'attendees', 'contact'],
  change: ['time', 'place', 'attendees', 'contact'],
  reminder: ['time', 'place', 'attendees'],
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);

/** Who a notice goes to; empty lists mean everyone of the meeting. */
export const audienceSchema = z.object({
  roles: z.array(z.enum(PARTICIPANT_ROLES)).max(PARTICIPANT_ROLES.length).default([]),
  groups: z.array(text(30).min(1)).max(50).default([]),
  attendance: z.array(z.enum(ATTENDANCE)).max(ATTENDANCE.length).default([]),
  /** Exactly these participants (a change notice goes to those already notified). */
  participantIds: z.array(id).max(100000).optional(),
});
/** An audience. */
export type Audience = z.infer<typeof audienceSchema>;

/** Channels chosen for a notice. */
export const channelChoiceSchema = z.object({
  email: z.boolean().default(true),
  sms: z.boolean().default(false),
  inapp: z.boolean().default(true),
  botIds: z.array(id).max(20).default([]),
});
/** Channel choice. */
export type ChannelChoice = z.infer<typeof channelChoiceSchema>;

/** Reminders to those who have not answered: hours before the reply deadline; escalation to the department contact at the deadline. */
export const remindersSchema = z.object({
  hoursBeforeDeadline: z.array(z.number().int().min(1).max(24 * 60)).max(5).default([72, 24]),
  escalate: z.boolean().default(true),
});

/** True when a participant is in the audience. */
export function inAudience(a: Audience, p: { participantId: string; role: string; groupName: string | null; attendance: string }): boolean {
  if (a.participantIds && !a.participantIds.includes(p.participantId)) return false;
  if (a.roles.length && !(a.roles as readonly string[]).includes(p.role)) return false;
  if (a.groups.length && !a.groups.includes(p.groupName ?? '')) return false;
  if (a.attendance.length && !(a.attendance as readonly string[]).includes(p.attendance)) return false;
  return true;
}

/** The editable fields of a notice. */
export const noticeFieldsSchema = z.object({
  kind: z.enum(NOTICE_KINDS),
  round: z.number().int().min(1).max(3).nullable().optional(),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  subject: text(200).min(1),
  body: text(20000).min(1),
  docNumber: text(50).nullable().optional(),
  addressee: text(200).nullable().optional(),
  prepare: text(2000).nullable().optional(),
  contact: text(200).nullable().optional(),
  rsvpDeadline: z.number().int().min(0).nullable().optional(),
  attachments: z.array(text(100).min(1)).max(20).default([]),
  channels: channelChoiceSchema.default({ email: true, sms: false, inapp: true, botIds: [] }),
  audience: audienceSchema.default({ roles: [], groups: [], attendance: [] }),
  reminders: remindersSchema.default({ hoursBeforeDeadline: [72, 24], escalate: true }),
});

/** Body of `POST /api/meetings/:id/notices`: subject and body default to the organisation's template of the kind. */
export const createNoticeSchema = noticeFieldsSchema.extend({ subject: text(200).min(1).optional(), body: text(20000).min(1).optional() });
/** Body of `PUT /api/notices/:id`. */
export const updateNoticeSchema = noticeFieldsSchema.omit({ kind: true }).extend({ version: z.number().int().min(1) });

/** Counts of a notice's deliveries by state. */
export const deliveryCountsSchema = z.object({ total: z.number(), queued: z.number(), sent: z.number(), failed: z.number(), read: z.number(), answered: z.number() });

/** A notice as the API returns it. */
export const noticeSchema = z.object({
  id: z.string(), meetingId: z.string(), kind: z.enum(NOTICE_KINDS), round: z.number().nullable(), status: z.enum(NOTICE_STATUSES), locale: z.enum(['zh-CN', 'en']),
  subject: z.string(), body: z.string(), docNumber: z.string().nullable(), addressee: z.string().nullable(), prepare: z.string().nullable(), contact: z.string().nullable(),
  rsvpDeadline: z.number().nullable(), attachments: z.array(z.string()), channels: channelChoiceSchema, audience: audienceSchema,
  reminders: remindersSchema, change: z.any().nullable(), rejectReason: z.string().nullable(),
  createdBy: z.string().nullable(), approvedBy: z.string().nullable(), approvedAt: z.number().nullable(), queuedAt: z.number().nullable(),
  version: z.number(), createdAt: z.number(), updatedAt: z.number(),
  missing: z.array(z.enum(COMPLETENESS_ITEMS)), recipients: z.number(), deliveries: deliveryCountsSchema,
});
/** A notice. */
export type Notice = z.infer<typeof noticeSchema>;

/** A delivery row as the API returns it. */
export const deliverySchema = z.object({
  id: z.string(), participantId: z.string().nullable(), recipientName: z.string(), channel: z.enum(CHANNELS), address: z.string(), status: z.enum(DELIVERY_STATUSES),
  attempts: z.number(), lastError: z.string().nullable(), sentAt: z.number().nullable(), readAt: z.number().nullable(), answeredAt: z.number().nullable(), updatedAt: z.number(),
});

/** What the completeness check looks at: the meeting and the notice. */
export type CompletenessSubject = {
  kind: NoticeKind;
  purpose: string | null | undefined;
  startAt: number | null | undefined;
  endAt: number | null | undefined;
  place: string | null | undefined;
  recipients: number;
  prepare: string | null | undefined;
  contact: string | null | undefined;
  rsvpDeadline: number | null | undefined;
};

/** The items a notice still lacks; sending is refused until this is empty. */
export function missingItems(s: CompletenessSubject): CompletenessItem[] {
  const has: Record<CompletenessItem, boolean> = {
    purpose: !!s.purpose?.trim(),
    time: !!s.startAt && !!s.endAt && s.endAt > s.startAt,
    place: !!s.place?.trim(),
    attendees: s.recipients > 0,
    prepare: !!s.prepare?.trim(),
    contact: !!s.contact?.trim(),
    rsvp_deadline: !!s.rsvpDeadline && (!s.startAt || s.rsvpDeadline <= s.startAt),
  };
  return REQUIRED_ITEMS[s.kind].filter((item) => !has[item]);
}

/** Variables a template may use, e.g. `{{name}}`. */
export const TEMPLATE_VARIABLES = ['name', 'title', 'purpose', 'time', 'place', 'agenda', 'prepare', 'contact', 'deadline', 'link', 'unit', 'role', 'change', 'org', 'materials'] as const;
/** Values for one recipient. */
export type TemplateValues = Partial<Record<(typeof TEMPLATE_VARIABLES)[number], string>>;

/** Fills `{{variable}}` placeholders; unknown names stay visible so a typo is seen in the preview. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in values ? (values as Record<string, string>)[k] ?? '' : m));
}

/** Placeholders in a template that are not variables. */
export function unknownVariables(template: string): string[] {
  const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
  return [...new Set(names.filter((n) => !(TEMPLATE_VARIABLES as readonly string[]).includes(n)))];
}

/** Body of `PUT /api/notice-templates/:kind/:locale`. */
export const templateInputSchema = z.object({ subject: text(200).min(1), body: text(20000).min(1) });
/** A template as the API returns it (`custom` false when it is the built-in default). */
export const templateSchema = z.object({ kind: z.enum(NOTICE_KINDS), locale: z.enum(['zh-CN', 'en']), subject: z.string(), body: z.string(), custom: z.boolean() });
