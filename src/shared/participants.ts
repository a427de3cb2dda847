/** Meeting participants: roles, what each role may do, and the schemas shared by server and web. */
import { z } from 'zod';
import { ATTENDANCE } from './rsvp';

/** Roles of the seed's 名词解说 (3.4–3.8) and the service roles, in the order forms offer them. */
export const PARTICIPANT_ROLES = ['host', 'presenter', 'participant', 'observer', 'recorder', 'guest_speaker', 'sponsor', 'media', 'staff'] as const;
/** One role. */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** What a role may do in a meeting: 列席人 (observer) speaks but does not vote; 会务人员 and 记录员 serve, not attend. */
export const ROLE_CAPABILITIES: Record<ParticipantRole, { vote: boolean; speak: boolean; replySlip: boolean; materials: boolean }> = {
  host: { vote: true, speak: true, replySlip: true, materials: true },
  presenter: { vote: true, speak: true, replySlip: true, materials: true },
  participant: { vote: true, speak: true, replySlip: true, materials: true },
  observer: { vote: false, speak: true, replySlip: true, materials: true },
  recorder: { vote: false, speak: false, replySlip: false, materials: true },
  guest_speaker: { vote: false, speak: true, replySlip: true, materials: true },
  sponsor: { vote: false, speak: false, replySlip: true, materials: false },
  media: { vote: false, speak: false, replySlip: true, materials: false },
  staff: { vote: false, speak: false, replySlip: false, materials: true },
};

const groupName = z.string().trim().max(30).nullable().optional();

/** Body of `POST /api/meetings/:id/participants`. */
export const addParticipantSchema = z.object({
  personId: z.string().min(1).max(64), role: z.enum(PARTICIPANT_ROLES).default('participant'), required: z.boolean().default(true), groupName,
});

/** Body of `PATCH /api/meetings/:id/participants/:participantId`. */
export const updateParticipantSchema = z.object({ role: z.enum(PARTICIPANT_ROLES).optional(), required: z.boolean().optional(), groupName });

/** A participant as the API returns it. */
export const participantSchema = z.object({
  id: z.string(), personId: z.string(), personName: z.string(), unit: z.string().nullable(), departmentName: z.string().nullable(),
  title: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(),
  role: z.enum(PARTICIPANT_ROLES), required: z.boolean(), groupName: z.string().nullable(),
  attendance: z.enum(ATTENDANCE), reply: z.any().nullable(), answeredAt: z.number().nullable(), answeredOnBehalf: z.boolean(),
  canVote: z.boolean(),
});
/** A participant DTO. */
export type Participant = z.infer<typeof participantSchema>;

/** Role names as lists and forms show them (the 参会角色 column of a 名单). */
export const ROLE_LABELS: Record<ParticipantRole, { 'zh-CN': string; en: string }> = {
  host: { 'zh-CN': '主持人', en: 'Host' },
  presenter: { 'zh-CN': '汇报人', en: 'Presenter' },
  participant: { 'zh-CN': '参会人', en: 'Participant' },
  observer: { 'zh-CN': '列席人', en: 'Observer' },
  recorder: { 'zh-CN': '记录员', en: 'Recorder' },
  guest_speaker: { 'zh-CN': '演讲嘉宾', en: 'Guest speaker' },
  sponsor: { 'zh-CN': '赞助商', en: 'Sponsor' },
  media: { 'zh-CN': '媒体', en: 'Media' },
  staff: { 'zh-CN': '会务人员', en: 'Meeting staff' },
};
