/** What the desk and the host see on the day: the scanner's offline copy, the live figures, and the flagged duplicates staff review. */
import { isOnList, type CheckinBundle, type CheckinDuplicate, type CheckinList, type CheckinStats } from '../../../shared/checkin';
import type { Db } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { ensureLists, meetingOf, toList } from './checkin.lists';
import * as q from './checkin.queries';
import { orgPublicKey } from './pass.keys';

/**
 * Replies that say the person will not come: not expected on any list, so not counted absent. They are still let in if they turn up
 * (the reply slip is a forecast, the door records what happened; refusing them would only send the desk to 人工 overrides).
 */
export const NOT_COMING = new Set(['declined', 'leave']);

/** Everything a scanner needs to keep working without the network, in four queries whatever the size of the meeting. */
export async function checkinBundle(ctx: Ctx, meetingId: string): Promise<CheckinBundle> {
  authorize(ctx, 'checkin.scan');
  const meeting = await meetingOf(ctx, ctx.db, meetingId);
  const now = ctx.now();
  const lists = await ensureLists(ctx.db, meeting, now);
  const people = await q.participantsOfMeeting(ctx.db, meetingId);
  const checkedIn: Record<string, Record<string, number>> = Object.fromEntries(lists.map((l) => [l.id, {}]));
  const tracksExit = new Set(lists.filter((l) => l.track_exit === 1).map((l) => l.id));
  const presence: NonNullable<CheckinBundle['presence']> = Object.fromEntries([...tracksExit].map((id) => [id, {}]));
  for (const a of await q.attendanceOfMeeting(ctx.db, meetingId)) {
    (checkedIn[a.list_id] ??= {})[a.participant_id] = Number(a.first_at);
    if (tracksExit.has(a.list_id)) presence[a.list_id][a.participant_id] = { inside: a.inside === 1, at: Number(a.last_at) };
  }
  return {
    meetingId, meetingTitle: meeting.title, timeZone: meeting.time_zone, publicKey: orgPublicKey(meeting.org_id), generatedAt: now, lists: lists.map(toList),
    participants: people.map((p) => ({
      id: p.id, name: p.name, unit: p.unit, role: p.role, groupName: p.group_name, phoneTail: p.phone ? p.phone.replace(/\D/g, '').slice(-4) || null : null,
      passEpoch: Number(p.pass_epoch), hasPhoto: !!p.photo_of, attendance: p.attendance,
    })),
    checkedIn,
    presence,
  };
}

/** The live figures of a meeting at `now` (the dashboard and every Server-Sent Event). */
export async function computeStats(db: Db, meeting: { id: string; org_id: string; start_at: number }, now: number): Promise<CheckinStats> {
  const lists = (await ensureLists(db, meeting, now)).map(toList);
  const people = await q.participantsOfMeeting(db, meeting.id);
  const attendance = await q.attendanceOfMeeting(db, meeting.id);
  const flaggedDuplicates = await q.openFlaggedCount(db, meeting.id);
  const byId = new Map(people.map((p) => [p.id, p]));
  const groupOrder = [...new Set(people.map((p) => p.group_name ?? ''))];
  const expectedOn = (l: CheckinList) => people.filter((p) => !NOT_COMING.has(p.attendance) && isOnList(l, { role: p.role, groupName: p.group_name }));
  const main = lists.find((l) => l.kind === 'main') ?? lists[0];
  let absent: CheckinStats['absent'] = [];
  let perMinute: CheckinStats['perMinute'] = [];
  const out = lists.map((l) => {
    const rows = attendance.filter((a) => a.list_id === l.id);
    const arrived = new Set(rows.map((a) => a.participant_id));
    const expected = expectedOn(l);
    const groups = new Map(groupOrder.map((g) => [g, { group: g, expected: 0, arrived: 0 }]));
    for (const p of expected) groups.get(p.group_name ?? '')!.expected++;
    for (const id of arrived) {
      const g = groups.get(byId.get(id)?.group_name ?? '');
      if (g) g.arrived++;
    }
    if (l === main) {
      absent = expected.filter((p) => !arrived.has(p.id)).map((p) => ({ id: p.id, name: p.name, unit: p.unit, groupName: p.group_name }));
      const minute = Math.floor(now / 60_000) * 60_000;
      const counts = new Map<number, number>();
      for (const a of rows) {
        const m = Math.floor(Number(a.first_at) / 60_000) * 60_000;
        if (m > minute - 60 * 60_000 && m <= minute) counts.set(m, (counts.get(m) ?? 0) + 1);
      }
      perMinute = Array.from({ length: 60 }, (_v, i) => minute - (59 - i) * 60_000).map((m) => [m, counts.get(m) ?? 0] as [number, number]);
    }
    return {
      listId: l.id, name: l.name, expected: expected.length, arrived: arrived.size, inside: l.trackExit ? rows.filter((a) => a.inside === 1).length : null,
      byGroup: [...groups.values()].filter((g) => g.expected > 0 || g.arrived > 0),
    };
  });
  return { at: now, lists: out, perMinute, absent, late: now >= Number(meeting.start_at), flaggedDuplicates };
}

/** The live figures (`GET …/checkin/stats`). */
export async function checkinStats(ctx: Ctx, meetingId: string): Promise<CheckinStats> {
  authorize(ctx, 'checkin.view');
  return computeStats(ctx.db, await meetingOf(ctx, ctx.db, meetingId), ctx.now());
}

function toDuplicate(r: Awaited<ReturnType<typeof q.flaggedScans>>[number]): CheckinDuplicate {
  return {
    id: r.id, listId: r.list_id, listName: r.list_name, scannedAt: Number(r.scanned_at), deviceId: r.device_id, method: r.method as CheckinDuplicate['method'],
    participant: r.participant_id && r.name ? { id: r.participant_id, name: r.name, unit: r.unit, groupName: r.group_name } : null,
    first: r.duplicate_of && r.first_at !== null ? { scanId: r.duplicate_of, at: Number(r.first_at), deviceId: r.first_device! } : null,
    reviewedAt: r.reviewed_at === null ? null : Number(r.reviewed_at), reviewedBy: r.reviewed_by, reviewNote: r.review_note,
  };
}

/** Flagged duplicates of a meeting, those not reviewed yet first. */
export async function listDuplicates(ctx: Ctx, meetingId: string): Promise<CheckinDuplicate[]> {
  authorize(ctx, 'checkin.scan');
  await meetingOf(ctx, ctx.db, meetingId);
  const rows = (await q.flaggedScans(ctx.db, meetingId)).map(toDuplicate);
  return [...rows.filter((r) => r.reviewedAt === null), ...rows.filter((r) => r.reviewedAt !== null)];
}

/** Staff record what they found about a flagged duplicate (e.g. 同一人从两个入口各扫一次); audited. */
export async function reviewDuplicate(ctx: Ctx, scanId: string, note: string): Promise<CheckinDuplicate> {
  authorize(ctx, 'checkin.scan');
  return ctx.db.transaction().execute(async (trx) => {
    const scan = ownRow(ctx, await q.findScan(trx, scanId));
    if (scan.flagged !== 1) throw invalid('id', 'scan_not_flagged');
    await q.reviewScan(trx, scanId, ctx.actor.userId, note, ctx.now());
    await recordAudit(trx, ctx, { action: 'checkin.duplicate_review', entityType: 'meeting', entityId: scan.meeting_id, before: { scanId, reviewNote: scan.review_note }, after: { scanId, reviewNote: note } });
    return toDuplicate((await q.flaggedScans(trx, scan.meeting_id)).find((r) => r.id === scanId)!);
  });
}
