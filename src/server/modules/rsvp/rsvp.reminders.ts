/** Follow-up on the reply slip: reminder notices to those who have not answered, and escalation to their department's contact at the deadline. */
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { JobRow } from '../../db/tables';
import { recordAudit } from '../../platform/audit';
import { jobsQueued, type JobHandler } from '../jobs';
import { notify } from '../notifications';
import { orgById } from '../org';
import { audienceMembers } from '../notices/notice.dto';
import { enqueueNotice } from '../notices/notice.flow';
import { findMeetingRow, findNotice } from '../notices/notice.queries';
import { templateFor } from '../notices/notice.render';
import { insertNoticeRow } from '../notices/notice.service';
import { recipientsOf } from '../notices/recipient.queries';
import * as q from './rsvp.queries';

const LIVE = ['approved', 'notified', 'in_progress'];

async function unanswered(database: Database, job: JobRow) {
  const notice = await findNotice(database.db, job.ref_id);
  if (!notice || !['queued', 'sent'].includes(notice.status)) return null;
  const meeting = (await findMeetingRow(database.db, notice.meeting_id))!;
  if (!LIVE.includes(meeting.status)) return null;
  const waiting = audienceMembers(notice, await recipientsOf(database.db, meeting.id)).filter((r) => r.attendance === 'invited');
  return { notice, meeting, waiting };
}

/** The `rsvp.remind` job: a reminder notice (queued at once, it repeats an approved notice) to everyone still not answered. */
export function remindHandler(database: Database, config: Config, now: () => number = Date.now): JobHandler {
  return async (job) => {
    const found = await unanswered(database, job);
    if (!found || found.waiting.length === 0) return { ok: true };
    const { notice, meeting, waiting } = found;
    await database.db.transaction().execute(async (trx) => {
      const t = now();
      const tpl = await templateFor(trx, notice.org_id, 'reminder', notice.locale as 'zh-CN');
      const channels = { ...JSON.parse(notice.channels_json), botIds: [] };
      const row = await insertNoticeRow(trx, {
        org_id: notice.org_id, meeting_id: meeting.id, kind: 'reminder', round: notice.round, status: 'queued', locale: notice.locale, subject: tpl.subject, body: tpl.body,
        doc_number: null, addressee: null, prepare: notice.prepare, contact: notice.contact, rsvp_deadline: notice.rsvp_deadline, attachments_json: '[]',
        channels_json: JSON.stringify(channels), audience_json: JSON.stringify({ roles: [], groups: [], attendance: [], participantIds: waiting.map((w) => w.participant_id) }),
        reminders_json: JSON.stringify({ hoursBeforeDeadline: [], escalate: false }), change_json: null, reject_reason: null,
        created_by: null, approved_by: notice.approved_by, approved_at: t, queued_at: t,
      }, t);
      const org = await orgById(trx, notice.org_id);
      const count = await enqueueNotice(trx, row, meeting, org.name, { sms: !!config.sms, publicUrl: config.publicUrl }, t);
      const actor = { userId: 'system', orgId: notice.org_id, name: 'Huiwu', roles: [], personId: null };
      await recordAudit(trx, { actor, now: () => t }, { action: 'notice.remind', entityType: 'notice', entityId: row.id, after: { parent: notice.id, recipients: waiting.length, deliveries: count } });
    });
    jobsQueued();
    return { ok: true };
  };
}

/** The `rsvp.escalate` job: at the deadline each department contact hears who of theirs has not answered; the organiser hears about the rest. */
export function escalateHandler(database: Database, now: () => number = Date.now): JobHandler {
  return async (job) => {
    const found = await unanswered(database, job);
    if (!found || found.waiting.length === 0) return { ok: true };
    const { notice, meeting, waiting } = found;
    const contacts = await q.departmentContacts(database.db, [...new Set(waiting.map((w) => w.department_id).filter((d): d is string => !!d))]);
    const byDept = new Map<string, string[]>();
    for (const c of contacts) byDept.set(c.department_id, [...(byDept.get(c.department_id) ?? []), c.user_id]);
    const toUser = new Map<string, string[]>();
    for (const w of waiting) {
      const users = (w.department_id && byDept.get(w.department_id)) || (notice.created_by ? [notice.created_by] : []);
      for (const u of users) toUser.set(u, [...(toUser.get(u) ?? []), w.name]);
    }
    await database.db.transaction().execute(async (trx) => {
      for (const [userId, names] of toUser) {
        const list = names.length > 20 ? `${names.slice(0, 20).join('、')} 等 ${names.length} 人` : names.join('、');
        await notify(trx, { orgId: notice.org_id, userIds: [userId], kind: 'rsvp_escalated', params: { title: meeting.title, names: list }, link: `/meetings/${meeting.id}?tab=rsvp`, now: now() });
      }
    });
    return { ok: true };
  };
}
