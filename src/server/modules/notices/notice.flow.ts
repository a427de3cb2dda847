/** A notice's way out: submit (completeness check) → approve or reject (leader, where required) → send (deliveries and jobs) → cancel or retry. */
import type { Channel, Notice } from '../../../shared/notices';
import { channelChoiceSchema, remindersSchema } from '../../../shared/notices';
import type { Db } from '../../db/database';
import type { DeliveryRow, MeetingRow, NoticeRow } from '../../db/tables';
import { authorize } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId, newToken } from '../../platform/ids';
import { closeByEvidence } from '../tasks/task.evidence';
import { cancelPendingJobs, insertJobs, jobRows, jobsQueued, type NewJob } from '../jobs';
import { transitionMeeting } from '../meetings';
import { notify, usersWithRole } from '../notifications';
import { orgById } from '../org';
import { audienceMembers, toNotices } from './notice.dto';
import * as q from './notice.queries';
import { materialsForNotice } from '../materials';
import { commonValues, publishedAgendaText, renderFor, renderForGroup } from './notice.render';
import { loadNotice, noticeDto } from './notice.service';
import { activeBots } from './bot.queries';
import { recipientsOf } from './recipient.queries';
import { systemNote } from '../../../shared/task-notes';

/** Meeting states in which each kind of notice may go out. */
const SENDABLE_IN: Record<string, readonly string[]> = {
  meeting: ['approved', 'notified', 'in_progress'],
  logistics: ['approved', 'notified', 'in_progress'],
  reminder: ['approved', 'notified', 'in_progress'],
  change: ['approved', 'notified', 'in_progress', 'cancelled'],
};

/** What the deployment can send on (SMS needs a provider). */
export type Availability = { sms: boolean; publicUrl: string };

async function assertComplete(db: Db, meeting: MeetingRow, notice: NoticeRow): Promise<void> {
  const [dto] = await toNotices(db, meeting, [notice]);
  if (dto.missing.length) throw new AppError('notice_incomplete', { fields: dto.missing.map((m) => ({ field: `missing.${m}`, reason: 'missing_item' })), data: { missing: dto.missing } });
}

/** Sends a draft for approval, or straight to approved where the organisation does not require it; incomplete notices are refused with the list. */
export async function submitNotice(ctx: Ctx, id: string): Promise<Notice> {
  authorize(ctx, 'notice.write');
  return ctx.db.transaction().execute(async (trx) => {
    const { notice, meeting } = await loadNotice(ctx, id, trx);
    if (notice.status !== 'draft' && notice.status !== 'rejected') throw invalid('status', 'notice_not_editable');
    await assertComplete(trx, meeting, notice);
    const org = await orgById(trx, ctx.actor.orgId);
    const needsApproval = org.policy.noticeRequiresApproval;
    const now = ctx.now();
    const patch = needsApproval ? { status: 'pending_approval', updated_at: now } : { status: 'approved', approved_by: ctx.actor.userId, approved_at: now, updated_at: now };
    if (!(await q.updateNoticeAt(trx, id, notice.version, patch))) throw new AppError('conflict');
    if (needsApproval) {
      const leaders = await usersWithRole(trx, ctx.actor.orgId, 'leader');
      await notify(trx, { orgId: ctx.actor.orgId, userIds: leaders, kind: 'notice_pending', params: { title: meeting.title, subject: notice.subject, by: ctx.actor.name }, link: `/meetings/${meeting.id}?tab=notices`, now });
    }
    await recordAudit(trx, ctx, { action: 'notice.submit', entityType: 'notice', entityId: id, before: { status: notice.status }, after: { status: patch.status } });
    return noticeDto(ctx, id, trx);
  });
}

/** A leader approves a notice waiting for approval. */
export async function approveNotice(ctx: Ctx, id: string): Promise<Notice> {
  authorize(ctx, 'notice.approve');
  return decide(ctx, id, { status: 'approved', approved_by: ctx.actor.userId, approved_at: ctx.now(), reject_reason: null });
}

/** A leader sends a notice back with a reason; it can be edited and submitted again. */
export async function rejectNotice(ctx: Ctx, id: string, reason: string): Promise<Notice> {
  authorize(ctx, 'notice.approve');
  if (!reason.trim()) throw invalid('reason', 'reason_required');
  return decide(ctx, id, { status: 'rejected', reject_reason: reason });
}

