/** Renders a notice for one recipient: the template values from the meeting, the notice and the person, in the notice's language. */
import { DateTime } from 'luxon';
import { DEFAULT_TEMPLATES } from '../../../shared/notice-templates';
import { renderTemplate, type NoticeKind, type TemplateValues } from '../../../shared/notices';
import { ROLE_LABELS, type ParticipantRole } from '../../../shared/participants';
import { formatRange } from '../../../shared/time';
import type { Db } from '../../db/database';
import type { MeetingRow, NoticeRow } from '../../db/tables';
import { rsvpToken, rsvpUrl } from '../rsvp/rsvp.token';
import * as q from './notice.queries';
import type { RecipientRow } from './recipient.queries';

type Lang = 'zh-CN' | 'en';

/** A change a change notice describes: what the meeting was and is now (or that it is cancelled). */
export type ChangeInfo = { before: { startAt: number; endAt: number; place: string | null }; after: { startAt: number; endAt: number; place: string | null }; cancelled?: boolean; reason?: string | null; agenda?: string[] };

/** The organisation's subject and body for a kind, or the built-in ones. */
export async function templateFor(db: Db, orgId: string, kind: NoticeKind, locale: Lang): Promise<{ subject: string; body: string }> {
  const own = await q.findTemplate(db, orgId, kind, locale);
  return own ? { subject: own.subject, body: own.body } : DEFAULT_TEMPLATES[kind][locale];
}

/** A deadline as the notice's reader writes dates. */
export function formatDeadline(ms: number, zone: string, locale: Lang): string {
  const d = DateTime.fromMillis(ms, { zone }).setLocale(locale);
  return locale === 'zh-CN' ? d.toFormat('yyyy年M月d日 HH:mm') : d.toFormat('d LLL yyyy HH:mm');
}

/** The sentence describing a change. */
export function describeChange(c: ChangeInfo, zone: string, locale: Lang): string {
  const was = `${formatRange(c.before.startAt, c.before.endAt, zone, locale)}${c.before.place ? `，${c.before.place}` : ''}`;
  const now = `${formatRange(c.after.startAt, c.after.endAt, zone, locale)}${c.after.place ? `，${c.after.place}` : ''}`;
  const agenda = c.agenda?.length ? (locale === 'zh-CN' ? `议程调整：${c.agenda.join('；')}。` : `Agenda changes: ${c.agenda.join('; ')}.`) : '';
  const moved = c.before.startAt !== c.after.startAt || c.before.endAt !== c.after.endAt || (c.before.place ?? '') !== (c.after.place ?? '');
  if (agenda && !moved && !c.cancelled) return agenda;
  if (agenda && !c.cancelled) return `${locale === 'zh-CN' ? `原定：${was}；现调整为：${now}。` : `Was: ${was}. Now: ${now}.`}${agenda}`;
  if (c.cancelled) return locale === 'zh-CN' ? `原定于${was}召开的会议取消${c.reason ? `（${c.reason}）` : ''}。` : `The meeting planned for ${was} is cancelled${c.reason ? ` (${c.reason})` : ''}.`;
  return locale === 'zh-CN' ? `原定：${was}；现调整为：${now}。` : `Was: ${was}. Now: ${now}.`;
}

/** Values shared by every recipient of a notice; `materials` is the materials module's text for the meeting. */
export function commonValues(meeting: MeetingRow, notice: NoticeRow, orgName: string, agenda?: string | null, materials?: string): TemplateValues {
  const locale = notice.locale as Lang;
  const zone = meeting.time_zone;
  const change = notice.change_json ? describeChange(JSON.parse(notice.change_json) as ChangeInfo, zone, locale) : '';
  return {
    title: meeting.title,
    // The template continues the sentence after the purpose (为{{purpose}}，经研究…), so its own full stop goes.
    purpose: (meeting.purpose ?? meeting.theme ?? '').trim().replace(/[。．.；;]+$/, ''),
    time: formatRange(meeting.start_at, meeting.end_at, zone, locale),
    place: meeting.place ?? '',
    // The published agenda; before one is published, the plan's notes, else "to follow".
    agenda: agenda ?? meeting.notes ?? (locale === 'zh-CN' ? '另行通知' : 'to follow'),
    prepare: notice.prepare ?? '',
    contact: notice.contact ?? '',
    deadline: notice.rsvp_deadline ? formatDeadline(notice.rsvp_deadline, zone, locale) : '',
    change,
    materials: materials ?? '',
    org: orgName,
    name: notice.addressee ?? (locale === 'zh-CN' ? '各位' : 'All'),
    link: '',
    unit: '',
    role: '',
  };
}

/** Subject and body for one participant, with their personal link (tracked by `trackToken`). */
export function renderFor(notice: NoticeRow, common: TemplateValues, r: RecipientRow, publicUrl: string, trackToken: string): { subject: string; body: string; link: string } {
  const locale = notice.locale as Lang;
  const link = rsvpUrl(publicUrl, rsvpToken(r.participant_id, r.rsvp_epoch), trackToken);
  const values: TemplateValues = { ...common, name: r.name, unit: r.unit ?? '', role: ROLE_LABELS[r.role as ParticipantRole]?.[locale] ?? r.role, link };
  return { subject: renderTemplate(notice.subject, values), body: renderTemplate(notice.body, values), link };
}

/** Subject and body for a group robot: addressed to everyone, with no personal link. */
export function renderForGroup(notice: NoticeRow, common: TemplateValues): { subject: string; body: string } {
  const locale = notice.locale as Lang;
  const values = { ...common, link: locale === 'zh-CN' ? '（个人回执链接见邮件或短信）' : '(personal reply links come by mail or SMS)' };
  return { subject: renderTemplate(notice.subject, values), body: renderTemplate(notice.body, values) };
}

/** The latest published agenda of a meeting as lines ("08:30–09:00 会议签到"), or null when none is published. */
export async function publishedAgendaText(db: Db, meeting: Pick<MeetingRow, 'id' | 'time_zone'>): Promise<string | null> {
  const items = await q.latestAgendaItems(db, meeting.id);
  if (!items) return null;
  const hm = (ms: number) => DateTime.fromMillis(ms, { zone: meeting.time_zone }).toFormat('HH:mm');
  return items.map((i) => `${hm(i.startAt)}–${hm(i.endAt)} ${i.title}`).join('；');
}
