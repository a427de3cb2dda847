/** The notice form's values (the deadline as a picker value in the meeting's zone) to and from the API's notice. */
import type { Dayjs } from 'dayjs';
import { DateTime } from 'luxon';
import { inAudience, missingItems, renderTemplate, type Audience, type CompletenessItem, type NoticeKind, type TemplateValues } from '../../../shared/notices';
import type { Meeting } from '../../../shared/meetings';
import { ROLE_LABELS, type Participant, type ParticipantRole } from '../../../shared/participants';
import type { Attendance } from '../../../shared/rsvp';
import { formatRange } from '../../../shared/time';
import { msToPicker, pickerToMs } from '../../app/datetime';
import type { CreateNoticeBody, Notice, NoticeTemplate } from './api';
import { isChange, type NoticeChange } from './components/ChangeSummary';

type Locale = 'zh-CN' | 'en';

/** What the form holds. */
export type NoticeFormValues = {
  kind: NoticeKind;
  round?: number | null;
  locale: Locale;
  subject: string;
  body: string;
  docNumber?: string;
  addressee?: string;
  prepare?: string;
  contact?: string;
  rsvpDeadline?: Dayjs | null;
  attachments: string[];
  channels: { email: boolean; sms: boolean; inapp: boolean; botIds: string[] };
  audience: { roles: ParticipantRole[]; groups: string[]; attendance: Attendance[] };
  reminders: { hoursBeforeDeadline: (number | string)[]; escalate: boolean };
};

const blank = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** A new notice of a kind, worded by the organisation's template. */
export function newNoticeValues(kind: NoticeKind, locale: Locale, tpl: NoticeTemplate | undefined): NoticeFormValues {
  return {
    kind, round: kind === 'meeting' ? 1 : null, locale, subject: tpl?.subject ?? '', body: tpl?.body ?? '', attachments: [],
    channels: { email: true, sms: false, inapp: true, botIds: [] },
    audience: { roles: [], groups: [], attendance: [] },
    reminders: { hoursBeforeDeadline: kind === 'meeting' ? [72, 24] : [], escalate: kind === 'meeting' },
  };
}

/** A stored notice as form values. */
export function noticeToValues(n: Notice, zone: string): NoticeFormValues {
  return {
    kind: n.kind, round: n.round, locale: n.locale, subject: n.subject, body: n.body, docNumber: n.docNumber ?? '', addressee: n.addressee ?? '',
    prepare: n.prepare ?? '', contact: n.contact ?? '', rsvpDeadline: n.rsvpDeadline ? msToPicker(n.rsvpDeadline, zone) : null, attachments: n.attachments,
    channels: { ...n.channels }, audience: { roles: n.audience.roles, groups: n.audience.groups, attendance: n.audience.attendance },
    reminders: { hoursBeforeDeadline: n.reminders.hoursBeforeDeadline, escalate: n.reminders.escalate },
  };
}

/** The body to save; a change notice keeps its fixed list of recipients. */
export function valuesToBody(v: NoticeFormValues, zone: string, keepIds?: readonly string[]): CreateNoticeBody & { subject: string; body: string } {
  const hours = [...new Set((v.reminders?.hoursBeforeDeadline ?? []).map(Number).filter((h) => Number.isFinite(h)))].sort((a, b) => b - a);
  return {
    kind: v.kind, round: v.round ?? null, locale: v.locale, subject: v.subject ?? '', body: v.body ?? '', docNumber: blank(v.docNumber), addressee: blank(v.addressee),
    prepare: blank(v.prepare), contact: blank(v.contact), rsvpDeadline: v.rsvpDeadline ? pickerToMs(v.rsvpDeadline, zone) : null,
    attachments: (v.attachments ?? []).map((a) => a.trim()).filter(Boolean),
    channels: { email: !!v.channels?.email, sms: !!v.channels?.sms, inapp: !!v.channels?.inapp, botIds: v.channels?.botIds ?? [] },
    audience: { roles: v.audience?.roles ?? [], groups: v.audience?.groups ?? [], attendance: v.audience?.attendance ?? [], ...(keepIds ? { participantIds: [...keepIds] } : {}) },
    reminders: { hoursBeforeDeadline: hours, escalate: !!v.reminders?.escalate },
  };
}

