/** In-app notifications: their kinds and how each reads in zh-CN and en. */
import { interpolate, type Lang } from './errors';
import { INCIDENT_KIND_LABELS } from './incidents';
import { builtInText } from './playbook-defaults-en';
import { formatRange } from './time';

/** What a notification is about. */
export const NOTIFICATION_KINDS = [
  'booking_pending', 'booking_approved', 'booking_rejected', 'booking_released', 'booking_cancelled', 'waitlist_offered', 'service_requested',
  'agenda_changed', 'agenda_overrun', 'task_due_soon', 'task_overdue', 'notice_pending', 'notice_approved', 'notice_rejected', 'notice_received', 'change_notice_drafted', 'rsvp_escalated', 'rsvp_on_behalf',
  'coordination_decision', 'incident_high', 'incident_assigned',
] as const;
/** One kind. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const templates: Record<NotificationKind, { 'zh-CN': string; en: string }> = {
  booking_pending: { 'zh-CN': '{by} 申请预订 {venue}（{time}）：{title}，请审批', en: '{by} asks to book {venue} ({time}): {title}. Please approve or reject' },
  booking_approved: { 'zh-CN': '您预订的 {venue}（{time}）已获批准', en: 'Your booking of {venue} ({time}) is approved' },
  booking_rejected: { 'zh-CN': '您预订的 {venue}（{time}）未获批准：{reason}', en: 'Your booking of {venue} ({time}) was rejected: {reason}' },
  booking_released: { 'zh-CN': '{venue}（{time}）未在开始后按时签到，已自动释放', en: '{venue} ({time}) was not checked in and has been released' },
  booking_cancelled: { 'zh-CN': '您预订的 {venue}（{time}）已被 {by} 取消：{reason}', en: 'Your booking of {venue} ({time}) was cancelled by {by}: {reason}' },
  waitlist_offered: { 'zh-CN': '您候补的 {venue}（{time}）已空出，为您保留至 {until}，请尽快确认', en: '{venue} ({time}) you waited for is free and held for you until {until}; please confirm' },
  task_due_soon: { 'zh-CN': '「{meeting}」的任务「{title}」将于 {due} 到期', en: 'Task "{title}" of "{meeting}" is due {due}' },
  coordination_decision: { 'zh-CN': '「{meeting}」协调会决定（任务「{task}」）：{text}', en: 'Coordination meeting on "{meeting}" decided (task "{task}"): {text}' },
  incident_high: { 'zh-CN': '【紧急】「{meeting}」{kind}：{place}，{text}', en: 'URGENT at "{meeting}": {kind} at {place}: {text}' },
  incident_assigned: { 'zh-CN': '请处置「{meeting}」的现场事件：{place}，{text}', en: 'Please handle an incident at "{meeting}": {place}: {text}' },
  task_overdue: { 'zh-CN': '「{meeting}」的任务「{title}」已逾期（时限 {due}）', en: 'Task "{title}" of "{meeting}" is overdue (was due {due})' },
  agenda_changed: { 'zh-CN': '「{title}」议程已更新（第 {version} 版）：{changes}', en: 'The agenda of "{title}" changed (version {version}): {changes}' },
  agenda_overrun: { 'zh-CN': '「{title}」议程「{item}」已超时 {minutes} 分钟', en: '"{item}" in "{title}" is {minutes} min over time' },
  notice_pending: { 'zh-CN': '{by} 提交了「{title}」的通知《{subject}》，请审核', en: '{by} submitted the notice "{subject}" of "{title}" for approval' },
  notice_approved: { 'zh-CN': '「{title}」的通知《{subject}》已审核通过，可以发送', en: 'The notice "{subject}" of "{title}" is approved and can be sent' },
  notice_rejected: { 'zh-CN': '「{title}」的通知《{subject}》被退回：{reason}', en: 'The notice "{subject}" of "{title}" was sent back: {reason}' },
  notice_received: { 'zh-CN': '您收到会议通知：{subject}', en: 'You have a meeting notice: {subject}' },
  change_notice_drafted: { 'zh-CN': '「{title}」的时间或地点已变更，已起草变更通知，请审核后发送给已通知的 {count} 人', en: '"{title}" moved; a change notice to the {count} people already notified is drafted for review' },
  rsvp_escalated: { 'zh-CN': '「{title}」回执截止，以下人员尚未回复：{names}', en: 'Replies for "{title}" are due; not answered yet: {names}' },
  rsvp_on_behalf: { 'zh-CN': '{by} 已代您填写「{title}」的参会回执：{attendance}', en: '{by} answered the reply slip of "{title}" for you: {attendance}' },
  service_requested: { 'zh-CN': '{venue}（{time}）「{title}」需要会务服务：{service} {details}', en: '{venue} ({time}) "{title}" needs service: {service} {details}' },
};

const serviceNames: Record<string, { 'zh-CN': string; en: string }> = {
  tea_water: { 'zh-CN': '茶水', en: 'tea and water' },
  av_support: { 'zh-CN': '音视频保障', en: 'AV support' },
  banner: { 'zh-CN': '横幅', en: 'banner' },
  seating_layout: { 'zh-CN': '座位布置', en: 'seating layout' },
  other: { 'zh-CN': '其他', en: 'other' },
};

/** Values a notification carries: instants stay instants and are formatted for the reader. */
export type NotificationParams = Record<string, string | number | null> & { startAt?: number; endAt?: number; timeZone?: string; until?: number; dueAt?: number };

/** The text of a notification in a language. */
export function renderNotification(kind: string, p: NotificationParams, lang: Lang): string {
  const t = templates[kind as NotificationKind];
  if (!t) return kind;
  const zone = typeof p.timeZone === 'string' ? p.timeZone : 'Asia/Shanghai';
  const time = typeof p.startAt === 'number' && typeof p.endAt === 'number' ? formatRange(p.startAt, p.endAt, zone, lang) : '';
  const until = typeof p.until === 'number' ? formatRange(p.until, p.until, zone, lang).split(' ').slice(-1)[0].split('–')[0] : '';
  // A deadline with its day: "2026年12月14日 周一 17:00".
  const due = typeof p.dueAt === 'number' ? formatRange(p.dueAt, p.dueAt, zone, lang).replace(/–\d{2}:\d{2}$/, '') : '';
  const service = typeof p.service === 'string' ? (serviceNames[p.service]?.[lang] ?? p.service) : '';
  // A task made from a shipped playbook step reads in the reader's language, as on the task board.
  const title = typeof p.stepKey === 'string' && typeof p.title === 'string' ? builtInText(p.stepKey, p.title, lang) : p.title;
  const incidentKind = typeof p.kindKey === 'string' ? (INCIDENT_KIND_LABELS[p.kindKey as 'medical']?.[lang] ?? p.kind) : p.kind;
  return interpolate(t[lang], { ...p, title, kind: incidentKind, time, until, due, service, details: p.details ?? '', reason: p.reason ?? '' }).trim();
}
