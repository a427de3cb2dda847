/** 变更通知: when a notified meeting moves, changes place or is cancelled, a change notice to everyone already notified is drafted for review. */
import type { Db } from '../../db/database';
import type { NoticeRow } from '../../db/tables';
import type { Ctx } from '../../platform/context';
import { recordAudit } from '../../platform/audit';
import { notify } from '../notifications';
import * as q from './notice.queries';
import type { ChangeInfo } from './notice.render';
import { insertNoticeRow } from './notice.service';
import { templateFor } from './notice.render';

type Snapshot = { startAt: number; endAt: number; place: string | null };

/**
 * Called inside the meeting's own transaction after it changed. Nothing happens when no one was notified yet or nothing
 * that a notice states changed; an unsent change draft is updated instead of drafting a second one.
 */
export async function draftChangeNotice(trx: Db, ctx: Ctx, meetingId: string, before: Snapshot, after: Snapshot, cancelled?: { reason: string | null }): Promise<void> {
  const moved = before.startAt !== after.startAt || before.endAt !== after.endAt || (before.place ?? '') !== (after.place ?? '');
  if (!moved && !cancelled) return;
  const notified = await q.notifiedParticipantIds(trx, meetingId);
  if (notified.length === 0) return;
  const meeting = (await q.findMeetingRow(trx, meetingId))!;
  const existing = await q.openChangeDraft(trx, meetingId);
  const prior = existing?.change_json ? (JSON.parse(existing.change_json) as ChangeInfo) : null;
  const change: ChangeInfo = { before: prior?.before ?? before, after, ...(cancelled ? { cancelled: true, reason: cancelled.reason } : {}), ...(prior?.agenda ? { agenda: prior.agenda } : {}) };
  await saveChangeDraft(trx, ctx, meetingId, meeting.title, existing, change, notified);
}

/** Updates the open change draft, or drafts a new change notice and tells the organiser. */
async function saveChangeDraft(trx: Db, ctx: Ctx, meetingId: string, title: string, existing: NoticeRow | undefined, change: ChangeInfo, notified: string[]): Promise<void> {
  const now = ctx.now();
  const audience = { roles: [], groups: [], attendance: [], participantIds: notified };
  if (existing) {
    await q.updateNoticeAt(trx, existing.id, existing.version, { change_json: JSON.stringify(change), audience_json: JSON.stringify(audience), status: 'draft', updated_at: now });
    return;
  }
  const locale = ctx.lang;
  const tpl = await templateFor(trx, ctx.actor.orgId, 'change', locale);
  const last = (await q.listNotices(trx, meetingId)).find((n) => n.kind === 'meeting' && ['queued', 'sent'].includes(n.status));
  const row = await insertNoticeRow(trx, {
    org_id: ctx.actor.orgId, meeting_id: meetingId, kind: 'change', round: null, status: 'draft', locale, subject: tpl.subject, body: tpl.body,
    doc_number: null, addressee: last?.addressee ?? null, prepare: null, contact: last?.contact ?? null, rsvp_deadline: null, attachments_json: '[]',
    channels_json: last?.channels_json ?? JSON.stringify({ email: true, sms: false, inapp: true, botIds: [] }),
    audience_json: JSON.stringify(audience), reminders_json: JSON.stringify({ hoursBeforeDeadline: [], escalate: false }), change_json: JSON.stringify(change),
    reject_reason: null, created_by: ctx.actor.userId, approved_by: null, approved_at: null, queued_at: null,
  }, now);
  await notify(trx, { orgId: ctx.actor.orgId, userIds: [ctx.actor.userId], kind: 'change_notice_drafted', params: { title, count: notified.length }, link: `/meetings/${meetingId}?tab=notices`, now });
  await recordAudit(trx, ctx, { action: 'notice.create', entityType: 'notice', entityId: row.id, after: { meetingId, kind: 'change', change } });
}

/** Called inside the agenda's publish transaction: the published changes go into the open change draft, or a new one, for those already notified. */
export async function draftAgendaChangeNotice(trx: Db, ctx: Ctx, meetingId: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  const notified = await q.notifiedParticipantIds(trx, meetingId);
  if (notified.length === 0) return;
  const meeting = (await q.findMeetingRow(trx, meetingId))!;
  const at = { startAt: meeting.start_at, endAt: meeting.end_at, place: meeting.place };
  const existing = await q.openChangeDraft(trx, meetingId);
  const prior = existing?.change_json ? (JSON.parse(existing.change_json) as ChangeInfo) : null;
  const change: ChangeInfo = { before: prior?.before ?? at, after: at, ...(prior?.cancelled ? { cancelled: true, reason: prior.reason } : {}), agenda: [...(prior?.agenda ?? []), ...lines] };
  await saveChangeDraft(trx, ctx, meetingId, meeting.title, existing, change, notified);
}
