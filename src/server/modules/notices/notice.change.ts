/** 变更通知: when a notified meeting moves, changes place or is cancelled, a change notice to everyone already notified is drafted for review. */
import type { Db } from '../../db/database';
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
  const now = ctx.now();
  const existing = await q.openChangeDraft(trx, meetingId);
  const firstBefore = existing?.change_json ? (JSON.parse(existing.change_json) as ChangeInfo).before : before;
  const change: ChangeInfo = { before: firstBefore, after, ...(cancelled ? { cancelled: true, reason: cancelled.reason } : {}) };
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
  await notify(trx, { orgId: ctx.actor.orgId, userIds: [ctx.actor.userId], kind: 'change_notice_drafted', params: { title: meeting.title, count: notified.length }, link: `/meetings/${meetingId}?tab=notices`, now });
  await recordAudit(trx, ctx, { action: 'notice.create', entityType: 'notice', entityId: row.id, after: { meetingId, kind: 'change', change } });
}
