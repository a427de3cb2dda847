/** Drafting notices: create from the organisation's template, edit while a draft, read with completeness and progress, preview. */
import type { z } from 'zod';
import { unknownVariables, type createNoticeSchema, type Notice, type NoticeKind, type updateNoticeSchema } from '../../../shared/notices';
import type { NoticeRow } from '../../db/tables';
import type { Db } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { orgById } from '../org';
import { audienceMembers, toNotices } from './notice.dto';
import * as q from './notice.queries';
import { materialsForNotice } from '../materials';
import { commonValues, publishedAgendaText, renderFor, templateFor } from './notice.render';
import { recipientsOf } from './recipient.queries';

/** States in which a notice may still be edited. */
export const EDITABLE_NOTICE = ['draft', 'rejected'] as const;

/** The meeting and notice, both of the actor's organisation. */
export async function loadNotice(ctx: Ctx, id: string, db: Db = ctx.db) {
  const notice = ownRow(ctx, await q.findNotice(db, id));
  const meeting = (await q.findMeetingRow(db, notice.meeting_id))!;
  return { notice, meeting };
}

/** One notice as a DTO. */
export async function noticeDto(ctx: Ctx, id: string, db: Db = ctx.db): Promise<Notice> {
  const { notice, meeting } = await loadNotice(ctx, id, db);
  return (await toNotices(db, meeting, [notice]))[0];
}

/** The notices of a meeting. */
export async function listNotices(ctx: Ctx, meetingId: string): Promise<Notice[]> {
  authorize(ctx, 'meeting.read');
  const meeting = ownRow(ctx, await q.findMeetingRow(ctx.db, meetingId));
  return toNotices(ctx.db, meeting, await q.listNotices(ctx.db, meetingId));
}

/** One notice. */
export async function getNotice(ctx: Ctx, id: string): Promise<Notice> {
  authorize(ctx, 'meeting.read');
  return noticeDto(ctx, id);
}

function checkTemplates(subject: string, body: string): void {
  const bad = unknownVariables(subject);
  if (bad.length) throw invalid('subject', 'unknown_variable', { names: bad.join(', ') });
  const badBody = unknownVariables(body);
  if (badBody.length) throw invalid('body', 'unknown_variable', { names: badBody.join(', ') });
}

/** Stores a new notice row (used by drafting here and by change notices). */
export async function insertNoticeRow(db: Db, row: Omit<NoticeRow, 'id' | 'version' | 'created_at' | 'updated_at'>, now: number): Promise<NoticeRow> {
  const full: NoticeRow = { ...row, id: newId(), version: 1, created_at: now, updated_at: now };
  await q.insertNotice(db, full);
  return full;
}

/** Drafts a notice; subject and body default to the organisation's template of the kind, the document number to the next of the year. */
export async function createNotice(ctx: Ctx, meetingId: string, input: z.infer<typeof createNoticeSchema>): Promise<Notice> {
  authorize(ctx, 'notice.write');
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = ownRow(ctx, await q.findMeetingRow(trx, meetingId));
    if (meeting.status === 'closed') throw invalid('kind', 'meeting_closed');
    const tpl = await templateFor(trx, ctx.actor.orgId, input.kind as NoticeKind, input.locale);
    const subject = input.subject ?? tpl.subject;
    const body = input.body ?? tpl.body;
    checkTemplates(subject, body);
    const row = await insertNoticeRow(trx, {
      org_id: ctx.actor.orgId, meeting_id: meetingId, kind: input.kind, round: input.round ?? null, status: 'draft', locale: input.locale, subject, body,
      doc_number: input.docNumber ?? null, addressee: input.addressee ?? null, prepare: input.prepare ?? null, contact: input.contact ?? null,
      rsvp_deadline: input.rsvpDeadline ?? null, attachments_json: JSON.stringify(input.attachments), channels_json: JSON.stringify(input.channels),
      audience_json: JSON.stringify(input.audience), reminders_json: JSON.stringify(input.reminders), change_json: null, reject_reason: null,
      created_by: ctx.actor.userId, approved_by: null, approved_at: null, queued_at: null,
    }, ctx.now());
    await recordAudit(trx, ctx, { action: 'notice.create', entityType: 'notice', entityId: row.id, after: { meetingId, kind: row.kind, subject } });
    return noticeDto(ctx, row.id, trx);
  });
}

/** Edits a draft (or a rejected notice); `version` must be the one read. */
export async function updateNotice(ctx: Ctx, id: string, input: z.infer<typeof updateNoticeSchema>): Promise<Notice> {
  authorize(ctx, 'notice.write');
  checkTemplates(input.subject, input.body);
  return ctx.db.transaction().execute(async (trx) => {
    const { notice } = await loadNotice(ctx, id, trx);
    if (!(EDITABLE_NOTICE as readonly string[]).includes(notice.status)) throw invalid('status', 'notice_not_editable');
    const ok = await q.updateNoticeAt(trx, id, input.version, {
      round: input.round ?? null, locale: input.locale, subject: input.subject, body: input.body, doc_number: input.docNumber ?? null, addressee: input.addressee ?? null,
      prepare: input.prepare ?? null, contact: input.contact ?? null, rsvp_deadline: input.rsvpDeadline ?? null, attachments_json: JSON.stringify(input.attachments),
      channels_json: JSON.stringify(input.channels), audience_json: JSON.stringify(input.audience), reminders_json: JSON.stringify(input.reminders),
      status: 'draft', updated_at: ctx.now(),
    }, EDITABLE_NOTICE);
    if (!ok) throw new AppError('conflict');
    await recordAudit(trx, ctx, { action: 'notice.update', entityType: 'notice', entityId: id, before: { subject: notice.subject, body: notice.body }, after: { subject: input.subject, body: input.body } });
    return noticeDto(ctx, id, trx);
  });
}

/** What one participant would receive (the first in the audience when none is named). */
export async function previewNotice(ctx: Ctx, id: string, publicUrl: string, participantId?: string): Promise<{ recipientName: string | null; subject: string; body: string }> {
  authorize(ctx, 'meeting.read');
  const { notice, meeting } = await loadNotice(ctx, id);
  const org = await orgById(ctx.db, ctx.actor.orgId);
  const members = audienceMembers(notice, await recipientsOf(ctx.db, meeting.id));
  const r = participantId ? members.find((m) => m.participant_id === participantId) : members[0];
  if (participantId && !r) throw notFound();
  const common = commonValues(meeting, notice, org.name, await publishedAgendaText(ctx.db, meeting), await materialsForNotice(ctx.db, meeting.id, notice.locale as 'zh-CN' | 'en'));
  if (!r) return { recipientName: null, subject: notice.subject, body: notice.body };
  const out = renderFor(notice, common, r, publicUrl, 'preview');
  return { recipientName: r.name, subject: out.subject, body: out.body };
}