/** The participants an audience reaches (the same rule the server applies). */
export function audienceOf(all: readonly Participant[], a: Audience | NoticeFormValues['audience'], ids?: readonly string[]): Participant[] {
  const rest: Audience = { roles: a.roles ?? [], groups: a.groups ?? [], attendance: a.attendance ?? [], participantIds: ids ? [...ids] : undefined };
  return all.filter((p) => inAudience(rest, { participantId: p.id, role: p.role, groupName: p.groupName, attendance: p.attendance }));
}

/** What the notice still lacks, checked live with the meeting and the form (the server runs the same check on submit and send). */
export function formMissing(meeting: Meeting, v: Pick<NoticeFormValues, 'kind' | 'prepare' | 'contact' | 'rsvpDeadline'>, recipients: number): CompletenessItem[] {
  return missingItems({
    kind: v.kind, purpose: meeting.purpose ?? meeting.theme, startAt: meeting.startAt, endAt: meeting.endAt, place: meeting.place, recipients,
    prepare: v.prepare, contact: v.contact, rsvpDeadline: v.rsvpDeadline ? pickerToMs(v.rsvpDeadline, meeting.timeZone) : null,
  });
}

/** A deadline as the notice's reader writes dates (as the server renders it). */
export function formatDeadline(ms: number, zone: string, locale: Locale): string {
  const d = DateTime.fromMillis(ms, { zone }).setLocale(locale);
  return locale === 'zh-CN' ? d.toFormat('yyyy年M月d日 HH:mm') : d.toFormat('d LLL yyyy HH:mm');
}

function describeChange(c: NoticeChange, zone: string, locale: Locale): string {
  const slot = (s: NoticeChange['before']) => `${formatRange(s.startAt, s.endAt, zone, locale)}${s.place ? `，${s.place}` : ''}`;
  if (c.cancelled) return locale === 'zh-CN' ? `原定于${slot(c.before)}召开的会议取消${c.reason ? `（${c.reason}）` : ''}。` : `The meeting planned for ${slot(c.before)} is cancelled${c.reason ? ` (${c.reason})` : ''}.`;
  return locale === 'zh-CN' ? `原定：${slot(c.before)}；现调整为：${slot(c.after)}。` : `Was: ${slot(c.before)}. Now: ${slot(c.after)}.`;
}

/** The template values for a preview before saving: the meeting, the form and a sample recipient (the link is a placeholder). */
export function sampleValues(meeting: Meeting, v: NoticeFormValues, orgName: string, recipient: Participant | undefined, change: unknown): TemplateValues {
  const locale = v.locale ?? 'zh-CN';
  const zone = meeting.timeZone;
  const zh = locale === 'zh-CN';
  return {
    title: meeting.title,
    purpose: meeting.purpose ?? meeting.theme ?? '',
    time: formatRange(meeting.startAt, meeting.endAt, zone, locale),
    place: meeting.place ?? '',
    agenda: meeting.notes ?? (zh ? '另行通知' : 'to follow'),
    prepare: v.prepare?.trim() ?? '',
    contact: v.contact?.trim() ?? '',
    deadline: v.rsvpDeadline ? formatDeadline(pickerToMs(v.rsvpDeadline, zone), zone, locale) : '',
    change: isChange(change) ? describeChange(change, zone, locale) : '',
    org: orgName,
    name: recipient?.personName ?? (blank(v.addressee) ?? (zh ? '各位' : 'All')),
    unit: recipient?.unit ?? recipient?.departmentName ?? '',
    role: recipient ? ROLE_LABELS[recipient.role][locale] : '',
    link: `${window.location.origin}/rsvp/…`,
  };
}

/** Subject and body rendered with sample values. */
export function renderSample(v: NoticeFormValues, values: TemplateValues): { subject: string; body: string } {
  return { subject: renderTemplate(v.subject ?? '', values), body: renderTemplate(v.body ?? '', values) };
}