async function decide(ctx: Ctx, id: string, patch: Partial<NoticeRow>): Promise<Notice> {
  return ctx.db.transaction().execute(async (trx) => {
    const { notice, meeting } = await loadNotice(ctx, id, trx);
    if (notice.status !== 'pending_approval') throw invalid('status', 'notice_not_pending');
    const now = ctx.now();
    if (!(await q.updateNoticeAt(trx, id, notice.version, { ...patch, updated_at: now }, ['pending_approval']))) throw new AppError('conflict');
    if (notice.created_by) {
      await notify(trx, { orgId: ctx.actor.orgId, userIds: [notice.created_by], kind: patch.status === 'approved' ? 'notice_approved' : 'notice_rejected', params: { title: meeting.title, subject: notice.subject, reason: patch.reject_reason ?? '' }, link: `/meetings/${meeting.id}?tab=notices`, now });
    }
    await recordAudit(trx, ctx, { action: `notice.${patch.status === 'approved' ? 'approve' : 'reject'}`, entityType: 'notice', entityId: id, before: { status: notice.status }, after: { status: patch.status, reason: patch.reject_reason } });
    return noticeDto(ctx, id, trx);
  });
}

/**
 * Renders the notice for every recipient × channel and queues one delivery and one job each, in one transaction:
 * either everyone is queued or no one is. Returns the number of deliveries.
 */
export async function enqueueNotice(trx: Db, notice: NoticeRow, meeting: MeetingRow, orgName: string, avail: Availability, now: number, participantIds?: readonly string[]): Promise<number> {
  const channels = channelChoiceSchema.parse(JSON.parse(notice.channels_json));
  const members = audienceMembers(notice, await recipientsOf(trx, meeting.id, participantIds));
  const common = commonValues(meeting, notice, orgName, await publishedAgendaText(trx, meeting), await materialsForNotice(trx, meeting.id, notice.locale as 'zh-CN' | 'en'));
  const rows: DeliveryRow[] = [];
  const add = (channel: Channel, key: string, name: string, participantId: string | null, address: string, subject: string, body: string, track: string) =>
    rows.push({
      id: newId(), org_id: notice.org_id, notice_id: notice.id, meeting_id: meeting.id, participant_id: participantId, recipient_key: key, recipient_name: name, channel, address,
      status: 'queued', subject, body, track_token: track, attempts: 0, last_error: null, provider_id: null, sent_at: null, failed_at: null, read_at: null, answered_at: null,
      created_at: now, updated_at: now,
    });
  for (const r of members) {
    const wanted: [Channel, string | null][] = [['email', channels.email ? r.email : null], ['sms', channels.sms ? r.phone : null], ['inapp', channels.inapp ? r.user_id : null]];
    for (const [channel, address] of wanted) {
      if (!address) continue;
      const track = newToken().slice(0, 32);
      const out = renderFor(notice, common, r, avail.publicUrl, track);
      add(channel, r.participant_id, r.name, r.participant_id, address, out.subject, out.body, track);
    }
  }
  if (channels.botIds.length) {
    const group = renderForGroup(notice, common);
    for (const bot of await activeBots(trx, notice.org_id, channels.botIds)) add('bot', `bot:${bot.id}`, bot.name, null, bot.platform, group.subject, group.body, newToken().slice(0, 32));
  }
  await q.insertDeliveries(trx, rows);
  const jobs: NewJob[] = rows.map((d) => ({ orgId: notice.org_id, kind: 'delivery.send', refId: d.id, runAt: now, dedupeKey: `delivery:${d.id}` }));
  const reminders = remindersSchema.parse(JSON.parse(notice.reminders_json));
  if (notice.kind === 'meeting' && notice.rsvp_deadline) {
    for (const h of reminders.hoursBeforeDeadline) {
      const at = notice.rsvp_deadline - h * 3_600_000;
      if (at > now) jobs.push({ orgId: notice.org_id, kind: 'rsvp.remind', refId: notice.id, runAt: at, dedupeKey: `remind:${notice.id}:${h}`, maxAttempts: 3 });
    }
    if (reminders.escalate) jobs.push({ orgId: notice.org_id, kind: 'rsvp.escalate', refId: notice.id, runAt: Math.max(now, notice.rsvp_deadline), dedupeKey: `escalate:${notice.id}`, maxAttempts: 3 });
  }
  await insertJobs(trx, jobRows(jobs, now));
  return rows.length;
}

