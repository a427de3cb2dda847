/** The agenda (议程): item kinds, the schemas server and web share, and the published-version shapes. */
import { z } from 'zod';

/** Kinds of agenda items, from the seed's all-hands agenda and conference practice. */
export const AGENDA_KINDS = ['sign_in', 'opening', 'speech', 'report', 'discussion', 'qa', 'break', 'meal', 'activity', 'summary', 'other'] as const;
/** One kind. */
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** Item kinds as the agenda shows them. */
export const AGENDA_KIND_LABELS: Record<AgendaKind, { 'zh-CN': string; en: string }> = {
  sign_in: { 'zh-CN': '签到', en: 'Sign-in' },
  opening: { 'zh-CN': '开幕致辞', en: 'Opening' },
  speech: { 'zh-CN': '主题演讲', en: 'Speech' },
  report: { 'zh-CN': '工作汇报', en: 'Report' },
  discussion: { 'zh-CN': '讨论', en: 'Discussion' },
  qa: { 'zh-CN': '问答', en: 'Q&A' },
  break: { 'zh-CN': '茶歇', en: 'Break' },
  meal: { 'zh-CN': '用餐', en: 'Meal' },
  activity: { 'zh-CN': '团队活动', en: 'Team activity' },
  summary: { 'zh-CN': '总结表彰', en: 'Summary and awards' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);

/** Body of create/update of an item: fixed start and end (epoch ms); the web offers "duration" and computes the end. */
export const agendaItemInputSchema = z
  .object({
    kind: z.enum(AGENDA_KINDS),
    title: text(200).min(1),
    startAt: z.number().int().min(0),
    endAt: z.number().int().min(0),
    /** A room of the venue registry, for parallel sessions; null means the meeting's own place. */
    venueId: id.nullable().optional(),
    place: text(100).nullable().optional(),
    /** Participants (meeting_participants ids) who present or speak. */
    presenterIds: z.array(id).max(20).default([]),
    materials: text(500).nullable().optional(),
    notes: text(2000).nullable().optional(),
  })
  .refine((v) => v.endAt > v.startAt, { message: 'end_before_start', path: ['endAt'] });
/** Item input. */
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

/** An item as the API returns it. */
export const agendaItemSchema = z.object({
  id: z.string(), kind: z.enum(AGENDA_KINDS), title: z.string(), startAt: z.number(), endAt: z.number(), venueId: z.string().nullable(), venueName: z.string().nullable(),
  place: z.string().nullable(), presenterIds: z.array(z.string()), presenterNames: z.array(z.string()), materials: z.string().nullable(), notes: z.string().nullable(),
  actualStartAt: z.number().nullable(), actualEndAt: z.number().nullable(), sortOrder: z.number(),
});
/** An agenda item. */
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** One line of a published version's changelog. */
export const agendaChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'moved', 'renamed', 'presenters', 'place']),
  itemId: z.string(), title: z.string(), before: z.string().nullable(), after: z.string().nullable(),
});
/** A changelog line. */
export type AgendaChange = z.infer<typeof agendaChangeSchema>;

/** A published version. */
export const agendaVersionSchema = z.object({
  version: z.number(), publishedAt: z.number(), publishedBy: z.string().nullable(), publishedByName: z.string().nullable(), items: z.array(agendaItemSchema), changes: z.array(agendaChangeSchema),
});

/** The agenda of a meeting: the draft items, whether they differ from the last published version, and the versions. */
export const agendaSchema = z.object({
  meetingId: z.string(), items: z.array(agendaItemSchema), dirty: z.boolean(), publishedVersion: z.number().nullable(),
  versions: z.array(agendaVersionSchema.omit({ items: true })),
});
/** An agenda. */
export type Agenda = z.infer<typeof agendaSchema>;
