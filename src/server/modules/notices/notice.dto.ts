/** A notice row as the API returns it, with its completeness and delivery counts. */
import { audienceSchema, channelChoiceSchema, inAudience, missingItems, remindersSchema, type Audience, type Notice } from '../../../shared/notices';
import type { Db } from '../../db/database';
import type { MeetingRow, NoticeRow } from '../../db/tables';
import * as q from './notice.queries';
import { recipientsOf, type RecipientRow } from './recipient.queries';

/** The stored audience. */
export function audienceOf(row: NoticeRow): Audience {
  return audienceSchema.parse(JSON.parse(row.audience_json));
}

/** The participants a notice reaches. */
export function audienceMembers(row: NoticeRow, all: readonly RecipientRow[]): RecipientRow[] {
  const a = audienceOf(row);
  const ids = a.participantIds ? new Set(a.participantIds) : null;
  const rest = { ...a, participantIds: undefined };
  return all.filter((r) => (!ids || ids.has(r.participant_id)) && inAudience(rest, { participantId: r.participant_id, role: r.role, groupName: r.group_name, attendance: r.attendance }));
}

/** Notices as DTOs, with counts read in one query. */
export async function toNotices(db: Db, meeting: MeetingRow, rows: readonly NoticeRow[]): Promise<Notice[]> {
  const counts = await q.deliveryCounts(db, rows.map((r) => r.id));
  const everyone = await recipientsOf(db, meeting.id);
  return rows.map((row) => {
    const c = { total: 0, queued: 0, sent: 0, failed: 0, read: 0, answered: 0 };
    for (const x of counts.filter((k) => k.notice_id === row.id)) {
      c[x.status as keyof typeof c] = Number(x.n);
      c.total += Number(x.n);
    }
    const recipients = audienceMembers(row, everyone).length;
    // A process that died between a delivery's commit and the notice's update leaves it queued with nothing left to send.
    const status = row.status === 'queued' && c.total > 0 && c.queued === 0 ? 'sent' : row.status;
    return {
      id: row.id, meetingId: row.meeting_id, kind: row.kind as Notice['kind'], round: row.round, status: status as Notice['status'], locale: row.locale as Notice['locale'],
      subject: row.subject, body: row.body, docNumber: row.doc_number, addressee: row.addressee, prepare: row.prepare, contact: row.contact, rsvpDeadline: row.rsvp_deadline,
      attachments: JSON.parse(row.attachments_json) as string[], channels: channelChoiceSchema.parse(JSON.parse(row.channels_json)), audience: audienceOf(row),
      reminders: remindersSchema.parse(JSON.parse(row.reminders_json)), change: row.change_json ? JSON.parse(row.change_json) : null, rejectReason: row.reject_reason,
      createdBy: row.created_by, approvedBy: row.approved_by, approvedAt: row.approved_at, queuedAt: row.queued_at, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at,
      missing: missingItems({
        kind: row.kind as Notice['kind'], purpose: meeting.purpose ?? meeting.theme, startAt: meeting.start_at, endAt: meeting.end_at, place: meeting.place,
        recipients, prepare: row.prepare, contact: row.contact, rsvpDeadline: row.rsvp_deadline,
      }),
      recipients,
      deliveries: c,
    };
  });
}