/** Queues an approved notice; a meeting notice moves an approved meeting to notified. */
export async function sendNotice(ctx: Ctx, id: string, avail: Availability): Promise<Notice> {
  authorize(ctx, 'notice.write');
  const result = await ctx.db.transaction().execute(async (trx) => {
    const { notice, meeting } = await loadNotice(ctx, id, trx);
    if (notice.status !== 'approved') throw invalid('status', 'notice_not_approved');
    if (!SENDABLE_IN[notice.kind].includes(meeting.status)) throw invalid('status', 'meeting_not_sendable');
    const channels = channelChoiceSchema.parse(JSON.parse(notice.channels_json));
    if (channels.sms && !avail.sms) throw invalid('channels.sms', 'channel_unavailable');
    await assertComplete(trx, meeting, notice);
    const now = ctx.now();
    const org = await orgById(trx, ctx.actor.orgId);
    const count = await enqueueNotice(trx, notice, meeting, org.name, avail, now);
    if (notice.kind === 'meeting') await closeByEvidence(trx, meeting.id, 'notice_sent', systemNote('notice_sent', { subject: notice.subject.replace('{{title}}', meeting.title), count }), now);
    if (!(await q.updateNoticeAt(trx, id, notice.version, { status: count ? 'queued' : 'sent', queued_at: now, updated_at: now }, ['approved']))) throw new AppError('conflict');
    await recordAudit(trx, ctx, { action: 'notice.send', entityType: 'notice', entityId: id, before: { status: 'approved' }, after: { status: 'queued', deliveries: count } });
    return { meeting };
  });
  jobsQueued();
  if (result.meeting.status === 'approved' && (await q.findNotice(ctx.db, id))?.kind === 'meeting') await transitionMeeting(ctx, result.meeting.id, 'notify', {});
  return noticeDto(ctx, id);
}

/** Stops a queued notice: deliveries not yet sent are marked failed (cancelled); a draft or approved notice is withdrawn. */
export async function cancelNotice(ctx: Ctx, id: string): Promise<Notice> {
  authorize(ctx, 'notice.write');
  return ctx.db.transaction().execute(async (trx) => {
    const { notice } = await loadNotice(ctx, id, trx);
    if (['sent', 'cancelled'].includes(notice.status)) throw invalid('status', 'notice_finished');
    const now = ctx.now();
    const stopped = await q.failQueued(trx, id, 'cancelled', now);
    await cancelPendingJobs(trx, 'delivery.send', stopped, now);
    await cancelPendingJobs(trx, 'rsvp.remind', [id], now);
    await cancelPendingJobs(trx, 'rsvp.escalate', [id], now);
    if (!(await q.updateNoticeAt(trx, id, notice.version, { status: 'cancelled', updated_at: now }))) throw new AppError('conflict');
    await recordAudit(trx, ctx, { action: 'notice.cancel', entityType: 'notice', entityId: id, before: { status: notice.status }, after: { status: 'cancelled', stopped: stopped.length } });
    return noticeDto(ctx, id, trx);
  });
}

/** Queues the failed deliveries of a notice again. */
export async function retryFailed(ctx: Ctx, id: string): Promise<Notice> {
  authorize(ctx, 'notice.write');
  const out = await ctx.db.transaction().execute(async (trx) => {
    const { notice } = await loadNotice(ctx, id, trx);
    if (!['queued', 'sent'].includes(notice.status)) throw invalid('status', 'notice_not_sent');
    const now = ctx.now();
    const ids = await q.requeueFailed(trx, id, now);
    await insertJobs(trx, jobRows(ids.map((d) => ({ orgId: notice.org_id, kind: 'delivery.send', refId: d, runAt: now, dedupeKey: `delivery:${d}:retry:${now}` })), now));
    if (ids.length) await q.updateNoticeAt(trx, id, notice.version, { status: 'queued', updated_at: now });
    await recordAudit(trx, ctx, { action: 'notice.retry', entityType: 'notice', entityId: id, after: { requeued: ids.length } });
    return noticeDto(ctx, id, trx);
  });
  jobsQueued();
  return out;
}
